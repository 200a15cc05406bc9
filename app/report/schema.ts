/**
 * The report data contract: what `data/report.json` (or an operator's content
 * folder) must contain. Every figure is stored as the report states it (value,
 * unit, qualifier) so that a test can find it in the report text; anything
 * derived (remainders, midpoints, ratios) is computed in code, never stored.
 */
import { z } from 'zod';

// The list lives apart, so that the renderer can have it without the validator.
export { LOCALES, type Locale } from './locales';

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

const value = z.number().finite().nonnegative();
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "fifth-exporter"');
const year = z.number().int().min(1900).max(2100);

/** One figure the report states, with what it measures. */
export const FigureSchema = z.strictObject({
  value,
  unit: UnitSchema,
  qualifier: QualifierSchema.optional(),
  label: LocalizedTextSchema,
  year: year.optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

const itemBase = {
  id,
  label: LocalizedTextSchema,
  /** Drawn in the accent colour: the subject of the slide (usually Bergamo). */
  highlight: z.boolean().optional(),
};

/** Optional honesty note shown under a chart, e.g. what the report text leaves out. */
const note = LocalizedTextSchema.optional();

export const BarsChartSchema = z
  .strictObject({
    kind: z.literal('bars'),
    title: LocalizedTextSchema.optional(),
    unit: UnitSchema,
    items: z
      .array(
        z.strictObject({
          ...itemBase,
          value,
          qualifier: QualifierSchema.optional(),
          /** National position, shown beside the bar ("2°", "2nd"). */
          rank: z.number().int().positive().optional(),
        }),
      )
      .min(1),
    /** For ratio charts: the line at 1 and what it stands for ("Italian average"). */
    reference: z.strictObject({ label: LocalizedTextSchema }).optional(),
    note,
  })
  .refine((chart) => !chart.reference || chart.unit === 'ratio', {
    message: 'a reference line needs unit "ratio" (it is drawn at 1)',
    path: ['reference'],
  });

export const RankingChartSchema = z.strictObject({
  kind: z.literal('ranking'),
  title: LocalizedTextSchema.optional(),
  unit: UnitSchema,
  /** Places in the ranking (the top 20). */
  slots: z.number().int().positive(),
  /**
   * Italian ordinals agree with the noun they rank: "1ª" for provinces
   * ("Vicenza 4ª"), "1°" (posto) otherwise.
   */
  ordinal: z.enum(['masculine', 'feminine']).optional(),
  /** The places the report names; the others are drawn as unnamed. */
  entries: z
    .array(
      z.strictObject({
        ...itemBase,
        rank: z.number().int().positive(),
        value: value.optional(),
        group: id,
      }),
    )
    .min(1),
  /** How many places each group holds, as the report counts them. */
  groups: z
    .array(z.strictObject({ id, label: LocalizedTextSchema, count: z.number().int().positive() }))
    .min(1),
  note,
});

export const DeltasChartSchema = z.strictObject({
  kind: z.literal('deltas'),
  title: LocalizedTextSchema.optional(),
  /** Unit of the optional start and end values; the deltas are percent changes. */
  unit: UnitSchema,
  fromYear: year,
  toYear: year,
  items: z
    .array(
      z.strictObject({
        ...itemBase,
        change: z.number().finite(),
        from: value.optional(),
        to: value.optional(),
        /** The benchmark (Italy as a whole), drawn as a line rather than a bar. */
        reference: z.boolean().optional(),
      }),
    )
    .min(1),
  note,
});

export const UnitsChartSchema = z.strictObject({
  kind: z.literal('units'),
  title: LocalizedTextSchema.optional(),
  /** The whole, e.g. 207 foreign-owned firms. */
  total: z.strictObject({ value: z.number().int().positive(), label: LocalizedTextSchema }),
  /** Stated parts of the whole; what is left is computed and labelled `rest`. */
  parts: z.array(z.strictObject({ ...itemBase, value: z.number().int().positive() })).min(1),
  rest: LocalizedTextSchema,
  note,
});

export const PointMapChartSchema = z.strictObject({
  kind: z.literal('pointMap'),
  title: LocalizedTextSchema.optional(),
  /** Places are looked up by id in the geographic reference file. */
  places: z.array(z.strictObject({ ...itemBase, placeId: id })).min(1),
  /** The report only says the centre lies between two places. */
  centre: z.strictObject({ between: z.tuple([id, id]), label: LocalizedTextSchema }).optional(),
  note,
});

export const BubbleMapChartSchema = z.strictObject({
  kind: z.literal('bubbleMap'),
  title: LocalizedTextSchema.optional(),
  unit: UnitSchema,
  /** ISO 3166-1 numeric codes, as world-atlas names its countries. */
  items: z
    .array(
      z.strictObject({
        ...itemBase,
        countryId: z.string().regex(/^\d{3}$/, 'expected an ISO 3166-1 numeric code such as "840"'),
        value,
      }),
    )
    .min(1),
  total: z.strictObject({ value: z.number().int().positive(), places: z.number().int().positive() }),
  /** Label for the computed remainder ("other countries"). */
  rest: LocalizedTextSchema,
  note,
});

export const PairsChartSchema = z.strictObject({
  kind: z.literal('pairs'),
  title: LocalizedTextSchema.optional(),
  unit: UnitSchema,
  /** The two groups compared; the first is the subject. */
  series: z.tuple([
    z.strictObject({ id, label: LocalizedTextSchema }),
    z.strictObject({ id, label: LocalizedTextSchema }),
  ]),
  rows: z
    .array(
      z.strictObject({
        id,
        label: LocalizedTextSchema,
        values: z.tuple([value, value]),
        year: year.optional(),
      }),
    )
    .min(1),
  note,
});

export const SetChartSchema = z.strictObject({
  kind: z.literal('set'),
  title: LocalizedTextSchema.optional(),
  items: z.array(z.strictObject({ ...itemBase })).min(1),
  note,
});

export const CHART_KINDS = [
  'bars',
  'ranking',
  'deltas',
  'units',
  'pointMap',
  'bubbleMap',
  'pairs',
  'set',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const ChartSpecSchema = z.discriminatedUnion('kind', [
  BarsChartSchema,
  RankingChartSchema,
  DeltasChartSchema,
  UnitsChartSchema,
  PointMapChartSchema,
  BubbleMapChartSchema,
  PairsChartSchema,
  SetChartSchema,
]);
export type ChartSpec = z.infer<typeof ChartSpecSchema>;
export type ChartOfKind<K extends ChartKind> = Extract<ChartSpec, { kind: K }>;

export const SlideSchema = z.strictObject({
  id,
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
