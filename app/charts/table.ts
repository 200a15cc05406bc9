/**
 * The table view of a chart: its figures as rows of text. It is the chart's
 * text alternative, so it lists every stated figure and each computed
 * remainder; it reads the labels and value texts of the chart's model
 * (app/charts/models.ts), so a figure is worded in one place for the marks,
 * the summary and the table.
 */
import type { Translate } from '../locale/translate';
import type { ChartModel, Mark } from './models';

export interface TableRow {
  readonly id: string;
  readonly cells: readonly string[];
  readonly highlight: boolean;
}

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

const row = (id: string, cells: readonly string[], highlight = false): TableRow => ({ id, cells, highlight });
/** A mark's row: its label, then the given cells (its value text unless told otherwise). */
const markRow = (mark: Mark, cells: readonly string[] = [mark.valueText]) =>
  row(mark.id, [mark.label, ...cells], mark.highlight);

/** Builds the table for any chart model, in the language of the model and of `t`. */
export function chartTable(model: ChartModel, t: Translate): ChartTable {
  const computed = (label: string) => `${label} ${t('table.computed')}`;
  const total = (label: string) => `${t('table.total')}: ${label}`;
  switch (model.kind) {
    case 'bars': {
      const ranked = model.marks.some((mark) => mark.rankText !== '');
      return {
        columns: [t('table.item'), t('table.value'), ...(ranked ? [t('table.rank')] : [])],
        rows: model.marks.map((mark) => markRow(mark, [mark.valueText, ...(ranked ? [mark.rankText] : [])])),
      };
    }
    case 'ranking':
      return {
        columns: [t('table.rank'), t('table.item'), t('table.value')],
        rows: model.slots.map((slot) =>
          row(
            slot.id,
            [slot.rankText, slot.named ? slot.label : t('table.unnamed'), slot.valueText],
            slot.highlight,
          ),
        ),
      };
    case 'deltas':
      return {
        columns: [t('table.item'), t('table.change'), String(model.fromYear), String(model.toYear)],
        rows: model.listed.map((mark) => markRow(mark, [mark.valueText, mark.fromText, mark.toText])),
      };
    case 'units':
      return {
        columns: [t('table.item'), t('table.value')],
        rows: [
          ...model.groups.map((group) =>
            group.computed ? row(group.id, [computed(group.label), group.valueText]) : markRow(group),
          ),
          row('total', [total(model.total.label), model.total.valueText]),
        ],
      };
    case 'pointMap':
      return { columns: [t('table.place')], rows: model.listed.map((mark) => markRow(mark, [])) };
    case 'bubbleMap':
      return {
        columns: [t('table.country'), t('table.value')],
        rows: [
          ...model.listed.map((mark) => markRow(mark)),
          row('rest', [computed(model.rest.label), model.rest.valueText]),
          row('total', [total(`${model.total.placesText} ${t('table.countries')}`), model.total.valueText]),
        ],
      };
    case 'pairs':
      return {
        columns: [t('table.item'), ...model.series],
        rows: model.rows.map((r) => row(r.id, [r.label, ...r.marks.map((mark) => mark.valueText)])),
      };
    case 'set':
      return { columns: [t('table.item')], rows: model.items.map((mark) => markRow(mark, [])) };
  }
}
