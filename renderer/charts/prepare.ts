/**
 * What a chart can do before it is built, while nothing else needs the main
 * thread: the work that does not depend on its size. The slide built ahead
 * runs it in a task of its own before the chart's (renderer/show/upcoming.svelte.ts).
 */
import type { ChartSpec } from '../../app/report/chart-specs';
import { prepareGeography } from './geo';

/** Prepares `chart` ahead of its build; says whether there was anything to do (only maps have). */
export function prepareChart(chart: ChartSpec | undefined): boolean {
  if (chart?.kind === 'pointMap' || chart?.kind === 'bubbleMap') return prepareGeography(chart.kind);
  return false;
}
