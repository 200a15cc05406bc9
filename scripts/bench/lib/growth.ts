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
  /** Allowed trend, in the counter's unit per 1000 changes (least squares over the later half of the samples). */
  readonly per1000Changes: number;
}

/**
 * What counts as noise: heap 1 MiB (the bench's budget); listeners and
 * documents exact; DOM nodes 100, because Chromium may keep the subtree of the
 * last closed panel (61 nodes) alive until the next visitor, a bounded
 * retention, not a leak (BENCHMARKS.md).
 */
export const TOLERANCES: Readonly<Record<Counter, Tolerance>> = {
  heapUsed: { absolute: 1024 * 1024, per1000Changes: 100 * 1024 },
  nodes: { absolute: 100, per1000Changes: 0.5 },
  jsEventListeners: { absolute: 0, per1000Changes: 0.1 },
  documents: { absolute: 0, per1000Changes: 0.01 },
};

export interface Verdict {
  readonly counter: Counter;
  /** Median of the last third of the samples minus the median of the first third. */
  readonly rise: number;
  /** Least-squares trend over the later half of the samples, per 1000 changes. */
  readonly trendPer1000: number;
  readonly grew: boolean;
}

/**
 * A counter grows past noise when the median of the last third of the samples
 * is above the median of the first third by more than `absolute`, and it is
 * still climbing over the later half of the soak (trend above
 * `per1000Changes`). Needing both keeps one noisy sample, or a step taken
 * once early on (a cache filled, a component created on the first visit),
 * from failing the soak, while anything that keeps growing fails it.
 */
export function judge(
  samples: readonly Sample[],
  counter: Counter,
  tolerance = TOLERANCES[counter],
): Verdict {
  const values = samples.map((s) => s[counter]);
  const third = Math.max(1, Math.floor(values.length / 3));
  const rise = values.length < 2 ? 0 : median(values.slice(-third)) - median(values.slice(0, third));
  const later = samples.slice(Math.floor(samples.length / 2));
  const trendPer1000 =
    slope(
      later.map((s) => s.changes),
      later.map((s) => s[counter]),
    ) * 1000;
  const grew = rise > tolerance.absolute && trendPer1000 > tolerance.per1000Changes;
  return { counter, rise, trendPer1000, grew };
}
