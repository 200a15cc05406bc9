/**
 * Finding numbers in report text, in Italian ("1.778", "9,7") and English
 * ("1,778", "9.7") formatting, and in the words the report uses for small
 * figures ("primo posto", "nearly the double"). Only the data test uses it
 * (data/report.test.ts: every number in the data is in the report's text).
 */

/** Words the report writes instead of digits. */
const NUMBER_WORDS: Readonly<Record<number, readonly string[]>> = {
  1: ['primo', 'prima', 'first'],
  2: ['secondo', 'seconda', 'second', 'doppio', 'double'],
  3: ['terzo', 'terza', 'third'],
  5: ['quinta', 'quinto', 'fifth', 'five'],
  10: ['ten'],
};

/** The ways a value can be written: plain, Italian-grouped, English-grouped. */
export function numberSpellings(value: number): string[] {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const it = fraction ? `${group('.')},${fraction}` : group('.');
  const en = fraction ? `${group(',')}.${fraction}` : group(',');
  const plain = fraction ? `${whole}.${fraction}` : whole;
  return [...new Set([plain, it, en, ...(NUMBER_WORDS[value] ?? [])])];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `value` is written in `text` as a whole number token: "72" matches
 * "72%" and "72,5" does not match "72".
 */
export function occursInText(value: number, text: string): boolean {
  return numberSpellings(value).some((spelling) => {
    const word = /^[a-z]+$/i.test(spelling);
    const pattern = word
      ? new RegExp(`\\b${escape(spelling)}\\b`, 'i')
      : new RegExp(`(?<![\\d.,])${escape(spelling)}(?![\\d]|[.,]\\d)`);
    return pattern.test(text);
  });
}

/**
 * Numbers written with digits in a text, read in either locale's formatting.
 * "1.778" and "1,778" are read as 1778; "9,7" and "9.7" as 9.7.
 */
export function numbersInText(text: string): number[] {
  const tokens = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
  return tokens.map((token) => {
    const grouped = /^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(token);
    if (grouped) return Number(token.replace(/[.,]/g, ''));
    return Number(token.replace(',', '.'));
  });
}
