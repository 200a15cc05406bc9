/**
 * Editorial rules for every line a visitor reads (report data and UI
 * messages, both languages): notes speak about what is shown, not about our
 * data process; "euro" is lower-case in running text; Italian ordinals agree
 * with their noun; captions and marks give the same unit; a total is never
 * called an average and a share never reads as a count; source lines follow
 * one pattern per language.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatFigure, formatRank } from '../app/locale/format';
import type { ChartSpec } from '../app/report/chart-specs';
import type { Unit } from '../app/report/fields';
import { ReportSchema, type Locale } from '../app/report/schema';
import { placedTexts } from '../app/report/texts';

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

type Rule = (text: string) => string | undefined;
const rule =
  (pattern: RegExp, problem: string): Rule =>
  (text) => {
    const found = pattern.exec(text);
    return found ? `${problem}: “${found[0]}”` : undefined;
  };

/** Words about our own data process, or that advertise that the report's counts do not add up. */
const PROCESS_WORDS: Record<Locale, Rule> = {
  it: rule(
    /\b(?:il|nel|del|dal|al|dal) testo\b|\btesto originale\b|grafico originale|non attribuit|non tornano|non quadra/i,
    'speaks about our data process (say “il rapporto”, or what is shown)',
  ),
  en: rule(
    /\bthe text\b|original (?:chart|text)|not assigned|unaccounted|(?:do|does|don[’']t) not add up|don[’']t add up/i,
    'speaks about our data process (say “the report”, or what is shown)',
  ),
};

/** "euro" is a common noun: lower-case in running text (the sign € is fine). */
const EURO_CASE: Record<Locale, Rule> = {
  it: rule(/\bEuro\b/, 'upper-case “Euro” in running text'),
  en: rule(/\bEuros?\b/, 'upper-case “Euro(s)” in running text (write €9.7 billion)'),
};

/** Italian ordinals agree with their noun: "9ª posizione", "2ª provincia", "5° posto". */
const ITALIAN_ORDINALS = rule(
  /\d\s*°\s*(?:posizion|provinc|classific|region|volt)\w*|\d\s*ª\s*(?:post|distrett|settor|paes)\w*|(?<![\w.,])\d+a\b/i,
  'Italian ordinal that does not agree with its noun (or “4a” for “4ª”)',
);

const MONEY_WORDS: Record<Locale, [RegExp, Unit][]> = {
  it: [
    [/\bmld\b/, 'eur_bn'],
    [/\bmln\b/, 'eur_mln'],
  ],
  en: [
    [/\b(?:bn|bln)\b/, 'eur_bn'],
    [/\bmln\b/, 'eur_mln'],
  ],
};

/** The money unit each chart draws its marks in. */
function moneyUnits(charts: readonly ChartSpec[]): Set<Unit> {
  const units = new Set<Unit>();
  for (const chart of charts) {
    if ('unit' in chart && (chart.unit === 'eur_bn' || chart.unit === 'eur_mln')) units.add(chart.unit);
  }
  return units;
}

/** A caption or chart title naming "mld/bn" or "mln" agrees with the unit its slide's charts draw in. */
function unitDisagreements(
  caption: string,
  charts: readonly ChartSpec[],
  locale: Locale,
): string | undefined {
  const drawn = moneyUnits(charts);
  for (const [pattern, unit] of MONEY_WORDS[locale]) {
    if (pattern.test(caption) && !drawn.has(unit)) {
      return `names ${unit} but the charts draw ${[...drawn].join(', ') || 'no money unit'}`;
    }
  }
  return undefined;
}

const AVERAGE = /\bmedia\b|\baverage\b/i;
/** Units that add up: a mark in them is a total, never an average. */
const TOTAL_UNITS = new Set<Unit>(['eur_bn', 'eur_mln', 'usd_bn', 'count', 'thousand', 'million']);

/** Labels that call a total an average ("Media italiana" over Italy's 373.8 bn of exports). */
function averagesOverTotals(chart: ChartSpec): string[] {
  if (!('unit' in chart) || !TOTAL_UNITS.has(chart.unit) || !('items' in chart)) return [];
  return chart.items
    .flatMap((item) => [item.label.it, item.label.en])
    .filter((label) => AVERAGE.test(label))
    .map((label) => `“${label}” labels a total in ${chart.unit}`);
}

const SHARE_WORDS: Record<Locale, RegExp> = {
  it: /%|\bquot[ae]\b|percentual|propensione|peso/i,
  en: /%|\bshares?\b|percent|propensity|weight/i,
};

/** A chart of percentages whose title would read as a count ("Imprese che…" over 4.5%). */
function sharesReadAsCounts(chart: ChartSpec): string[] {
  if (!('unit' in chart) || chart.unit !== 'percent' || !chart.title) return [];
  return (['it', 'en'] as const)
    .filter((locale) => !SHARE_WORDS[locale].test(chart.title?.[locale] ?? ''))
    .map((locale) => `percent chart titled “${chart.title?.[locale] ?? ''}” reads as a count`);
}

/** "Fonte: X su dati Y" and "Source: X based on Y data": both or neither, one pattern each. */
function sourceProblems(source: Record<Locale, string>): string[] {
  const problems: string[] = [];
  const itData = /\bsu dati\b/.test(source.it);
  const enData = /\bbased on\b/.test(source.en);
  if (/\bon data\b|\bdati\//.test(source.it)) problems.push(`it “${source.it}” mixes languages`);
  if (/\bon data\b|\bdata from\b|\bsu dati\b/.test(source.en))
    problems.push(`en “${source.en}”: write “based on … data”`);
  if (itData && !/^[^;]+ su dati [^;]+/.test(source.it))
    problems.push(`it “${source.it}”: write “… su dati …”`);
  if (enData && !/^[^;]+ based on [^;]+ data\b/.test(source.en))
    problems.push(`en “${source.en}”: write “… based on … data”`);
  if (itData !== enData)
    problems.push(`“${source.it}” / “${source.en}”: the two languages name different sources`);
  return problems;
}

describe('each editorial rule catches what it is for', () => {
  it.each<[string, Rule, string, boolean]>([
    ['process words (it)', PROCESS_WORDS.it, 'Il testo nomina solo cinque paesi', true],
    ['process words (it)', PROCESS_WORDS.it, '1 non attribuita nel testo', true],
    ['process words (it)', PROCESS_WORDS.it, 'Il grafico originale ripartiva le imprese', true],
    ['process words (it)', PROCESS_WORDS.it, 'Il rapporto nomina cinque paesi', false],
    ['process words (en)', PROCESS_WORDS.en, 'The original chart split the firms', true],
    ['process words (en)', PROCESS_WORDS.en, 'value not given in the text', true],
    ['process words (en)', PROCESS_WORDS.en, '1 not assigned in the text', true],
    ['process words (en)', PROCESS_WORDS.en, 'The report names five countries', false],
    ['euro case (it)', EURO_CASE.it, '1.778 mln di Euro', true],
    ['euro case (it)', EURO_CASE.it, '1.778 mln di euro, area dell’euro', false],
    ['euro case (en)', EURO_CASE.en, 'With Euros 9.7 billion', true],
    ['euro case (en)', EURO_CASE.en, 'to the Eurozone, €9.7 billion, non-euro', false],
    ['ordinals', ITALIAN_ORDINALS, 'dalla 9° posizione italiana', true],
    ['ordinals', ITALIAN_ORDINALS, '2° provincia', true],
    ['ordinals', ITALIAN_ORDINALS, 'Vicenza 4a, Monza e Brianza 6a', true],
    ['ordinals', ITALIAN_ORDINALS, '5ª posto', true],
    ['ordinals', ITALIAN_ORDINALS, 'dalla 9ª posizione, 5° posto, 2ª provincia, 2,5%', false],
  ])('%s: “%s” → flagged %s', (_name, check, text, flagged) => {
    expect(check(text) !== undefined).toBe(flagged);
  });

  const money = (unit: Unit): ChartSpec[] => [
    { kind: 'bars', unit, items: [{ id: 'a', label: { it: 'A', en: 'A' }, value: 1 }] },
  ];
  it.each<[string, Locale, Unit, boolean]>([
    ['Posizione per esportazioni, 2013, mld €', 'it', 'eur_mln', true],
    ['Ranking by exports, 2013, € bln', 'en', 'eur_mln', true],
    ['Posizione per esportazioni, 2013, mln €', 'it', 'eur_mln', false],
    ['Main provinces for export, 2013, € bln', 'en', 'eur_bn', false],
  ])('units: caption “%s” (%s) over %s marks → flagged %s', (caption, locale, unit, flagged) => {
    expect(unitDisagreements(caption, money(unit), locale) !== undefined).toBe(flagged);
  });

  it('totals: an “average” over a money total is flagged, over a percentage it is not', () => {
    const deltas: ChartSpec = {
      kind: 'deltas',
      unit: 'eur_bn',
      fromYear: 1991,
      toYear: 2013,
      items: [
        { id: 'italy', label: { it: 'Media italiana', en: 'Italian average' }, change: 258, reference: true },
      ],
    };
    expect(averagesOverTotals(deltas)).toHaveLength(2);
    expect(
      averagesOverTotals({
        ...money('percent')[0]!,
        items: [{ id: 'i', label: { it: 'Media italiana', en: 'Italian average' }, value: 2.5 }],
      } as ChartSpec),
    ).toEqual([]);
  });

  it('shares: a percent chart titled like a count is flagged', () => {
    const titled = (it: string, en: string): ChartSpec =>
      ({ ...(money('percent')[0] as ChartSpec), title: { it, en } }) as ChartSpec;
    expect(
      sharesReadAsCounts(titled('Imprese che controllano stabilimenti', 'Companies controlling plants')),
    ).toHaveLength(2);
    expect(sharesReadAsCounts(titled('Quota di imprese', 'Share of companies'))).toEqual([]);
  });

  it.each<[string, string, boolean]>([
    ['Confindustria Bergamo su dati ISTAT', 'Confindustria Bergamo on data from ISTAT', true],
    [
      'Fondazione Edison e Confindustria Bergamo su dati EUROSTAT',
      'Fondazione Edison and Confindustria Bergamo on data EUROSTAT',
      true,
    ],
    ['Confindustria Bergamo su dati ISTAT', 'Confindustria Bergamo', true],
    ['Confindustria Bergamo su dati ISTAT', 'Confindustria Bergamo based on ISTAT data', false],
    ['ISTAT', 'ISTAT', false],
  ])('sources: “%s” / “%s” → flagged %s', (it, en, flagged) => {
    expect(sourceProblems({ it, en }).length > 0).toBe(flagged);
  });
});

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
