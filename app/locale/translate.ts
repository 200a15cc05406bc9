/**
 * The shape of a UI-string lookup, shared by the pure modules that word
 * things (chart models, summaries, the table view) and the renderer that
 * passes svelte-i18n's `$_` to them.
 */

/** Looks up a UI string (svelte-i18n's `$_`), with `{name}` values. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
