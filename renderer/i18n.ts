/**
 * UI strings through svelte-i18n: set up once with the content's messages,
 * and one locale switch that also tells the page (and a screen reader's
 * voice) which language it is in.
 */
import { addMessages, init, locale } from 'svelte-i18n';
import type { Messages } from '../app/content/bundle';
import { LOCALES, type Locale } from '../app/report/locales';

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
