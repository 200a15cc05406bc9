/**
 * What one chart tells its layers: its position on the slide, and the slide's
 * mark selection seen from that chart. ChartFrame sets it, so no layer is
 * handed the chart's index and each asks only about its own marks.
 */
import { getContext, setContext } from 'svelte';
import { getMarkSelection } from './selection.svelte';

export interface ChartContext {
  /** The chart's position on the slide (what `data-hit` and the insight record key marks by). */
  readonly index: number;
  /**
   * Its marks are built: false while a slide built ahead has built only the chart's frame and
   * measured box (app/slides/build.ts), so the chart draws its layers in a task of their own.
   */
  readonly marks: boolean;
  /** The mark of this chart whose callout is open, if any. */
  readonly selectedId: string | undefined;
  isSelected(id: string): boolean;
  isPressed(id: string): boolean;
  /** Pressed or selected: how a mark drawn in one style shows either. */
  isActive(id: string): boolean;
  press(id: string): void;
  release(): void;
  select(id: string): void;
}

const KEY = Symbol('chart');

/**
 * Gives the layers of the chart at `index()` (read live) its view of the slide's selection, and
 * whether its marks are built yet (`marks()`, read live).
 */
export function setChartContext(index: () => number, marks: () => boolean): ChartContext {
  const selection = getMarkSelection();
  return setContext<ChartContext>(KEY, {
    get index() {
      return index();
    },
    get marks() {
      return marks();
    },
    get selectedId() {
      const selected = selection.selected;
      return selected?.chart === index() ? selected.id : undefined;
    },
    isSelected: (id) => selection.isSelected(index(), id),
    isPressed: (id) => selection.isPressed(index(), id),
    isActive: (id) => selection.isSelected(index(), id) || selection.isPressed(index(), id),
    press: (id) => selection.press(index(), id),
    release: () => selection.release(),
    select: (id) => selection.select(index(), id),
  });
}

/** The context of the chart a layer belongs to. */
export function getChartContext(): ChartContext {
  return getContext<ChartContext>(KEY);
}
