/**
 * The report data contract: what `data/report.json` (or an operator's content
 * folder) must contain, as a report of slides. The fields and the chart kinds
 * a slide holds live in `fields.ts` and `chart-specs.ts`; this module puts
 * them together and checks what only the whole report can tell (ids unique,
 * every infographic with its text).
 */
import { z } from 'zod';

import { ChartSpecSchema } from './chart-specs';
import { FigureSchema, IdSchema, LocalizedTextSchema } from './fields';

// The list lives apart, so that the renderer can have it without the validator.
export { LOCALES, type Locale } from './locales';

export const SlideSchema = z.strictObject({
  id: IdSchema,
  /** Position in the show; slides are sorted by it. */
  order: z.number().int().nonnegative(),
  section: z.enum(['intro', 'infographic']),
  /** Overrides the show's slide time for this slide. */
  seconds: z.number().min(3).max(600).optional(),
  title: LocalizedTextSchema,
  /**
   * The report's full text for the slide, one entry per paragraph. Intro slides
   * leave it out: their full text is the report's introduction.
   */
  body: z.array(LocalizedTextSchema).min(1).optional(),
  headline: FigureSchema,
  facts: z.array(FigureSchema),
  /** Findings the report states without a figure. */
  statements: z.array(LocalizedTextSchema).optional(),
  quote: z.strictObject({ text: LocalizedTextSchema, author: z.string().min(1) }).optional(),
  charts: z.array(ChartSpecSchema),
  caption: LocalizedTextSchema,
  source: LocalizedTextSchema,
});
export type Slide = z.infer<typeof SlideSchema>;

export const ReportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    intro: z.strictObject({
      title: LocalizedTextSchema,
      paragraphs: z.array(LocalizedTextSchema).min(1),
    }),
    slides: z.array(SlideSchema).min(1),
  })
  .superRefine((report, ctx) => {
    const seen = new Map<string, number>();
    report.slides.forEach((slide, index) => {
      if (slide.section === 'infographic' && !slide.body) {
        ctx.addIssue({
          code: 'custom',
          path: ['slides', index, 'body'],
          message: 'an infographic needs its text (body)',
        });
      }
      const first = seen.get(slide.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['slides', index, 'id'],
          message: `duplicate slide id "${slide.id}" (also slides[${first}])`,
        });
      } else {
        seen.set(slide.id, index);
      }
    });
  });
export type Report = z.infer<typeof ReportSchema>;
