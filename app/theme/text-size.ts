/**
 * Text enlargement in presentation mode (WCAG 1.4.4, resize text to 200 %).
 * The slides are fitted to the screen, which on its own would cancel the
 * browser's zoom (a zoomed page only sees a smaller viewport). So the show
 * reads the zoom back and sizes its text for the unzoomed screen: at 200 %
 * the text is twice as large on screen while the layout reflows around it.
 * Where there is no browser zoom (the Electron app pins it at 100 %), the
 * presenter's own text size does the same. Kiosk and signage keep their
 * fixed design: their enlargement is always 1.
 */

/** The presenter's text sizes, as a factor of the design's size: 100 % to 200 %. */
export const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;

export type TextSizeAction = 'larger' | 'smaller' | 'reset';

/** The text size one step larger or smaller (clamped to TEXT_SIZES), or back to 100 %. */
export function stepTextSize(current: number, action: TextSizeAction): number {
  if (action === 'reset') return 1;
  const index = TEXT_SIZES.indexOf(nearest(TEXT_SIZES, current));
  const next = action === 'larger' ? index + 1 : index - 1;
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, next))] ?? 1;
}

/** A stored text size, or 1 when it is missing or not one of TEXT_SIZES. */
export function parseTextSize(stored: string | null | undefined): number {
  const value = Number(stored);
  return (TEXT_SIZES as readonly number[]).includes(value) ? value : 1;
}

/** The parts of a key event that the text size keys use. */
export interface TextSizeKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/**
 * The browser's own zoom chords, Ctrl (Cmd on macOS) with + = - _ 0 (the
 * number pad gives the same keys): where the host has no zoom, they set the
 * show's text size.
 */
export function textSizeAction(event: TextSizeKey): TextSizeAction | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  if (['+', '='].includes(event.key)) return 'larger';
  if (['-', '_'].includes(event.key)) return 'smaller';
  if (event.key === '0') return 'reset';
  return undefined;
}

/**
 * Chromium's zoom steps (zoom::kPresetZoomFactors in components/zoom/page_zoom_constants.cc):
 * Ctrl +/- and the menu move through these; Ctrl+wheel and pinch too.
 */
export const BROWSER_ZOOM_STEPS = [
  0.25,
  1 / 3,
  0.5,
  2 / 3,
  0.75,
  0.8,
  0.9,
  1,
  1.1,
  1.25,
  1.5,
  1.75,
  2,
  2.5,
  3,
  4,
  5,
] as const;

/** The window's sizes a page can read; Chromium's `outerWidth` is in screen pixels, unzoomed. */
export interface WindowMetrics {
  /** `window.outerWidth`: the browser window in device-independent pixels, whatever the zoom. */
  readonly outerWidth: number;
  /** `window.innerWidth`: the viewport in CSS pixels, which the zoom divides. */
  readonly innerWidth: number;
  /** `window.devicePixelRatio`: the system's scale times the zoom. */
  readonly devicePixelRatio: number;
}

/**
 * The page's zoom in Chromium, or 1 when it cannot be told for sure.
 *
 * Chromium reports `outerWidth` as the window's rect in DIPs
 * (LocalDOMWindow::outerWidth → ChromeClient::RootWindowRect) and
 * `innerWidth` divided by the zoom (LocalDOMWindow::GetViewportSize), and
 * folds the zoom into `devicePixelRatio`. Their ratio is the zoom up to the
 * window's frame, when nothing stands beside the page. Both checks must agree:
 * the ratio is near one of the browser's zoom steps, and what remains of the
 * pixel ratio is a system scale (a multiple of 1/4). A docked side panel or
 * devtools (a ratio that is no step, or a system scale like 0.8) reads as 1.
 */
export function browserZoom(metrics: WindowMetrics): number {
  const { outerWidth, innerWidth, devicePixelRatio } = metrics;
  if (!(outerWidth > 0 && innerWidth > 0 && devicePixelRatio > 0)) return 1;
  const ratio = outerWidth / innerWidth;
  const step = nearest(BROWSER_ZOOM_STEPS, ratio);
  // A window frame of a few pixels (Windows' 8 px borders) stays well inside 3 %.
  if (Math.abs(ratio / step - 1) > 0.03) return 1;
  const system = devicePixelRatio / step;
  const quarters = Math.round(system * 4) / 4;
  if (quarters < 1 || Math.abs(system / quarters - 1) > 0.02) return 1;
  return step;
}

/** The reference screens of the design (1080p), to which the unzoomed window is compared. */
export const REFERENCE_SCREEN = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

/** How much larger than the design's size the text is drawn, and on what scale. */
export interface SlideTextScales {
  /** Text of the slide: title, body, facts, notes, caption, source, chart titles. */
  readonly text: number;
  /** Display figures (the headline and key figures), already several times the body. */
  readonly display: number;
  /** The charts' own labels: at least the size they have at 100 %, in the chart's smaller box. */
  readonly chart: number;
}

/**
 * The type scales of a slide, from its fitted layout scale (its box against
 * the reference frame), the window's scale against the reference screen (both
 * in CSS pixels) and the enlargement (browser zoom times the presenter's text
 * size). At 1 nothing changes. Enlarged, text is sized from the window rather
 * than the slide's box: the control band, whose buttons grow too, takes more
 * of a zoomed window, and would otherwise eat into the enlargement. Display
 * figures grow with the square root (they are read anyway, and would leave no
 * room); chart labels keep their size at 100 % on screen.
 */
export function slideTextScales(
  layoutScale: number,
  windowScale: number,
  enlargement: number,
): SlideTextScales {
  if (!(enlargement > 1)) return { text: layoutScale, display: layoutScale, chart: layoutScale };
  const base = Math.max(layoutScale, windowScale);
  return { text: base * enlargement, display: base * Math.sqrt(enlargement), chart: base };
}

function nearest<T extends number>(values: readonly T[], target: number): T {
  return values.reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best));
}
