import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../report/schema';
import { factsToShow, labelWithYear } from './facts';

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

describe('labelWithYear', () => {
  it.each([
    ['posto in Italia', 2013, 'posto in Italia\u00a0(2013)'],
    ['export di Bergamo nel 1991', 1991, 'export di Bergamo nel 1991'],
    ['Bergamo’s exports in 2013', 2013, 'Bergamo’s exports in 2013'],
    ['growth 1991–2013', undefined, 'growth 1991–2013'],
  ] as const)('%s, %s → %s', (label, year, expected) => {
    expect(labelWithYear(label, year)).toBe(expected);
  });

  it('no key figure of the report says its year twice', () => {
    let checked = 0;
    for (const slide of report.slides)
      for (const figure of [slide.headline, ...slide.facts])
        for (const locale of ['it', 'en'] as const) {
          checked += 1;
          const shown = labelWithYear(figure.label[locale], figure.year);
          expect(shown.split(String(figure.year)).length, `${slide.id}: ${shown}`).toBeLessThanOrEqual(2);
        }
    expect(checked).toBeGreaterThan(50);
  });
});
