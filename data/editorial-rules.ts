/**
 * The editorial rules every line a visitor reads follows (report data and UI
 * messages, both languages), as checks that name the problem they find: notes
 * speak about what is shown, not about our data process; "euro" is lower-case
 * in running text; Italian ordinals agree with their noun; captions and marks
 * give the same unit; a total is never called an average and a share never
 * reads as a count; source lines follow one pattern per language. Apart from
 * the tests that apply them, so that each rule is tested on its own cases.
 */
import type { ChartSpec } from '../app/report/chart-specs';
import type { Unit } from '../app/report/fields';
import type { Locale } from '../app/report/schema';

export type Rule = (text: string) => string | undefined;
const rule =
  (pattern: RegExp, problem: string): Rule =>
  (text) => {
    const found = pattern.exec(text);
    return found ? `${problem}: “${found[0]}”` : undefined;
  };

/** Words about our own data process, or that advertise that the report's counts do not add up. */
export const PROCESS_WORDS: Record<Locale, Rule> = {
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
export const EURO_CASE: Record<Locale, Rule> = {
  it: rule(/\bEuro\b/, 'upper-case “Euro” in running text'),
  en: rule(/\bEuros?\b/, 'upper-case “Euro(s)” in running text (write €9.7 billion)'),
};

/** Italian ordinals agree with their noun: "9ª posizione", "2ª provincia", "5° posto". */
export const ITALIAN_ORDINALS = rule(
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
export function unitDisagreements(
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
export function averagesOverTotals(chart: ChartSpec): string[] {
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
export function sharesReadAsCounts(chart: ChartSpec): string[] {
  if (!('unit' in chart) || chart.unit !== 'percent' || !chart.title) return [];
  return (['it', 'en'] as const)
    .filter((locale) => !SHARE_WORDS[locale].test(chart.title?.[locale] ?? ''))
    .map((locale) => `percent chart titled “${chart.title?.[locale] ?? ''}” reads as a count`);
}

/** "Fonte: X su dati Y" and "Source: X based on Y data": both or neither, one pattern each. */
export function sourceProblems(source: Record<Locale, string>): string[] {
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
