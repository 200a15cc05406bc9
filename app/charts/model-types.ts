/**
 * The shapes of the chart models (app/charts/models.ts builds them): what a
 * chart's layer draws, what its table view lists and what its summary says,
 * every label and value already worded in the active language.
 */
import type { Translate } from '../locale/translate';
import type { Locale } from '../report/schema';

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

export interface ModelBase {
  readonly title: string;
  /** The honesty note: what the report text leaves out. */
  readonly note: string;
}

export interface BarsModel extends ModelBase {
  readonly kind: 'bars';
  readonly marks: readonly (Mark & { readonly value: number; readonly rankText: string })[];
  readonly domain: [number, number];
  /** The Italian average, drawn as a line across the bars. */
  readonly reference?: Mark & { readonly value: number };
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

/** A change between two years, with the values it runs between where the report gives them ('' otherwise). */
export type DeltaMark = Mark & {
  readonly change: number;
  readonly fromText: string;
  readonly toText: string;
};

export interface DeltasModel extends ModelBase {
  readonly kind: 'deltas';
  readonly fromYear: number;
  readonly toYear: number;
  readonly marks: readonly DeltaMark[];
  /** The benchmark, drawn as a line across the bars. */
  readonly reference?: DeltaMark;
  /** Every item in the report's order, the benchmark among them. */
  readonly listed: readonly DeltaMark[];
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
  /** Every place the report names, then the centre, on the map or not. */
  readonly listed: readonly Mark[];
  /** Place ids the geographic file does not have (a content error, shown nowhere). */
  readonly missing: readonly string[];
}

export interface BubbleMapModel extends ModelBase {
  readonly kind: 'bubbleMap';
  readonly marks: readonly (Mark & { readonly value: number; readonly lon: number; readonly lat: number })[];
  /** The countries the text does not name, together: computed. */
  readonly rest: Mark & { readonly value: number };
  /** All the countries: their value and how many they are. */
  readonly total: { readonly value: number; readonly valueText: string; readonly placesText: string };
  /** Every country the report names, on the map or not. */
  readonly listed: readonly Mark[];
  readonly missing: readonly string[];
}

export interface PairsModel extends ModelBase {
  readonly kind: 'pairs';
  /** The two series' names, in the order of each row's marks. */
  readonly series: readonly [string, string];
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
