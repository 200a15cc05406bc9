/**
 * The house style for numbers, decided once for both languages:
 * it "9,7 mld €", "23,8%", "7.190"; en "€9.7 bn", "23.8%", "7,190".
 * Units carry the magnitude the report writes in, so values are never rescaled.
 */
import type { Figure, Qualifier, Unit } from '../report/fields';
import type { Locale } from '../report/schema';

const INTL_LOCALE: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/** Keeps a number and its unit on one line. */
const NBSP = '\u00a0';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A plain number in the locale's style. Italian groups four-digit numbers too
 * ("7.190"), as the report does, which Intl only does with `useGrouping: 'always'`.
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      maximumFractionDigits,
      useGrouping: 'always',
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

type UnitStyle = (n: string, value: number) => string;

const UNIT_STYLE: Record<Unit, Record<Locale, UnitStyle>> = {
  eur_bn: { it: (n) => `${n}${NBSP}mld${NBSP}€`, en: (n) => `€${n}${NBSP}bn` },
  eur_mln: { it: (n) => `${n}${NBSP}mln${NBSP}€`, en: (n) => `€${n}${NBSP}mln` },
  usd_bn: { it: (n) => `${n}${NBSP}mld${NBSP}$`, en: (n) => `$${n}${NBSP}bn` },
  percent: { it: (n) => `${n}%`, en: (n) => `${n}%` },
  percent_change: { it: signed('%'), en: signed('%') },
  points: {
    it: (n, v) => `${n}${NBSP}${v === 1 ? 'punto' : 'punti'}`,
    en: (n, v) => `${n}${NBSP}${v === 1 ? 'point' : 'points'}`,
  },
  thousand: { it: (n) => `${n}${NBSP}mila`, en: (n) => `${n}${NBSP}thousand` },
  million: {
    it: (n, v) => `${n}${NBSP}${v === 1 ? 'milione' : 'milioni'}`,
    en: (n) => `${n}${NBSP}million`,
  },
  count: { it: (n) => n, en: (n) => n },
  ratio: { it: (n) => `${n}×`, en: (n) => `${n}×` },
  rank: { it: (n) => `${n}°`, en: (n, v) => `${n}${englishOrdinalSuffix(v)}` },
};

function signed(suffix: string): UnitStyle {
  return (n, value) => `${value > 0 ? '+' : ''}${n}${suffix}`;
}

function englishOrdinalSuffix(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

const QUALIFIER: Record<Qualifier, Record<Locale, string>> = {
  approx: { it: 'circa', en: 'about' },
  almost: { it: 'quasi', en: 'almost' },
  over: { it: 'oltre', en: 'over' },
};

/** Grammatical gender of the noun an Italian ordinal agrees with ("2° posto", "2ª provincia"). */
export type OrdinalGender = 'masculine' | 'feminine';

/** A rank as an ordinal: "2°" or "2ª" in Italian (agreeing with its noun), "2nd" in English. */
export function formatRank(rank: number, locale: Locale, gender: OrdinalGender = 'masculine'): string {
  if (locale === 'it' && gender === 'feminine') return `${formatNumber(rank, locale)}ª`;
  return formatValue(rank, 'rank', locale);
}

/** A value in its unit, without the qualifier: "9,7 mld €", "€9.7 bn", "+350%". */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
  return UNIT_STYLE[unit][locale](formatNumber(value, locale), value);
}

/** The word that hedges a figure ("circa", "almost"), or '' when it is exact. */
export function qualifierText(qualifier: Qualifier | undefined, locale: Locale): string {
  return qualifier ? QUALIFIER[qualifier][locale] : '';
}

/** A figure as the report states it, hedge included: "quasi 15 mld €", "over 72%". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
  const hedge = qualifierText(figure.qualifier, locale);
  const text = formatValue(figure.value, figure.unit, locale);
  return hedge ? `${hedge}${NBSP}${text}` : text;
}
