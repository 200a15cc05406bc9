/**
 * Bars, deltas and pairs are all drawn as one list of horizontal bars with
 * labels on the marks: this turns each of their models into that list.
 */
import type { BarsModel, DeltasModel, Mark, PairsModel } from './models';

export interface BarRow {
  readonly id: string;
  readonly label: string;
  /** A heading row (a pair's question) has no bar. */
  readonly heading: boolean;
  readonly value: number;
  readonly valueText: string;
  /** National rank shown beside the value ("2°"), or ''. */
  readonly rankText: string;
  readonly highlight: boolean;
  /** What a tap on the bar shows; absent for headings. */
  readonly mark?: Mark;
}

export interface BarListModel {
  readonly rows: readonly BarRow[];
  readonly domain: [number, number];
  /** A line across the bars: the Italian average (at 1 for ratios, at its change for deltas). */
  readonly reference?: Mark & { readonly value: number };
}

export function barList(model: BarsModel | DeltasModel | PairsModel): BarListModel {
  switch (model.kind) {
    case 'bars':
      return {
        rows: model.marks.map((m) => ({ ...m, heading: false, mark: m })),
        domain: model.domain,
        ...(model.reference ? { reference: model.reference } : {}),
      };
    case 'deltas':
      return {
        rows: model.marks.map((m) => ({ ...m, value: m.change, rankText: '', heading: false, mark: m })),
        domain: model.domain,
        ...(model.reference ? { reference: { ...model.reference, value: model.reference.change } } : {}),
      };
    case 'pairs':
      return {
        rows: model.rows.flatMap((row) => [
          {
            id: `${row.id}-heading`,
            label: row.label,
            heading: true,
            value: 0,
            valueText: '',
            rankText: '',
            highlight: false,
          },
          ...row.marks.map((m) => ({ ...m, rankText: '', heading: false, mark: m })),
        ]),
        domain: model.domain,
      };
  }
}
