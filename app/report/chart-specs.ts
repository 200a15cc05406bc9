/**
 * The eight chart kinds a slide can draw, each holding only what the report
 * states (remainders and midpoints are computed in code). `kind` picks the
 * chart component, so a new infographic of a known kind needs only data.
 */
import { z } from 'zod';

import {
  IdSchema,
  LocalizedTextSchema,
  QualifierSchema,
  UnitSchema,
  ValueSchema,
  YearSchema,
} from './fields';

const itemBase = {
  id: IdSchema,
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
          value: ValueSchema,
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
        value: ValueSchema.optional(),
        group: IdSchema,
      }),
    )
    .min(1),
  /** How many places each group holds, as the report counts them. */
  groups: z
    .array(z.strictObject({ id: IdSchema, label: LocalizedTextSchema, count: z.number().int().positive() }))
    .min(1),
  note,
});

export const DeltasChartSchema = z.strictObject({
  kind: z.literal('deltas'),
  title: LocalizedTextSchema.optional(),
  /** Unit of the optional start and end values; the deltas are percent changes. */
  unit: UnitSchema,
  fromYear: YearSchema,
  toYear: YearSchema,
  items: z
    .array(
      z.strictObject({
        ...itemBase,
        change: z.number().finite(),
        from: ValueSchema.optional(),
        to: ValueSchema.optional(),
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
  places: z.array(z.strictObject({ ...itemBase, placeId: IdSchema })).min(1),
  /** The report only says the centre lies between two places. */
  centre: z.strictObject({ between: z.tuple([IdSchema, IdSchema]), label: LocalizedTextSchema }).optional(),
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
        value: ValueSchema,
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
    z.strictObject({ id: IdSchema, label: LocalizedTextSchema }),
    z.strictObject({ id: IdSchema, label: LocalizedTextSchema }),
  ]),
  rows: z
    .array(
      z.strictObject({
        id: IdSchema,
        label: LocalizedTextSchema,
        values: z.tuple([ValueSchema, ValueSchema]),
        year: YearSchema.optional(),
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
