import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../report/schema';
import { factsToShow } from './facts';

const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/report.json', import.meta.url), 'utf8')),
);

describe('factsToShow', () => {
  it.each<[string, number[]]>([
    // slide → values of the facts left for the text column
    ['intro-overview', [10, 15, 17.5]],
    ['second-industrial-province', [156]],
    ['centre-of-gravity', [72.5, 2.5, 67, 1]],
    ['fifth-exporting-province', []],
    ['sector-export-leadership', []],
    ['export-trend', [2.9, 13.1, 9, 5]],
    ['foreign-investment', [14, 8.7]],
    ['global-manufacturing', [252, 25]],
    ['green-manufacturing', [23.4, 2, 61]],
  ])('%s shows %j beside the charts', (id, values) => {
    const slide = report.slides.find((s) => s.id === id)!;
    expect(factsToShow(slide).map((f) => f.value)).toEqual(values);
  });

  it('hides a fact only when a chart labels the same value in the same unit', () => {
    const slide = report.slides.find((s) => s.id === 'fifth-exporting-province')!;
    expect(factsToShow({ ...slide, charts: [] }).map((f) => f.value)).toEqual([46]);
  });
});
