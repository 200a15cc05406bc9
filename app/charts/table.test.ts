import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../report/chart-specs';
import { ReportSchema, type Locale } from '../report/schema';
import { chartModel } from './models';
import { chartTable } from './table';

const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/report.json', import.meta.url), 'utf8')),
);
const t = (key: string) => `[${key}]`;
const plain = (cells: readonly string[]) => cells.map((c) => c.replace(/\u00a0/g, ' '));
const chart = (slideId: string, index = 0): ChartSpec => {
  const found = report.slides.find((s) => s.id === slideId)?.charts[index];
  if (!found) throw new Error(`no chart ${index} on ${slideId}`);
  return found;
};

// No place or country on the map: the table lists every one the report names all the same.
const noGeo = { places: {}, countries: {} };
const tableOf = (spec: ChartSpec, locale: Locale) =>
  chartTable(chartModel(spec, { locale, t, geo: noGeo }), t);

describe('chartTable', () => {
  it('lists every chart of the report with at least one row', () => {
    for (const slide of report.slides) {
      for (const c of slide.charts) {
        for (const locale of ['it', 'en'] as const) {
          const table = tableOf(c, locale);
          expect(table.rows.length, `${slide.id} ${c.kind}`).toBeGreaterThan(0);
          for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
        }
      }
    }
  });

  it('shows values with rank for the sector bars, in each locale', () => {
    const it_ = tableOf(chart('sector-export-leadership'), 'it');
    expect(it_.columns).toEqual(['[table.item]', '[table.value]', '[table.rank]']);
    expect(plain(it_.rows.find((r) => r.id === 'chemicals')!.cells)).toEqual([
      'Chimica',
      '1.778 mln €',
      '2°',
    ]);
    const en = tableOf(chart('sector-export-leadership'), 'en');
    expect(plain(en.rows.find((r) => r.id === 'chemicals')!.cells)).toEqual([
      'Chemicals',
      '€1,778 mln',
      '2nd',
    ]);
  });

  it('lists all 20 places of the ranking, leaving the unnamed ones unnamed', () => {
    const table = tableOf(chart('second-industrial-province'), 'en');
    expect(table.rows).toHaveLength(20);
    expect(plain(table.rows[1]!.cells)).toEqual(['2nd', 'Bergamo', '€9.7 bn']);
    expect(table.rows[2]!.cells).toEqual(['3rd', '[table.unnamed]', '']);
  });

  it('adds the computed remainder of the plants abroad, marked as computed', () => {
    const table = tableOf(chart('global-manufacturing'), 'it');
    expect(plain(table.rows.find((r) => r.id === 'rest')!.cells)).toEqual([
      '65 altri paesi [table.computed]',
      '464',
    ]);
  });

  it('gives the deltas with their start and end values', () => {
    const table = tableOf(chart('export-trend'), 'it');
    expect(table.columns.slice(2)).toEqual(['1991', '2013']);
    expect(plain(table.rows[0]!.cells)).toEqual(['Bergamo', '+350%', '2,9 mld €', '13,1 mld €']);
  });

  it.each<[string, number]>([
    ['centre-of-gravity', 10],
    ['global-manufacturing', 7],
  ])('lists every place of %s, on the map or not, with the remainders (%i rows)', (slideId, rows) => {
    const spec = chart(slideId);
    expect(tableOf(spec, 'it').rows).toHaveLength(rows);
  });
});
