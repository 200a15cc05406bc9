/**
 * Values the report implies but does not state, computed here and never stored:
 * a remainder is only honest if it is visibly derived from stated figures.
 */
import type { ChartOfKind } from './chart-specs';

/** Units chart: what is left of the total after the stated parts (207 − 137 = 70). */
export function unitsRest(chart: ChartOfKind<'units'>): number {
  return chart.total.value - chart.parts.reduce((sum, part) => sum + part.value, 0);
}

/** Bubble map: plants and countries not named (733 − 269 = 464 plants in 70 − 5 = 65 countries). */
export function bubbleMapRest(chart: ChartOfKind<'bubbleMap'>): { value: number; places: number } {
  return {
    value: chart.total.value - chart.items.reduce((sum, item) => sum + item.value, 0),
    places: chart.total.places - chart.items.length,
  };
}

export interface RankingSlot {
  readonly rank: number;
  /** The named entry at this rank, if the report names one. */
  readonly entry?: ChartOfKind<'ranking'>['entries'][number];
}

/** Every place of a ranking, named or not, in order. */
export function rankingSlots(chart: ChartOfKind<'ranking'>): RankingSlot[] {
  const byRank = new Map(chart.entries.map((entry) => [entry.rank, entry]));
  return Array.from({ length: chart.slots }, (_, index) => {
    const entry = byRank.get(index + 1);
    return entry ? { rank: index + 1, entry } : { rank: index + 1 };
  });
}

/** Ranking: places the report does not name, and how many of them no stated group accounts for. */
export function rankingUnnamed(chart: ChartOfKind<'ranking'>): { places: number; unaccounted: number } {
  const named = new Set(chart.entries.map((entry) => entry.rank)).size;
  const grouped = chart.groups.reduce((sum, group) => sum + group.count, 0);
  return { places: chart.slots - named, unaccounted: Math.max(0, chart.slots - grouped) };
}

/** Midpoint of two coordinates: the report only says "between" two places. */
export function midpoint(
  a: { readonly lon: number; readonly lat: number },
  b: { readonly lon: number; readonly lat: number },
): { lon: number; lat: number } {
  return { lon: (a.lon + b.lon) / 2, lat: (a.lat + b.lat) / 2 };
}
