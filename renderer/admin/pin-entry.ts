/** The PIN pad's entry: digits only, at most 8, shown as dots. */

export const MAX_PIN_DIGITS = 8;

export function pressDigit(entry: string, digit: string): string {
  if (!/^\d$/.test(digit) || entry.length >= MAX_PIN_DIGITS) return entry;
  return entry + digit;
}

export function backspace(entry: string): string {
  return entry.slice(0, -1);
}

/** One dot per digit entered; nothing of the digits themselves. */
export function masked(entry: string): string {
  return '•'.repeat(entry.length);
}
