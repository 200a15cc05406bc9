/**
 * How a slide built ahead of its change grows, one step per task: each chart
 * takes two steps, first its frame (title, notes and the box its chart
 * measures), then its marks. A chart built in one task was the longest task of
 * a slide change on a slow player (BENCHMARKS.md, "Whole loop"): with the CPU
 * throttled 4× that one task was a frame of 150–330 ms.
 */

/** Steps per chart: its frame, then its marks. */
export const STEPS_PER_CHART = 2;

/** What of a chart is built: nothing yet, its frame without marks, or all of it. */
export type ChartBuild = 'none' | 'frame' | 'whole';

/** How many steps build every chart of a slide with `charts` charts. */
export function buildSteps(charts: number): number {
  return charts * STEPS_PER_CHART;
}

/** What of chart `chart` (0-based) is built once `steps` steps have run. */
export function chartBuild(steps: number, chart: number): ChartBuild {
  if (steps >= (chart + 1) * STEPS_PER_CHART) return 'whole';
  if (steps > chart * STEPS_PER_CHART) return 'frame';
  return 'none';
}
