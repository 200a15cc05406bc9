/**
 * The show's languages, in their own module so that code which only needs the
 * list (the renderer) does not bring the data contract's validator with it.
 */
export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
