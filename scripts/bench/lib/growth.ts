/**
 * The soak's verdict: does a counter grow past noise over the samples? Pure,
 * so the rule is unit-tested (growth.test.ts).
 */
import { median, slope } from './stats';

export interface Sample {
  /** Slide changes done when the sample was taken. */
  readonly changes: number;
  readonly heapUsed: number;
  readonly nodes: number;
  readonly jsEventListeners: number;
  readonly documents: number;
}

export type Counter = 'heapUsed' | 'nodes' | 'jsEventListeners' | 'documents';

export interface Tolerance {
  /** Allowed rise from the first samples to the last ones, in the counter's unit. */
  readonly absolute: number;
  /** Allowed trend, in the counter's unit per 1000 changes (least squares over every sample). */
  readonly per1000Changes: number;
}

/** What counts as noise: heap 1 MiB (the bench's budget), DOM and listener counts exact. */
export const TOLERANCES: Readonly<Record<Counter, Tolerance>> = {
  heapUsed: { absolute: 1024 * 1024, per1000Changes: 100 * 1024 },
  nodes: { absolute: 0, per1000Changes: 0.5 },
  jsEventListeners: { absolute: 0, per1000Changes: 0.1 },
  documents: { absolute: 0, per1000Changes: 0.01 },
};

export interface Verdict {
  readonly counter: Counter;
  /** Median of the last third of the samples minus the median of the first third. */
  readonly rise: number;
  /** Least-squares trend, per 1000 changes. */
  readonly trendPer1000: number;
  readonly grew: boolean;
}

/**
 * A counter grows past noise when the median of the last third of the samples
 * is above the median of the first third by more than `absolute`, and its
 * trend over all samples is above `per1000Changes` too. Needing both keeps one
 * noisy sample from failing the soak, and a level step that does not keep
 * climbing (a cache filled once) from passing for a leak only if it is small.
 */
export function judge(
  samples: readonly Sample[],
  counter: Counter,
  tolerance = TOLERANCES[counter],
): Verdict {
  const values = samples.map((s) => s[counter]);
  const third = Math.max(1, Math.floor(values.length / 3));
  const rise = values.length < 2 ? 0 : median(values.slice(-third)) - median(values.slice(0, third));
  const trendPer1000 =
    slope(
      samples.map((s) => s.changes),
      values,
    ) * 1000;
  const grew = rise > tolerance.absolute && trendPer1000 > tolerance.per1000Changes;
  return { counter, rise, trendPer1000, grew };
}
