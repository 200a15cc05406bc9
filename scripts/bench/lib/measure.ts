/**
 * What a measure is to bench.ts: a name for `--only`, its budgets (written
 * here once, in its own module), and a run that returns its JSON results and
 * its table rows, each row judged against one of those budgets.
 */
import type { Browser } from '@playwright/test';
import type { QuietOptions } from './contention';
import { range, type TableRow, type Verdict } from './report';
import type { Summary } from './stats';

export interface MeasureContext {
  readonly browser: Browser;
  /** The served bundle, ending in `/`. */
  readonly base: string;
  readonly quiet: QuietOptions;
}

/** The command line's say in how long each measure runs. */
export interface BenchSettings {
  /** Runs of each measure (at least 1). */
  readonly runs: number;
  /** Slide changes of the memory measure. */
  readonly changes: number;
  /** Windows per whole-loop scenario (at least 1). */
  readonly loopRuns: number;
  /** Shortest whole-loop window, s (at least 30). */
  readonly loopSeconds: number;
  /** Ids of the whole-loop scenarios to run. */
  readonly loopScenarios: ReadonlySet<string>;
}

export interface MeasureOutput {
  /** Entries of the JSON report's `results`. */
  readonly results: Record<string, unknown>;
  readonly rows: readonly Row[];
  /** Entries of the JSON report's `otherCpuPct`: median CPU share other processes took. */
  readonly contention: Record<string, number | null>;
}

export interface Measure {
  /** Its name in `--only`. */
  readonly name: string;
  /** Its budgets, as the JSON report lists them. */
  readonly budgets: Readonly<Record<string, number>>;
  run(ctx: MeasureContext, settings: BenchSettings): Promise<MeasureOutput>;
}

/** A table row, with the key that BENCHMARKS.md's columns pick it by. */
export interface Row extends TableRow {
  readonly key: string;
}

export interface Budget {
  readonly text: string;
  readonly ok: (median: number) => boolean;
}

/** One row: the median and min–max of `summary`, judged against `budget` if there is one. */
export function row(
  key: string,
  measure: string,
  summary: Summary,
  format: (v: number) => string,
  budget?: Budget,
): Row {
  const verdict: Verdict = budget ? (budget.ok(summary.median) ? 'pass' : 'FAIL') : 'info';
  return {
    key,
    measure,
    result: format(summary.median),
    spread: range(summary.min, summary.max, format),
    budget: budget?.text ?? '',
    verdict,
  };
}

/** A budget the median meets at `limit` or under. */
export const atMost = (limit: number, text: string): Budget => ({ text, ok: (m) => m <= limit });

/** A budget the median meets only under `limit`. */
export const below = (limit: number, text: string): Budget => ({ text, ok: (m) => m < limit });
