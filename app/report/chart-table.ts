/**
 * The table view of a chart: its figures as rows of formatted text. It is the
 * chart's text alternative, so it lists every stated figure and each computed
 * remainder, in the active locale.
 */
import { formatFigure, formatNumber, formatRank, formatValue } from '../locale/format';
import { bubbleMapRest, rankingSlots, unitsRest } from './derived';
import type { ChartSpec, Locale, LocalizedText } from './schema';

/** Looks up a UI string (svelte-i18n's `$_`), with `{name}` values. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface TableRow {
  readonly id: string;
  readonly cells: readonly string[];
  readonly highlight: boolean;
}

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/** Builds the table for any chart kind. */
export function chartTable(chart: ChartSpec, locale: Locale, t: Translate): ChartTable {
  const l = (text: LocalizedText) => text[locale];
  const row = (id: string, cells: string[], highlight = false): TableRow => ({ id, cells, highlight });

  switch (chart.kind) {
    case 'bars': {
      const ranked = chart.items.some((item) => item.rank !== undefined);
      const columns = [t('table.item'), t('table.value'), ...(ranked ? [t('table.rank')] : [])];
      const rows = chart.items.map((item) =>
        row(
          item.id,
          [
            l(item.label),
            formatFigure({ ...item, unit: chart.unit }, locale),
            ...(ranked ? [item.rank === undefined ? '' : formatValue(item.rank, 'rank', locale)] : []),
          ],
          item.highlight,
        ),
      );
      return { columns, rows };
    }
    case 'ranking':
      return {
        columns: [t('table.rank'), t('table.item'), t('table.value')],
        rows: rankingSlots(chart).map(({ rank, entry }) =>
          entry
            ? row(
                entry.id,
                [
                  formatRank(rank, locale, chart.ordinal),
                  l(entry.label),
                  entry.value === undefined ? '' : formatValue(entry.value, chart.unit, locale),
                ],
                entry.highlight,
              )
            : row(`rank-${rank}`, [formatRank(rank, locale, chart.ordinal), t('table.unnamed'), '']),
        ),
      };
    case 'deltas':
      return {
        columns: [t('table.item'), t('table.change'), String(chart.fromYear), String(chart.toYear)],
        rows: chart.items.map((item) =>
          row(
            item.id,
            [
              l(item.label),
              formatValue(item.change, 'percent_change', locale),
              item.from === undefined ? '' : formatValue(item.from, chart.unit, locale),
              item.to === undefined ? '' : formatValue(item.to, chart.unit, locale),
            ],
            item.highlight,
          ),
        ),
      };
    case 'units':
      return {
        columns: [t('table.item'), t('table.value')],
        rows: [
          ...chart.parts.map((part) =>
            row(part.id, [l(part.label), formatNumber(part.value, locale)], part.highlight),
          ),
          row('rest', [`${l(chart.rest)} ${t('table.computed')}`, formatNumber(unitsRest(chart), locale)]),
          row('total', [
            `${t('table.total')}: ${l(chart.total.label)}`,
            formatNumber(chart.total.value, locale),
          ]),
        ],
      };
    case 'pointMap':
      return {
        columns: [t('table.place')],
        rows: [
          ...chart.places.map((place) => row(place.id, [l(place.label)], place.highlight)),
          ...(chart.centre ? [row('centre', [l(chart.centre.label)])] : []),
        ],
      };
    case 'bubbleMap': {
      const rest = bubbleMapRest(chart);
      return {
        columns: [t('table.country'), t('table.value')],
        rows: [
          ...chart.items.map((item) =>
            row(item.id, [l(item.label), formatValue(item.value, chart.unit, locale)], item.highlight),
          ),
          row('rest', [
            `${formatNumber(rest.places, locale)} ${l(chart.rest)} ${t('table.computed')}`,
            formatValue(rest.value, chart.unit, locale),
          ]),
          row('total', [
            `${t('table.total')}: ${formatNumber(chart.total.places, locale)} ${t('table.countries')}`,
            formatValue(chart.total.value, chart.unit, locale),
          ]),
        ],
      };
    }
    case 'pairs':
      return {
        columns: [t('table.item'), l(chart.series[0].label), l(chart.series[1].label)],
        rows: chart.rows.map((r) =>
          row(r.id, [
            l(r.label),
            formatValue(r.values[0], chart.unit, locale),
            formatValue(r.values[1], chart.unit, locale),
          ]),
        ),
      };
    case 'set':
      return {
        columns: [t('table.item')],
        rows: chart.items.map((item) => row(item.id, [l(item.label)], item.highlight)),
      };
  }
}
