/**
 * How the charts of one slide share the chart area: one chart takes it all;
 * two lists of bars stand side by side in landscape; anything else (a map, a
 * ranking, units) is stacked, with heights by how much each chart has to show.
 */
import type { ChartModel } from '../charts/models';
import type { Orientation } from './frame';

export interface Arrangement {
  readonly direction: 'rows' | 'columns';
  /** Relative size of each chart along the direction (CSS `fr` units). */
  readonly weights: readonly number[];
}

/** How many rows of marks (or their equivalent) a chart needs, plus its title. */
export function chartWeight(model: ChartModel): number {
  const titled = model.title ? 1 : 0;
  switch (model.kind) {
    case 'bars':
      return model.marks.length + (model.reference ? 1 : 0) + titled;
    case 'deltas':
      return model.marks.length + 2 + titled;
    case 'ranking':
      return Math.ceil(model.slots.length / 2) + 1 + titled;
    case 'pairs':
      return model.rows.length * 2.5 + titled;
    case 'set':
      return Math.ceil(model.items.length / 3) + titled;
    case 'units':
      return 9 + titled;
    case 'pointMap':
      return 10 + titled;
    // A world map is twice as wide as tall: more height would only be blank above and below it.
    case 'bubbleMap':
      return 8 + titled;
  }
}

const LISTS = new Set<ChartModel['kind']>(['bars', 'deltas']);

export function arrangeCharts(models: readonly ChartModel[], orientation: Orientation): Arrangement {
  const side = orientation === 'landscape' && models.length > 1 && models.every((m) => LISTS.has(m.kind));
  // Side by side, equal widths: each list needs room for its own labels.
  if (side) return { direction: 'columns', weights: models.map(() => 1) };
  return { direction: 'rows', weights: models.map(chartWeight) };
}
