/**
 * UI strings through svelte-i18n, report texts through `text()`. Both follow
 * the same locale store, so one switch changes every word and every number.
 */
import { addMessages, init, locale } from 'svelte-i18n';
import type { Messages } from '../app/content/bundle';
import { LOCALES, type Locale } from '../app/report/locales';
import type { LocalizedText } from '../app/report/schema';

export function setupI18n(messages: Readonly<Record<Locale, Messages>>, initial: Locale): void {
  for (const code of LOCALES) addMessages(code, messages[code]);
  void init({ fallbackLocale: 'it', initialLocale: initial });
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The current locale as a `Locale`, defaulting to Italian before init. */
export function asLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : 'it';
}

export function setLocale(next: Locale): void {
  void locale.set(next);
  document.documentElement.lang = next;
}

/** A report text in the given language. */
export function text(value: LocalizedText, current: Locale): string {
  return value[current];
}
