import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../locale/translate';
import { CHART_KINDS, type ChartSpec } from '../report/chart-specs';
import { ReportSchema, type Locale } from '../report/schema';
import { chartModel, type ChartModel, type ModelContext } from './models';

const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/report.json', import.meta.url), 'utf8')),
);
const messages = (locale: Locale) =>
  JSON.parse(readFileSync(new URL(`../../data/locales/${locale}.json`, import.meta.url), 'utf8')) as Record<
    string,
    Record<string, string>
  >;

/** svelte-i18n's lookup: "group.key" formatted as ICU messages, as svelte-i18n does (plurals included). */
function translator(locale: Locale): Translate {
  const all = messages(locale);
  return (key, values = {}) => {
    const [group = '', name = ''] = key.split('.');
    const template = all[group]?.[name];
    if (!template) throw new Error(`missing message ${key}`);
    return String(new IntlMessageFormat(template, locale).format(values));
  };
}

const geo = {
  places: { bergamo: { lon: 9.67, lat: 45.7 }, brescia: { lon: 10.21, lat: 45.54 } },
  countries: { '840': [-98.6, 39.8], '826': [-2, 53], '276': [10.4, 51.1] },
} as const;
const context = (locale: Locale): ModelContext => ({ locale, t: translator(locale), geo });
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

function chart(slideId: string, index = 0): ChartSpec {
  const spec = report.slides.find((s) => s.id === slideId)?.charts[index];
  if (!spec) throw new Error(`no chart ${index} on ${slideId}`);
  return spec;
}
function model<K extends ChartModel['kind']>(slideId: string, index: number, locale: Locale, kind: K) {
  const built = chartModel(chart(slideId, index), context(locale));
  if (built.kind !== kind) throw new Error(`expected ${kind}, got ${built.kind}`);
  return built as Extract<ChartModel, { kind: K }>;
}

describe('chartModel maps every chart kind to what its layer draws', () => {
  it('has a builder for every kind in the schema, and every chart of the report builds', () => {
    const kinds = new Set(report.slides.flatMap((s) => s.charts.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual([...CHART_KINDS].sort());
    for (const slide of report.slides) {
      for (const spec of slide.charts) {
        for (const locale of ['it', 'en'] as const) {
          expect(chartModel(spec, context(locale)).kind).toBe(spec.kind);
        }
      }
    }
  });

  it.each<[string, number, Locale, string[]]>([
    ['fifth-exporting-province', 0, 'it', ['Milano 37 mld €', 'Bergamo 13 mld €', 'Varese 10 mld €']],
    ['fifth-exporting-province', 0, 'en', ['Milan €37 bn', 'Bergamo €13 bn', 'Varese €10 bn']],
    ['fifth-exporting-province', 1, 'it', ['Area dell’euro quasi 46%', 'America circa 10%']],
    ['sector-export-leadership', 0, 'en', ['Chemicals €1,778 mln', 'Wood products €312 mln']],
    [
      'export-strength',
      0,
      'it',
      ['Tessile quasi 2×', 'Gomma e materie plastiche 1,8×', 'Macchine utensili 1,3×'],
    ],
    ['innovative-manufacturing', 0, 'en', ['Germany 45%', 'Bergamo 30.7%', 'EU-27 average 28.3%']],
  ])('bars: %s[%s] in %s shows %j', (slideId, index, locale, expected) => {
    const built = model(slideId, index, locale, 'bars');
    const labels = built.marks.map((m) => plain(`${m.label} ${m.valueText}`));
    for (const e of expected) expect(labels).toContain(e);
  });

  it('bars: the subject is highlighted, a national rank becomes a detail, a ratio gets its line at 1', () => {
    const sectors = model('sector-export-leadership', 0, 'en', 'bars');
    const chemicals = sectors.marks.find((m) => m.id === 'chemicals');
    expect(chemicals).toMatchObject({ highlight: true, rankText: '2nd', detail: '2nd in Italy' });
    const ratio = model('export-strength', 0, 'en', 'bars');
    expect(ratio.reference).toEqual({
      id: 'reference',
      value: 1,
      label: 'Italian average',
      valueText: '1×',
      detail: '',
      highlight: false,
    });
    expect(ratio.domain).toEqual([0, 2]);
  });

  it.each<[Locale, string, string[]]>([
    ['it', 'non italiana', ['9 province italiane', '10 province tedesche', '1 di un altro Paese']],
    ['en', 'non-Italian', ['9 Italian provinces', '10 German provinces', '1 from another country']],
  ])('ranking in %s: 20 places, the Italian ones named, the rest "%s"', (locale, unnamed, summary) => {
    const built = model('second-industrial-province', 0, locale, 'ranking');
    expect(built.slots).toHaveLength(20);
    expect(built.slots.filter((s) => s.named).map((s) => s.rank)).toEqual([1, 2, 4, 6, 7, 8, 11, 16, 19]);
    expect(built.slots.filter((s) => !s.named).every((s) => s.label === unnamed && s.valueText === '')).toBe(
      true,
    );
    expect(built.summary).toEqual(summary);
    const bergamo = built.slots.find((s) => s.id === 'bergamo');
    expect(plain(bergamo?.valueText ?? '')).toBe(locale === 'it' ? '9,7 mld €' : '€9.7 bn');
    expect(bergamo?.highlight).toBe(true);
  });

  it('deltas: Italy is the reference line, the others are bars with their start and end values', () => {
    const built = model('export-trend', 0, 'it', 'deltas');
    expect(built.reference?.valueText).toBe('+258%');
    expect(plain(built.reference?.detail ?? '')).toBe('1991: 104,4 mld € → 2013: 373,8 mld €');
    expect(built.marks.map((m) => m.valueText)).toEqual([
      '+350%',
      '+342%',
      '+300%',
      '+275%',
      '+245%',
      '+241%',
      '+131%',
      '+107%',
    ]);
    expect(plain(built.marks[0]!.detail)).toBe('1991: 2,9 mld € → 2013: 13,1 mld €');
    expect(built.marks[3]!.detail).toBe('1991–2013');
    expect(built.domain).toEqual([0, 350]);
  });

  it.each<[Locale, string]>([
    ['it', 'calcolato: 207 imprese straniere meno le parti indicate'],
    ['en', 'computed: 207 foreign companies less the stated parts'],
  ])('units in %s: 137 stated, 70 computed', (locale, detail) => {
    const built = model('foreign-investment', 0, locale, 'units');
    expect(built.groups.map((g) => [g.id, g.count, g.computed])).toEqual([
      ['industry', 137, false],
      ['rest', 70, true],
    ]);
    expect(built.groups[1]!.detail).toBe(detail);
    expect(built.total.valueText).toBe('207');
  });

  it('pointMap: places come from the geographic file, the centre is computed midway', () => {
    const built = model('centre-of-gravity', 0, 'en', 'pointMap');
    expect(built.places.map((p) => p.id)).toEqual(['bergamo', 'brescia']);
    expect(built.missing).toEqual([
      'monza',
      'varese',
      'modena',
      'mantova',
      'reggio-emilia',
      'vicenza',
      'treviso',
    ]);
    expect(built.centre?.label).toBe('Centre of gravity');
    expect(built.centre?.lon).toBeCloseTo(9.94);
    expect(built.centre?.lat).toBeCloseTo(45.62);
  });

  it.each<[Locale, string, string]>([
    ['it', '65 altri paesi', 'calcolato: 733 in 70 paesi meno quelli indicati'],
    ['en', '65 other countries', 'computed: 733 in 70 countries less those named'],
  ])('bubbleMap in %s: named countries and "%s" (computed)', (locale, rest, detail) => {
    const built = model('global-manufacturing', 0, locale, 'bubbleMap');
    expect(built.marks.map((m) => [m.id, m.value])).toEqual([
      ['usa', 94],
      ['united-kingdom', 62],
      ['germany', 43],
    ]);
    expect(built.missing).toEqual(['076', '156']);
    expect(built.rest).toMatchObject({ label: rest, value: 464, valueText: '464', detail });
  });

  it('pairs: each row compares the subject series with the other', () => {
    const built = model('green-manufacturing', 0, 'en', 'pairs');
    expect(built.rows.map((r) => r.marks.map((m) => `${m.label} ${m.valueText}`))).toEqual([
      ['Green investors 30%', 'Other companies 15%'],
      ['Green investors 44%', 'Other companies 24%'],
    ]);
    expect(built.rows[0]!.marks.map((m) => m.highlight)).toEqual([true, false]);
    expect(built.domain).toEqual([0, 44]);
  });

  it('set: the ten provinces, Bergamo highlighted, values not given', () => {
    const built = model('green-manufacturing', 1, 'it', 'set');
    expect(built.items).toHaveLength(10);
    expect(built.items.filter((i) => i.highlight).map((i) => i.label)).toEqual(['Bergamo']);
    expect(built.items[0]!.detail).toBe('valore non riportato nel rapporto');
    expect(built.note).toMatch(/solo il dato di Bergamo/);
  });
});
