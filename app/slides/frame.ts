/**
 * How a slide lays itself out from the size of its own box (not the viewport):
 * the show gives it whatever is left above its control band.
 */
import { REFERENCE_FRAME } from '../theme/tokens';

export type Orientation = keyof typeof REFERENCE_FRAME;

export interface SlideFrame {
  readonly orientation: Orientation;
  /** Multiplies every reference size: 1 on the reference frame of that orientation. */
  readonly scale: number;
}

/**
 * Portrait when the box is taller than wide (a totem); the scale is the
 * largest that fits the reference frame of that orientation into the box, so
 * a design that fits the reference fits every box of that orientation.
 */
export function slideFrame(width: number, height: number): SlideFrame {
  if (!(width > 0 && height > 0)) return { orientation: 'landscape', scale: 1 };
  const orientation: Orientation = width < height ? 'portrait' : 'landscape';
  const reference = REFERENCE_FRAME[orientation];
  return { orientation, scale: Math.min(width / reference.width, height / reference.height) };
}

/**
 * Steps of the text column's type when its content does not fit its box
 * (long titles, several facts, a quote): each multiplies the type sizes,
 * never below the minimum size. The slide tries them in order.
 */
export const FIT_STEPS = [1, 0.9, 0.8, 0.72] as const;
