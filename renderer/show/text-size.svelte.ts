/**
 * The show's text enlargement in presentation mode: the browser's zoom, read
 * back from the window (the fitted slides would cancel it otherwise), times
 * the presenter's own text size, kept across reloads as the browser keeps its
 * zoom. It sets the page's --browser-zoom and --type-zoom (global.css) and the
 * slides read it through the context. Kiosk and signage never create one.
 */
import { getContext, setContext } from 'svelte';
import { browserZoom, parseTextSize, stepTextSize, type TextSizeAction } from '../../app/theme/text-size';

const STORAGE_KEY = 'bergamo-show.text-size';
const KEY = Symbol('text-size');

export class TextSize {
  /** The presenter's text size (TEXT_SIZES). */
  size = $state(1);
  /** The browser's zoom when above 100 %; 1 inside the app (pinned there) or when it cannot be told. */
  zoom = $state(1);
  /** How much larger than the design's size the text is drawn on screen. */
  readonly enlargement = $derived(this.size * this.zoom);

  constructor() {
    this.size = parseTextSize(readStored());
    this.measure();
  }

  /**
   * Reads the browser's zoom again (after a resize: a zoom changes the viewport). Only enlargement
   * counts: zoomed out, the show still fits the screen with its design's sizes, as it always did.
   */
  measure(): void {
    this.zoom = Math.max(1, browserZoom(window));
  }

  apply(action: TextSizeAction): void {
    this.size = stepTextSize(this.size, action);
    try {
      localStorage.setItem(STORAGE_KEY, String(this.size));
    } catch {
      // Storage refused (a private window): the size holds until the page closes.
    }
  }

  /** Sets the page's custom properties; returns the function that removes them. */
  attach(root: HTMLElement): () => void {
    root.style.setProperty('--browser-zoom', String(this.zoom));
    root.style.setProperty('--type-zoom', String(this.size));
    return () => {
      root.style.removeProperty('--browser-zoom');
      root.style.removeProperty('--type-zoom');
    };
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setTextSize(textSize: TextSize): TextSize {
  return setContext(KEY, textSize);
}

/** The show's text size, or none (kiosk, signage, the handout): no enlargement. */
export function getTextSize(): TextSize | undefined {
  return getContext<TextSize | undefined>(KEY);
}
