/**
 * From a slide's chart spec to what its layer draws: the marks, their labels
 * and exact values in the active language, and the computed remainders. The
 * layers only place and paint what these functions return, so the content of
 * every chart is testable here without a browser.
 */
import { formatFigure, formatNumber, formatRank, formatValue } from '../locale/format';
import { bubbleMapRest, midpoint, rankingSlots, rankingUnnamed, unitsRest } from '../report/derived';
import type { Translate } from '../report/chart-table';
import type { ChartKind, ChartOfKind, ChartSpec, Locale, LocalizedText } from '../report/schema';
import { barDomain } from './scales';

/** What every mark shows when tapped: its label and its exact value. */
export interface Mark {
  /** Unique within its chart. */
  readonly id: string;
  readonly label: string;
  /** The value as the report states it, hedge included; '' when the text gives none. */
  readonly valueText: string;
  /** A second line for the callout (rank, start and end values, "computed"). */
  readonly detail: string;
  /** The subject of the slide, drawn in the accent colour. */
  readonly highlight: boolean;
}

interface ModelBase {
  readonly title: string;
  /** The honesty note: what the report text leaves out. */
  readonly note: string;
}

export interface BarsModel extends ModelBase {
  readonly kind: 'bars';
  readonly marks: readonly (Mark & { readonly value: number; readonly rankText: string })[];
  readonly domain: [number, number];
  readonly reference?: { readonly value: number; readonly label: string; readonly valueText: string };
}

export interface RankingModel extends ModelBase {
  readonly kind: 'ranking';
  readonly slots: readonly (Mark & {
    readonly rank: number;
    readonly rankText: string;
    readonly named: boolean;
  })[];
  /** How the report counts the places: "9 province italiane", "10 province tedesche", … */
  readonly summary: readonly string[];
}

export interface DeltasModel extends ModelBase {
  readonly kind: 'deltas';
  readonly marks: readonly (Mark & { readonly change: number })[];
  /** The benchmark, drawn as a line across the bars. */
  readonly reference?: Mark & { readonly change: number };
  readonly domain: [number, number];
}

export interface UnitsModel extends ModelBase {
  readonly kind: 'units';
  readonly total: { readonly value: number; readonly valueText: string; readonly label: string };
  /** Stated parts, then the computed rest, in drawing order. */
  readonly groups: readonly (Mark & { readonly count: number; readonly computed: boolean })[];
}

export interface PointMapModel extends ModelBase {
  readonly kind: 'pointMap';
  readonly places: readonly (Mark & { readonly lon: number; readonly lat: number })[];
  /** Drawn midway between two places (`from`, `to`): the report only says "between". */
  readonly centre?: Mark & {
    readonly lon: number;
    readonly lat: number;
    readonly from: LonLat;
    readonly to: LonLat;
  };
  /** Place ids the geographic file does not have (a content error, shown nowhere). */
  readonly missing: readonly string[];
}

export interface BubbleMapModel extends ModelBase {
  readonly kind: 'bubbleMap';
  readonly marks: readonly (Mark & { readonly value: number; readonly lon: number; readonly lat: number })[];
  /** The countries the text does not name, together: computed. */
  readonly rest: Mark & { readonly value: number };
  readonly total: { readonly value: number; readonly valueText: string };
  readonly missing: readonly string[];
}

export interface PairsModel extends ModelBase {
  readonly kind: 'pairs';
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly marks: readonly (Mark & { readonly value: number; readonly series: 0 | 1 })[];
  }[];
  readonly domain: [number, number];
}

export interface SetModel extends ModelBase {
  readonly kind: 'set';
  readonly items: readonly Mark[];
}

export type ChartModel =
  | BarsModel
  | RankingModel
  | DeltasModel
  | UnitsModel
  | PointMapModel
  | BubbleMapModel
  | PairsModel
  | SetModel;

export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

/** Geographic lookups the map models need: places by id, countries by ISO numeric code. */
export interface GeoLookup {
  readonly places: Readonly<Record<string, { readonly lon: number; readonly lat: number }>>;
  readonly countries: Readonly<Record<string, readonly [number, number]>>;
}

export interface ModelContext {
  readonly locale: Locale;
  readonly t: Translate;
  readonly geo: GeoLookup;
}

const text = (value: LocalizedText | undefined, locale: Locale) => (value ? value[locale] : '');
const base = (chart: ChartSpec, locale: Locale): ModelBase => ({
  title: text(chart.title, locale),
  note: text(chart.note, locale),
});

function bars(chart: ChartOfKind<'bars'>, { locale, t }: ModelContext): BarsModel {
  const reference = chart.reference
    ? { value: 1, label: chart.reference.label[locale], valueText: formatValue(1, 'ratio', locale) }
    : undefined;
  return {
    kind: 'bars',
    ...base(chart, locale),
    marks: chart.items.map((item) => {
      const rankText = item.rank === undefined ? '' : formatValue(item.rank, 'rank', locale);
      return {
        id: item.id,
        label: item.label[locale],
        value: item.value,
        valueText: formatFigure({ ...item, unit: chart.unit }, locale),
        rankText,
        detail: rankText ? t('chart.rankIn', { rank: rankText }) : '',
        highlight: item.highlight ?? false,
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
      return entry
        ? {
            id: entry.id,
            rank,
            rankText,
            named: true,
            label: entry.label[locale],
            valueText: entry.value === undefined ? '' : formatValue(entry.value, chart.unit, locale),
            detail: rankText,
            highlight: entry.highlight ?? false,
          }
        : {
            id: `rank-${rank}`,
            rank,
            rankText,
            named: false,
            label: t('chart.unnamedRank'),
            valueText: '',
            detail: rankText,
            highlight: false,
          };
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
  const toMark = (item: ChartOfKind<'deltas'>['items'][number]) => ({
    id: item.id,
    label: item.label[locale],
    change: item.change,
    valueText: formatValue(item.change, 'percent_change', locale),
    detail:
      item.from !== undefined && item.to !== undefined
        ? `${chart.fromYear}: ${formatValue(item.from, chart.unit, locale)} → ${chart.toYear}: ${formatValue(item.to, chart.unit, locale)}`
        : `${chart.fromYear}–${chart.toYear}`,
    highlight: item.highlight ?? false,
  });
  const referenceItem = chart.items.find((item) => item.reference);
  return {
    kind: 'deltas',
    ...base(chart, locale),
    marks: chart.items.filter((item) => !item.reference).map(toMark),
    ...(referenceItem ? { reference: toMark(referenceItem) } : {}),
    domain: barDomain(chart.items.map((item) => item.change)),
  };
}

function units(chart: ChartOfKind<'units'>, { locale, t }: ModelContext): UnitsModel {
  return {
    kind: 'units',
    ...base(chart, locale),
    total: {
      value: chart.total.value,
      valueText: formatNumber(chart.total.value, locale),
      label: chart.total.label[locale],
    },
    groups: [
      ...chart.parts.map((part) => ({
        id: part.id,
        label: part.label[locale],
        count: part.value,
        valueText: formatNumber(part.value, locale),
        detail: '',
        highlight: part.highlight ?? false,
        computed: false,
      })),
      {
        id: 'rest',
        label: chart.rest[locale],
        count: unitsRest(chart),
        valueText: formatNumber(unitsRest(chart), locale),
        detail: t('chart.computedFrom', {
          total: formatNumber(chart.total.value, locale),
          label: chart.total.label[locale],
        }),
        highlight: false,
        computed: true,
      },
    ],
  };
}

function pointMap(chart: ChartOfKind<'pointMap'>, { locale, geo }: ModelContext): PointMapModel {
  const places = chart.places.flatMap((place) => {
    const where = geo.places[place.placeId];
    return where
      ? [
          {
            id: place.id,
            label: place.label[locale],
            valueText: '',
            detail: '',
            highlight: place.highlight ?? false,
            lon: where.lon,
            lat: where.lat,
          },
        ]
      : [];
  });
  const missing = chart.places.filter((place) => !geo.places[place.placeId]).map((place) => place.placeId);
  const [a, b] = chart.centre?.between.map((id) => geo.places[id]) ?? [];
  const centre =
    chart.centre && a && b
      ? {
          id: 'centre',
          label: chart.centre.label[locale],
          valueText: '',
          detail: '',
          highlight: false,
          ...midpoint(a, b),
          from: { lon: a.lon, lat: a.lat },
          to: { lon: b.lon, lat: b.lat },
        }
      : undefined;
  return { kind: 'pointMap', ...base(chart, locale), places, ...(centre ? { centre } : {}), missing };
}

function bubbleMap(chart: ChartOfKind<'bubbleMap'>, { locale, t, geo }: ModelContext): BubbleMapModel {
  const rest = bubbleMapRest(chart);
  const marks = chart.items.flatMap((item) => {
    const point = geo.countries[item.countryId];
    return point
      ? [
          {
            id: item.id,
            label: item.label[locale],
            value: item.value,
            valueText: formatValue(item.value, chart.unit, locale),
            detail: '',
            highlight: item.highlight ?? false,
            lon: point[0],
            lat: point[1],
          },
        ]
      : [];
  });
  return {
    kind: 'bubbleMap',
    ...base(chart, locale),
    marks,
    rest: {
      id: 'rest',
      label: `${formatNumber(rest.places, locale)} ${chart.rest[locale]}`,
      value: rest.value,
      valueText: formatValue(rest.value, chart.unit, locale),
      detail: t('chart.computedFromPlaces', {
        total: formatValue(chart.total.value, chart.unit, locale),
        places: formatNumber(chart.total.places, locale),
      }),
      highlight: false,
    },
    total: { value: chart.total.value, valueText: formatValue(chart.total.value, chart.unit, locale) },
    missing: chart.items.filter((item) => !geo.countries[item.countryId]).map((item) => item.countryId),
  };
}

function pairs(chart: ChartOfKind<'pairs'>, { locale }: ModelContext): PairsModel {
  return {
    kind: 'pairs',
    ...base(chart, locale),
    rows: chart.rows.map((row) => ({
      id: row.id,
      label: row.label[locale],
      marks: chart.series.map((series, index) => ({
        id: `${row.id}-${series.id}`,
        label: series.label[locale],
        value: row.values[index as 0 | 1],
        valueText: formatValue(row.values[index as 0 | 1], chart.unit, locale),
        detail: row.label[locale],
        // The first series is the subject of the comparison.
        highlight: index === 0,
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
    items: chart.items.map((item) => ({
      id: item.id,
      label: item.label[locale],
      valueText: '',
      detail: t('chart.notGiven'),
      highlight: item.highlight ?? false,
    })),
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
