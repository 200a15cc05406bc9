/**
 * The content-driven switch: each chart kind of the data contract maps to the
 * component that draws it, so an infographic of a known kind needs only data.
 * The mapped type makes a kind without a component a compile error.
 */
import type { Component } from 'svelte';
import type { ChartModel } from '../../app/charts/models';
import type { ChartKind } from '../../app/report/chart-specs';
import BarListChart from './BarListChart.svelte';
import BubbleMapChart from './BubbleMapChart.svelte';
import PointMapChart from './PointMapChart.svelte';
import RankingChart from './RankingChart.svelte';
import SetChart from './SetChart.svelte';
import UnitsChart from './UnitsChart.svelte';

export interface ChartProps<M extends ChartModel = ChartModel> {
  /** What to draw, from app/charts/models.ts. */
  model: M;
}

type Registry = { readonly [K in ChartKind]: Component<ChartProps<Extract<ChartModel, { kind: K }>>> };

export const CHART_COMPONENTS: Registry = {
  bars: BarListChart,
  deltas: BarListChart,
  pairs: BarListChart,
  ranking: RankingChart,
  units: UnitsChart,
  pointMap: PointMapChart,
  bubbleMap: BubbleMapChart,
  set: SetChart,
};

/** The component for a model; the registry's type guarantees it accepts that model. */
export function chartComponent(model: ChartModel): Component<ChartProps> {
  return CHART_COMPONENTS[model.kind] as unknown as Component<ChartProps>;
}
