/**
 * The fields every part of the report is built from: translated text, ids,
 * years, and a figure as the report states it (value, unit, qualifier), kept
 * as printed so that a test can find it in the report text. Slides and charts
 * share them, so a rule such as "an id is kebab-case" is written once.
 */
import { z } from 'zod';

/** Text with a message that says "missing translation" rather than zod's generic type error. */
function translation(language: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `missing ${language} translation`
          : `expected ${language} text, got ${typeof issue.input}`,
    })
    .trim()
    .min(1, `empty ${language} translation`);
}

export const LocalizedTextSchema = z.strictObject({
  it: translation('Italian'),
  en: translation('English'),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Units carry the magnitude the report writes in ("9,7 mld €", "156 mila"),
 * so values stay exactly as printed and the number check can find them.
 */
export const UNITS = [
  'eur_bn',
  'eur_mln',
  'usd_bn',
  'percent',
  'percent_change',
  'points',
  'thousand',
  'million',
  'count',
  'ratio',
  'rank',
] as const;
export const UnitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof UnitSchema>;

/** How the report hedges a figure: "circa/about", "quasi/almost", "oltre/over". */
export const QualifierSchema = z.enum(['approx', 'almost', 'over']);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** A stated value: finite and never negative (changes are validated apart). */
export const ValueSchema = z.number().finite().nonnegative();
/** A slide's, item's or place's id, as the URLs and the tests name it. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "fifth-exporter"');
/** A year the report speaks of. */
export const YearSchema = z.number().int().min(1900).max(2100);

/** One figure the report states, with what it measures. */
export const FigureSchema = z.strictObject({
  value: ValueSchema,
  unit: UnitSchema,
  qualifier: QualifierSchema.optional(),
  label: LocalizedTextSchema,
  year: YearSchema.optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
