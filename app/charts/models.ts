/**
 * From a slide's chart spec to what its layer draws: the marks, their labels
 * and exact values in the active language, and the computed remainders. The
 * layers only place and paint what these functions return, and the table view
 * and the summary only read it, so each figure is worded here, once, and the
 * content of every chart is testable without a browser.
 */
import { formatFigure, formatNumber, formatRank, formatValue } from '../locale/format';
import { bubbleMapRest, midpoint, rankingSlots, rankingUnnamed, unitsRest } from '../report/derived';
import type { ChartKind, ChartOfKind, ChartSpec } from '../report/chart-specs';
import type { LocalizedText } from '../report/fields';
import type { Locale } from '../report/schema';
import { barDomain } from './layouts';
import type {
  BarsModel,
  BubbleMapModel,
  ChartModel,
  DeltaMark,
  DeltasModel,
  Mark,
  ModelBase,
  ModelContext,
  PairsModel,
  PointMapModel,
  RankingModel,
  SetModel,
  UnitsModel,
} from './model-types';

export type * from './model-types';

const text = (value: LocalizedText | undefined, locale: Locale) => (value ? value[locale] : '');
const base = (chart: ChartSpec, locale: Locale): ModelBase => ({
  title: text(chart.title, locale),
  note: text(chart.note, locale),
});

interface MarkParts {
  readonly id: string;
  readonly label: string;
  readonly valueText?: string;
  readonly detail?: string;
  readonly highlight?: boolean | undefined;
}

/** Every mark is made here: no value text, detail or accent unless given. */
function mark({ id, label, valueText = '', detail = '', highlight = false }: MarkParts): Mark {
  return { id, label, valueText, detail, highlight };
}

function bars(chart: ChartOfKind<'bars'>, { locale, t }: ModelContext): BarsModel {
  const reference = chart.reference
    ? {
        ...mark({
          id: 'reference',
          label: chart.reference.label[locale],
          valueText: formatValue(1, 'ratio', locale),
        }),
        value: 1,
      }
    : undefined;
  return {
    kind: 'bars',
    ...base(chart, locale),
    marks: chart.items.map((item) => {
      const rankText = item.rank === undefined ? '' : formatValue(item.rank, 'rank', locale);
      return {
        ...mark({
          ...item,
          label: item.label[locale],
          valueText: formatFigure({ ...item, unit: chart.unit }, locale),
          detail: rankText ? t('chart.rankIn', { rank: rankText }) : '',
        }),
        value: item.value,
        rankText,
      };
    }),
    domain: barDomain(
      chart.items.map((item) => item.value),
      reference?.value,
    ),
    ...(reference ? { reference } : {}),
  };
}

function ranking(chart: ChartOfKind<'ranking'>, { locale, t }: ModelContext): RankingModel {
  const unnamed = rankingUnnamed(chart);
  return {
    kind: 'ranking',
    ...base(chart, locale),
    slots: rankingSlots(chart).map(({ rank, entry }) => {
      const rankText = formatRank(rank, locale, chart.ordinal);
      const slot = { rank, rankText, named: entry !== undefined };
      return entry
        ? {
            ...mark({
              ...entry,
              label: entry.label[locale],
              valueText: entry.value === undefined ? '' : formatValue(entry.value, chart.unit, locale),
              detail: rankText,
            }),
            ...slot,
          }
        : { ...mark({ id: `rank-${rank}`, label: t('chart.unnamedRank'), detail: rankText }), ...slot };
    }),
    summary: [
      ...chart.groups.map((group) => `${formatNumber(group.count, locale)} ${group.label[locale]}`),
      ...(unnamed.unaccounted > 0
        ? // A number, not a formatted string: the message picks its plural form from it.
          [t('chart.unaccounted', { count: unnamed.unaccounted })]
        : []),
    ],
  };
}

function deltas(chart: ChartOfKind<'deltas'>, { locale }: ModelContext): DeltasModel {
  const { fromYear, toYear } = chart;
  const listed = chart.items.map((item): DeltaMark => {
    const fromText = item.from === undefined ? '' : formatValue(item.from, chart.unit, locale);
    const toText = item.to === undefined ? '' : formatValue(item.to, chart.unit, locale);
    const detail =
      item.from !== undefined && item.to !== undefined
        ? `${fromYear}: ${fromText} → ${toYear}: ${toText}`
        : `${fromYear}–${toYear}`;
    const valueText = formatValue(item.change, 'percent_change', locale);
    return {
      ...mark({ ...item, label: item.label[locale], valueText, detail }),
      change: item.change,
      fromText,
      toText,
    };
  });
  const reference = listed.find((_, i) => chart.items[i]?.reference);
  return {
    kind: 'deltas',
    ...base(chart, locale),
    fromYear,
    toYear,
    marks: listed.filter((_, i) => !chart.items[i]?.reference),
    ...(reference ? { reference } : {}),
    listed,
    domain: barDomain(chart.items.map((item) => item.change)),
  };
}

function units(chart: ChartOfKind<'units'>, { locale, t }: ModelContext): UnitsModel {
  const total = chart.total.value;
  return {
    kind: 'units',
    ...base(chart, locale),
    total: { value: total, valueText: formatNumber(total, locale), label: chart.total.label[locale] },
    groups: [
      ...chart.parts.map((part) => ({
        ...mark({ ...part, label: part.label[locale], valueText: formatNumber(part.value, locale) }),
        count: part.value,
        computed: false,
      })),
      {
        ...mark({
          id: 'rest',
          label: chart.rest[locale],
          valueText: formatNumber(unitsRest(chart), locale),
          detail: t('chart.computedFrom', {
            total: formatNumber(total, locale),
            label: chart.total.label[locale],
          }),
        }),
        count: unitsRest(chart),
        computed: true,
      },
    ],
  };
}

function pointMap(chart: ChartOfKind<'pointMap'>, { locale, geo }: ModelContext): PointMapModel {
  const named = chart.places.map((place) => ({ place, at: geo.places[place.placeId] }));
  const centreMark = chart.centre && mark({ id: 'centre', label: chart.centre.label[locale] });
  const [a, b] = chart.centre?.between.map((id) => geo.places[id]) ?? [];
  return {
    kind: 'pointMap',
    ...base(chart, locale),
    places: named.flatMap(({ place, at }) =>
      at ? [{ ...mark({ ...place, label: place.label[locale] }), lon: at.lon, lat: at.lat }] : [],
    ),
    ...(centreMark && a && b
      ? {
          centre: {
            ...centreMark,
            ...midpoint(a, b),
            from: { lon: a.lon, lat: a.lat },
            to: { lon: b.lon, lat: b.lat },
          },
        }
      : {}),
    listed: [
      ...chart.places.map((place) => mark({ ...place, label: place.label[locale] })),
      ...(centreMark ? [centreMark] : []),
    ],
    missing: named.filter(({ at }) => !at).map(({ place }) => place.placeId),
  };
}

function bubbleMap(chart: ChartOfKind<'bubbleMap'>, { locale, t, geo }: ModelContext): BubbleMapModel {
  const rest = bubbleMapRest(chart);
  const value = (amount: number) => formatValue(amount, chart.unit, locale);
  const listed = chart.items.map((item) =>
    mark({ ...item, label: item.label[locale], valueText: value(item.value) }),
  );
  const placesText = formatNumber(chart.total.places, locale);
  return {
    kind: 'bubbleMap',
    ...base(chart, locale),
    marks: chart.items.flatMap((item, i) => {
      const point = geo.countries[item.countryId];
      const listedMark = listed[i];
      return point && listedMark ? [{ ...listedMark, value: item.value, lon: point[0], lat: point[1] }] : [];
    }),
    rest: {
      ...mark({
        id: 'rest',
        label: `${formatNumber(rest.places, locale)} ${chart.rest[locale]}`,
        valueText: value(rest.value),
        detail: t('chart.computedFromPlaces', { total: value(chart.total.value), places: placesText }),
      }),
      value: rest.value,
    },
    total: { value: chart.total.value, valueText: value(chart.total.value), placesText },
    listed,
    missing: chart.items.filter((item) => !geo.countries[item.countryId]).map((item) => item.countryId),
  };
}

function pairs(chart: ChartOfKind<'pairs'>, { locale }: ModelContext): PairsModel {
  const series = [chart.series[0].label[locale], chart.series[1].label[locale]] as const;
  return {
    kind: 'pairs',
    ...base(chart, locale),
    series,
    rows: chart.rows.map((row) => ({
      id: row.id,
      label: row.label[locale],
      marks: chart.series.map((one, index) => ({
        ...mark({
          id: `${row.id}-${one.id}`,
          label: series[index as 0 | 1],
          valueText: formatValue(row.values[index as 0 | 1], chart.unit, locale),
          detail: row.label[locale],
          // The first series is the subject of the comparison.
          highlight: index === 0,
        }),
        value: row.values[index as 0 | 1],
        series: index as 0 | 1,
      })),
    })),
    domain: barDomain(chart.rows.flatMap((row) => row.values)),
  };
}

function set(chart: ChartOfKind<'set'>, { locale, t }: ModelContext): SetModel {
  return {
    kind: 'set',
    ...base(chart, locale),
    items: chart.items.map((item) =>
      mark({ ...item, label: item.label[locale], detail: t('chart.notGiven') }),
    ),
  };
}

/** One model builder per chart kind; the record type makes a missing kind a compile error. */
const BUILDERS: { readonly [K in ChartKind]: (chart: ChartOfKind<K>, context: ModelContext) => ChartModel } =
  {
    bars,
    ranking,
    deltas,
    units,
    pointMap,
    bubbleMap,
    pairs,
    set,
  };

/** The model of any chart spec. */
export function chartModel(chart: ChartSpec, context: ModelContext): ChartModel {
  const build = BUILDERS[chart.kind] as (chart: ChartSpec, context: ModelContext) => ChartModel;
  return build(chart, context);
}
