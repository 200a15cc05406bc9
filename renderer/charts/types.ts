/** Shapes shared by the chart components and their layers. */
import type { Box } from '../../app/charts/geometry';
import type { Mark } from '../../app/charts/models';

/** A tappable mark and its box in chart coordinates (the callout goes next to it). */
export interface Target {
  readonly mark: Mark;
  readonly box: Box;
}

/** One square of a unit chart. */
export interface Unit {
  /** The group (mark) it belongs to. */
  readonly group: string;
  readonly column: number;
  readonly row: number;
  readonly highlight: boolean;
  readonly computed: boolean;
}

/** A label placed next to a map mark, in chart pixels. */
export interface MapLabel extends Box {
  readonly id: string;
  readonly text: string;
  /** A value after the name, bold ("94"), or ''. */
  readonly value: string;
  readonly tone: 'subject' | 'context' | 'derived';
}
