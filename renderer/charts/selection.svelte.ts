/**
 * Which mark is pressed and which one shows its callout, for one slide. A tap
 * presses a mark at once (pointerdown) and opens its callout; the next tap
 * anywhere else closes it.
 */
import { getContext, setContext } from 'svelte';

export interface MarkRef {
  /** The chart's position on the slide. */
  readonly chart: number;
  readonly id: string;
}

const same = (a: MarkRef | null, chart: number, id: string) => a !== null && a.chart === chart && a.id === id;

export class MarkSelection {
  readonly #onSelect: (ref: MarkRef) => void;
  #selected = $state<MarkRef | null>(null);
  #pressed = $state<MarkRef | null>(null);

  /** `onSelect` hears each mark selected (visitor insight counts marks tapped). */
  constructor(onSelect: (ref: MarkRef) => void = () => {}) {
    this.#onSelect = onSelect;
  }

  get selected(): MarkRef | null {
    return this.#selected;
  }

  isSelected(chart: number, id: string): boolean {
    return same(this.#selected, chart, id);
  }

  isPressed(chart: number, id: string): boolean {
    return same(this.#pressed, chart, id);
  }

  press(chart: number, id: string): void {
    this.#pressed = { chart, id };
  }

  release(): void {
    this.#pressed = null;
  }

  select(chart: number, id: string): void {
    this.#selected = { chart, id };
    this.#onSelect(this.#selected);
  }

  clear(): void {
    this.#selected = null;
    this.#pressed = null;
  }
}

const KEY = Symbol('mark-selection');

export function setMarkSelection(selection: MarkSelection): MarkSelection {
  return setContext(KEY, selection);
}

export function getMarkSelection(): MarkSelection {
  return getContext<MarkSelection>(KEY);
}
