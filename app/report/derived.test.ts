import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bubbleMapRest, midpoint, rankingSlots, rankingUnnamed, unitsRest } from './derived';
import type { ChartKind, ChartOfKind } from './chart-specs';
import { ReportSchema } from './schema';

const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/report.json', import.meta.url), 'utf8')),
);
function chartOf<K extends ChartKind>(kind: K): ChartOfKind<K> {
  const chart = report.slides.flatMap((s) => s.charts).find((c) => c.kind === kind);
  if (!chart) throw new Error(`no ${kind} chart in the report`);
  return chart as ChartOfKind<K>;
}

describe('derived values of the bundled report', () => {
  it('foreign firms: 207 in all, 137 industrial, so 70 in knowledge-intensive services', () => {
    expect(unitsRest(chartOf('units'))).toBe(70);
  });

  it('plants abroad: 733 in 70 countries, five named, so 464 plants in 65 other countries', () => {
    expect(bubbleMapRest(chartOf('bubbleMap'))).toEqual({ value: 464, places: 65 });
  });

  it('top 20: 9 Italian places named, 11 unnamed, 1 not accounted for by the 9 + 10 groups', () => {
    const ranking = chartOf('ranking');
    expect(rankingUnnamed(ranking)).toEqual({ places: 11, unaccounted: 1 });
    const slots = rankingSlots(ranking);
    expect(slots).toHaveLength(20);
    expect(slots.filter((s) => s.entry).map((s) => s.rank)).toEqual([1, 2, 4, 6, 7, 8, 11, 16, 19]);
  });

  it('midpoint halves both coordinates', () => {
    expect(midpoint({ lon: 9, lat: 45 }, { lon: 10, lat: 46 })).toEqual({ lon: 9.5, lat: 45.5 });
  });
});
