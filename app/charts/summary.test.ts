import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../locale/translate';
import { ReportSchema, type Locale } from '../report/schema';
import { chartModel, type ModelContext } from './models';
import { chartSummary } from './summary';

const report = ReportSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/report.json', import.meta.url), 'utf8')),
);

/** svelte-i18n's lookup: "group.key" formatted as ICU messages (plurals included); a missing key throws. */
function translator(locale: Locale): Translate {
  const all = JSON.parse(
    readFileSync(new URL(`../../data/locales/${locale}.json`, import.meta.url), 'utf8'),
  ) as Record<string, Record<string, string>>;
  return (key, values = {}) => {
    const [group = '', name = ''] = key.split('.');
    const template = all[group]?.[name];
    if (!template) throw new Error(`missing message ${key}`);
    return String(new IntlMessageFormat(template, locale).format(values));
  };
}

// Places and countries anywhere: the summary does not depend on where a mark is drawn.
const geo: ModelContext['geo'] = {
  places: new Proxy({}, { get: () => ({ lon: 9.67, lat: 45.7 }) }),
  countries: new Proxy({}, { get: () => [0, 0] as const }),
};
const summary = (slideId: string, index: number, locale: Locale) => {
  const spec = report.slides.find((s) => s.id === slideId)?.charts[index];
  if (!spec) throw new Error(`no chart ${index} on ${slideId}`);
  const t = translator(locale);
  return chartSummary(chartModel(spec, { locale, t, geo }), t).replaceAll('\u00a0', ' ');
};

describe('chartSummary says what each chart shows, in the slide’s language', () => {
  it.each<[string, number, Locale, string]>([
    [
      'intro-export-propensity',
      0,
      'it',
      'Grafico a barre, 4 barre. Bergamo, circa 50%; Germania, 40%; Media italiana, 23,8%; Unione Europea, 22,2%. In evidenza: Bergamo.',
    ],
    [
      'fifth-exporting-province',
      0,
      'en',
      'Bar chart, 9 bars. Highest: Milan, €37 bn. Highlighted: Bergamo, €13 bn. Lowest: Varese, €10 bn.',
    ],
    [
      'sector-export-leadership',
      0,
      'it',
      'Grafico a barre, 7 barre. Valore più alto: Macchine e impianti, 3.407 mln €. In evidenza: Chimica, 1.778 mln € (2° in Italia). Valore più basso: Prodotti in legno, 312 mln €.',
    ],
    [
      'export-trend',
      0,
      'en',
      'Bar chart of changes, 8 bars. Highest: Bergamo, +350%. Lowest: Milan, +107%. Reference line: Italy as a whole, +258%.',
    ],
    [
      'export-strength',
      0,
      'en',
      'Bar chart, 6 bars. Highest: Textile, almost 2×. Lowest: Machine tools, 1.3×. Reference line: Italian average, 1×.',
    ],
    [
      'second-industrial-province',
      0,
      'en',
      'Ranking of 20 places. Highlighted: Bergamo, €9.7 bn (2nd). Places: 9 Italian provinces; 10 German provinces; 1 from another country.',
    ],
    [
      'foreign-investment',
      0,
      'it',
      '207 imprese straniere, un quadrato per unità. Attività industriali, 137; Servizi ad alta intensità di conoscenza, 70 (calcolato).',
    ],
    [
      'centre-of-gravity',
      0,
      'en',
      'Map of 9 places: Bergamo, Brescia, Monza and Brianza, Varese, Modena, Mantova, Reggio Emilia, Vicenza, Treviso. Marked between them: Centre of gravity.',
    ],
    [
      'global-manufacturing',
      0,
      'en',
      'Map with circles sized by value, 5 countries named. USA, 94; Great Britain, 62; Germany, 43; Brazil, 43; China, 27. Together, 65 other countries, 464 (computed; 733 in all).',
    ],
    [
      'green-manufacturing',
      0,
      'it',
      'Investono green e Altre imprese a confronto su 2 voci. Hanno sviluppato nuovi prodotti o servizi: 30% / 15%; Esportano stabilmente: 44% / 24%.',
    ],
    [
      'green-manufacturing',
      1,
      'en',
      '10 items: Brescia, Bergamo, Vicenza, Monza and Brianza, Treviso, Modena, Varese, Reggio Emilia, Mantova, Lecco. Highlighted: Bergamo. Value not given in the report.',
    ],
  ])('%s, chart %s (%s)', (slideId, index, locale, expected) => {
    expect(summary(slideId, index, locale)).toBe(expected);
  });

  it('every chart of the report has a summary in both languages, naming its subject', () => {
    for (const slide of report.slides) {
      for (const [index, spec] of slide.charts.entries()) {
        for (const locale of ['it', 'en'] as const) {
          const text = summary(slide.id, index, locale);
          expect(text, `${slide.id} #${index} ${locale}`).toMatch(/\.$/);
          const subjects = chartModel(spec, { locale, t: translator(locale), geo });
          const marks = 'marks' in subjects ? subjects.marks : [];
          for (const mark of marks.filter((m) => m.highlight)) expect(text).toContain(mark.label);
        }
      }
    }
  });

  it('the two languages say different things: no untranslated summary', () => {
    for (const slide of report.slides) {
      for (const index of slide.charts.keys()) {
        expect(summary(slide.id, index, 'it')).not.toBe(summary(slide.id, index, 'en'));
      }
    }
  });
});
