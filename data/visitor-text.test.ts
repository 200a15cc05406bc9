/**
 * Every line a visitor reads (report data and UI messages, both languages)
 * follows the editorial rules of `editorial-rules.ts`, and UI messages that
 * count put the count under a plural rule.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatFigure, formatRank } from '../app/locale/format';
import { ReportSchema, type Locale } from '../app/report/schema';
import { placedTexts } from '../app/report/texts';
import {
  averagesOverTotals,
  EURO_CASE,
  ITALIAN_ORDINALS,
  PROCESS_WORDS,
  sharesReadAsCounts,
  sourceProblems,
  unitDisagreements,
} from './editorial-rules';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const rawReport: unknown = JSON.parse(readFileSync(here('./report.json'), 'utf8'));
const report = ReportSchema.parse(rawReport);
const texts = placedTexts(rawReport);

type Messages = { [key: string]: string | Messages };
function flatten(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : flatten(value, `${prefix}${key}.`),
  );
}
const messages = (locale: Locale) =>
  flatten(JSON.parse(readFileSync(here(`./locales/${locale}.json`), 'utf8')) as Messages);

describe('every visitor-facing line of the report data', () => {
  it('holds a few hundred texts to read', () => {
    expect(texts.length).toBeGreaterThan(150);
  });

  it.each(['it', 'en'] as const)('(%s) never speaks about our data process', (locale) => {
    const problems = texts.flatMap((t) => {
      const problem = PROCESS_WORDS[locale](t[locale]);
      return problem ? [`${t.path}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it.each(['it', 'en'] as const)('(%s) writes “euro” in lower case', (locale) => {
    const problems = texts.flatMap((t) => {
      const problem = EURO_CASE[locale](t[locale]);
      return problem ? [`${t.path}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('(it) has ordinals that agree with their nouns, in texts and in rank figures as drawn', () => {
    const figures = report.slides.flatMap((slide) =>
      [slide.headline, ...slide.facts]
        .filter((figure) => figure.unit === 'rank')
        .map((figure) => ({
          path: `${slide.id} rank figure`,
          text: `${formatFigure(figure, 'it')} ${figure.label.it}`,
        })),
    );
    const problems = [...texts.map((t) => ({ path: t.path, text: t.it })), ...figures].flatMap(
      ({ path, text }) => {
        const problem = ITALIAN_ORDINALS(text.replaceAll('\u00a0', ' '));
        return problem ? [`${path}: ${problem}`] : [];
      },
    );
    expect(figures.length).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });

  it('(it) ranks provinces with feminine ordinals, as drawn in ranking charts', () => {
    // A slot reads "4ª Vicenza", "3ª non italiana": the ordinal agrees with "provincia".
    const problems = report.slides.flatMap((slide) =>
      slide.charts.flatMap((chart) =>
        chart.kind === 'ranking'
          ? chart.groups
              .map((group) => `${formatRank(1, 'it', chart.ordinal)} ${group.label.it}`)
              .flatMap((line) => {
                const problem = ITALIAN_ORDINALS(line);
                return problem ? [`${slide.id}: ${problem}`] : [];
              })
          : [],
      ),
    );
    expect(problems).toEqual([]);
  });

  it('gives the same money unit in captions, chart titles and marks', () => {
    const problems = report.slides.flatMap((slide) =>
      (['it', 'en'] as const).flatMap((locale) =>
        [slide.caption[locale], ...slide.charts.map((chart) => chart.title?.[locale] ?? '')].flatMap(
          (line) => {
            const problem = unitDisagreements(line, slide.charts, locale);
            return problem ? [`${slide.id} (${locale}) “${line}”: ${problem}`] : [];
          },
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('never calls a total an average, and never titles a share like a count', () => {
    const problems = report.slides.flatMap((slide) =>
      slide.charts.flatMap((chart) =>
        [...averagesOverTotals(chart), ...sharesReadAsCounts(chart)].map((p) => `${slide.id}: ${p}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('writes every source line in one pattern per language', () => {
    const problems = report.slides.flatMap((slide) =>
      sourceProblems(slide.source).map((p) => `${slide.id}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('every UI message', () => {
  it.each(['it', 'en'] as const)(
    '(%s) never speaks about our data process, and writes “euro” in lower case',
    (locale) => {
      const problems = messages(locale).flatMap(([key, text]) =>
        [PROCESS_WORDS[locale](text), EURO_CASE[locale](text)].filter(Boolean).map((p) => `${key}: ${p}`),
      );
      expect(problems).toEqual([]);
    },
  );
});

describe('UI messages that count', () => {
  const message = (locale: Locale, key: string) => {
    const found = messages(locale).find(([k]) => k === key);
    if (!found) throw new Error(`no message ${key} in ${locale}`);
    return found[1];
  };
  // Formatted as svelte-i18n formats them (it uses intl-messageformat).
  const format = (locale: Locale, key: string, values: Record<string, number>) =>
    String(new IntlMessageFormat(message(locale, key), locale).format(values));

  it.each<[Locale, string, Record<string, number>, string]>([
    ['it', 'admin.wrong', { left: 1 }, 'PIN errato. Ancora 1 tentativo prima di una pausa.'],
    ['it', 'admin.wrong', { left: 3 }, 'PIN errato. Ancora 3 tentativi prima di una pausa.'],
    ['en', 'admin.wrong', { left: 1 }, 'Wrong PIN. 1 try left before a pause.'],
    ['en', 'admin.wrong', { left: 3 }, 'Wrong PIN. 3 tries left before a pause.'],
    ['it', 'admin.entered', { count: 1 }, '1 cifra inserita'],
    ['it', 'admin.entered', { count: 4 }, '4 cifre inserite'],
    ['en', 'admin.entered', { count: 1 }, '1 digit entered'],
    ['en', 'admin.entered', { count: 0 }, '0 digits entered'],
    ['it', 'problems.more', { count: 1 }, '…e un altro nel registro.'],
    ['it', 'problems.more', { count: 5 }, '…e altri 5 nel registro.'],
    ['en', 'problems.more', { count: 1 }, '…and 1 more in the log.'],
    ['it', 'chart.unaccounted', { count: 1 }, '1 di un altro Paese'],
    ['it', 'chart.unaccounted', { count: 2 }, '2 di altri Paesi'],
    ['en', 'chart.unaccounted', { count: 1 }, '1 from another country'],
    ['en', 'chart.unaccounted', { count: 2 }, '2 from other countries'],
  ])('(%s) %s with %j reads “%s”', (locale, key, values, expected) => {
    expect(format(locale, key, values)).toBe(expected);
  });

  it.each(['it', 'en'] as const)('(%s) puts every count under a plural rule', (locale) => {
    // A count that is not a time or a rank changes the noun it counts ("1 tentativo", "3 tentativi").
    const bare = messages(locale)
      .filter(([, text]) => /\{(?:count|left)\}/.test(text))
      .map(([key]) => key);
    expect(bare).toEqual([]);
  });
});
