/**
 * A chart's text alternative for screen readers: a few sentences saying what
 * the chart shows (its kind, how many marks, the largest and the smallest, the
 * subject), built from the same model the layers draw, so the words and the
 * picture cannot disagree. The table view stays the full alternative: this is
 * the short one, read where the chart is.
 */
import type { Translate } from '../locale/translate';
import type { ChartModel, Mark } from './models';

/** The summary of any chart model, in the language of its model and of `t`. */
export function chartSummary(model: ChartModel, t: Translate): string {
  const sentences = SUMMARIES[model.kind](model as never, t);
  return sentences
    .filter((s) => s !== '')
    .map((s) => s.charAt(0).toLocaleUpperCase() + s.slice(1))
    .join(' ');
}

type Summarize<M extends ChartModel> = (model: M, t: Translate) => string[];

/** "Bergamo, 13 bn €" or just "Bergamo" where the text gives no value. */
const named = (mark: Pick<Mark, 'label' | 'valueText'>) =>
  mark.valueText ? `${mark.label}, ${mark.valueText}` : mark.label;
const list = (marks: readonly Pick<Mark, 'label' | 'valueText'>[]) => marks.map(named).join('; ');

/**
 * The extremes and the subject of a list of valued marks: every mark when
 * there are few, otherwise the largest, the subject and the smallest.
 */
function extremes<T extends Mark>(marks: readonly T[], value: (mark: T) => number, t: Translate): string[] {
  if (marks.length <= 4) {
    return [
      t('summary.values', { list: list(marks) }),
      ...marks.filter((mark) => mark.highlight).map((mark) => t('summary.subject', { mark: mark.label })),
    ];
  }
  const sorted = [...marks].sort((a, b) => value(b) - value(a));
  const [highest, lowest] = [sorted[0], sorted.at(-1)];
  if (!highest || !lowest) return [];
  const subjects = marks.filter((mark) => mark.highlight && mark !== highest && mark !== lowest);
  return [
    t('summary.highest', { mark: named(highest) }),
    ...subjects.map((mark) =>
      t('summary.subject', { mark: named(mark) + (mark.detail ? ` (${mark.detail})` : '') }),
    ),
    t('summary.lowest', { mark: named(lowest) }),
  ];
}

const SUMMARIES: { readonly [K in ChartModel['kind']]: Summarize<Extract<ChartModel, { kind: K }>> } = {
  bars: (model, t) => [
    t('summary.bars', { count: model.marks.length }),
    ...extremes(model.marks, (mark) => mark.value, t),
    model.reference
      ? t('summary.reference', {
          mark: named(model.reference),
        })
      : '',
  ],
  deltas: (model, t) => [
    t('summary.deltas', { count: model.marks.length }),
    ...extremes(model.marks, (mark) => mark.change, t),
    model.reference ? t('summary.reference', { mark: named(model.reference) }) : '',
  ],
  ranking: (model, t) => {
    const subjects = model.slots.filter((slot) => slot.highlight);
    return [
      t('summary.ranking', { count: model.slots.length }),
      ...subjects.map((slot) => t('summary.subject', { mark: `${named(slot)} (${slot.rankText})` })),
      model.summary.length > 0 ? t('summary.groups', { list: model.summary.join('; ') }) : '',
    ];
  },
  units: (model, t) => [
    t('summary.units', { total: model.total.valueText, label: model.total.label }),
    t('summary.values', {
      list: model.groups
        .map((group) => named(group) + (group.computed ? ` (${t('chart.computed')})` : ''))
        .join('; '),
    }),
  ],
  pointMap: (model, t) => [
    t('summary.pointMap', { count: model.places.length, list: model.places.map((p) => p.label).join(', ') }),
    model.centre ? t('summary.centre', { label: model.centre.label }) : '',
  ],
  bubbleMap: (model, t) => [
    t('summary.bubbleMap', { count: model.marks.length }),
    t('summary.values', { list: list(model.marks) }),
    t('summary.rest', { mark: named(model.rest), total: model.total.valueText }),
  ],
  pairs: (model, t) => {
    const series = model.rows[0]?.marks.map((mark) => mark.label) ?? [];
    return [
      t('summary.pairs', { count: model.rows.length, first: series[0] ?? '', second: series[1] ?? '' }),
      t('summary.values', {
        list: model.rows
          .map((row) => `${row.label}: ${row.marks.map((mark) => mark.valueText).join(' / ')}`)
          .join('; '),
      }),
    ];
  },
  set: (model, t) => [
    t('summary.set', { count: model.items.length, list: model.items.map((item) => item.label).join(', ') }),
    ...model.items.filter((item) => item.highlight).map((item) => t('summary.subject', { mark: item.label })),
    model.items[0]?.detail ? `${model.items[0].detail}.` : '',
  ],
};
