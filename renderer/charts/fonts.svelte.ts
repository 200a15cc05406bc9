/**
 * Text measurement for label layout. Canvas `measureText` with the bundled
 * Inter gives the width a label will take before it is drawn, so labels can
 * be placed clear of each other. A measure reads whether the font has
 * loaded, so a `$derived` that measures runs again once it has.
 */
import { typeSize, type TypeToken } from '../../app/theme/tokens';

const FAMILY = '"Inter Variable"';
let loaded = $state(false);

if (typeof document !== 'undefined' && 'fonts' in document) {
  // Ask for both weights the charts use; `ready` then waits for anything else in flight.
  void Promise.all([document.fonts.load(`400 24px ${FAMILY}`), document.fonts.load(`700 24px ${FAMILY}`)])
    .then(() => document.fonts.ready)
    .then(() => {
      loaded = true;
    });
}

/** Whether Inter has loaded (the slide waits for it before it counts as laid out). */
export const fonts = {
  get loaded(): boolean {
    return loaded;
  },
};

let context: CanvasRenderingContext2D | null | undefined;

/** The width in CSS pixels of `text` in Inter at `size` and `weight`. */
export function textWidth(text: string, size: number, weight = 400): number {
  // Read here, so every layout that measures text measures again with Inter once it has loaded.
  void loaded;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.6;
  context.font = `${weight} ${size}px ${FAMILY}`;
  // Tabular figures are a little wider than proportional ones; round up to be safe.
  return Math.ceil(context.measureText(text).width * 1.04);
}

/** The widest of several texts. */
export function maxTextWidth(texts: readonly string[], size: number, weight = 400): number {
  return texts.reduce((max, text) => Math.max(max, textWidth(text, size, weight)), 0);
}

/** A type token's size in pixels at a scale, with its line height. */
export function typeMetrics(token: TypeToken, scale: number): { size: number; line: number } {
  const size = typeSize(token, scale);
  return { size, line: Math.ceil(size * 1.25) };
}
