/** How the charts of the report's slides share the chart area, in each orientation. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartModel } from '../charts/models';
import { ReportSchema } from '../report/schema';
import { arrangeCharts, chartWeight } from './arrange';

const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/report.json', import.meta.url), 'utf8')),
);
// How much a chart has to show does not depend on its words: keys stand in for messages.
const context = {
  locale: 'it',
  t: (key: string) => key,
  geo: {
    places: { bergamo: { lon: 9.67, lat: 45.7 }, brescia: { lon: 10.21, lat: 45.54 } },
    countries: { '840': [-98.6, 39.8], '826': [-2, 53], '276': [10.4, 51.1] },
  },
} as const;

describe('arrangeCharts', () => {
  const models = (slideId: string) =>
    report.slides.find((s) => s.id === slideId)!.charts.map((c) => chartModel(c, context));

  it.each<[string, 'landscape' | 'portrait', 'rows' | 'columns']>([
    ['fifth-exporting-province', 'landscape', 'columns'],
    ['fifth-exporting-province', 'portrait', 'rows'],
    ['second-industrial-province', 'landscape', 'rows'],
    ['global-manufacturing', 'landscape', 'rows'],
    ['green-manufacturing', 'landscape', 'rows'],
  ])('%s in %s → %s', (slideId, orientation, direction) => {
    const arrangement = arrangeCharts(models(slideId), orientation);
    expect(arrangement.direction).toBe(direction);
    expect(arrangement.weights).toHaveLength(models(slideId).length);
  });

  it('gives the longer chart the larger share', () => {
    const [ranking, bars] = models('second-industrial-province');
    expect(chartWeight(ranking!)).toBeGreaterThan(chartWeight(bars!));
  });
});
