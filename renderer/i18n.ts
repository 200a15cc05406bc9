/**
 * UI strings through svelte-i18n: set up once with the content's messages,
 * and one locale switch that also tells the page (and a screen reader's
 * voice) which language it is in.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { addMessages, init, locale } from 'svelte-i18n';
import type { Messages } from '../app/content/bundle';
import { LOCALES, type Locale } from '../app/report/locales';

// Every message svelte-i18n formats the first time builds an IntlMessageFormat, which asks ICU
// which of its locales it supports (Intl.NumberFormat.supportedLocalesOf): 47 ms of the cold
// start's main thread on the bench machine, for the same two answers each time.
const resolveLocale = IntlMessageFormat.resolveLocale;
const resolved = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
  const key = String(locales);
  if (!resolved.has(key)) resolved.set(key, resolveLocale(locales));
  return resolved.get(key);
};

/** Registers both languages' UI strings and starts in `initial`. */
export function setupI18n(messages: Readonly<Record<Locale, Messages>>, initial: Locale): void {
  for (const code of LOCALES) addMessages(code, messages[code]);
  void init({ fallbackLocale: 'it', initialLocale: initial });
}

/** Switches every UI string and sets `<html lang>`. */
export function setLocale(next: Locale): void {
  void locale.set(next);
  document.documentElement.lang = next;
}
