/**
 * Which key presses reach the page. Electron sets no menu here, so there are
 * no accelerators; this filter also stops the chords Chromium handles by
 * itself (reload, zoom, devtools, print, find, history). Kiosk and signage
 * keep only plain keys; presentation is a normal window where F11 toggles
 * fullscreen and Esc leaves it.
 */
import type { Mode } from '../config/settings';

/** The parts of Electron's `Input` that the policy reads. */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  /** The physical key; on macOS Alt changes `key` (Alt+P gives "π"). */
  readonly code?: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

export type InputDecision = 'allow' | 'block' | 'toggle-fullscreen' | 'leave-fullscreen';

export interface InputContext {
  readonly mode: Mode;
  /** Devtools chords pass only in a development build. */
  readonly devTools: boolean;
  readonly fullScreen: boolean;
}

/** The keyboard way into the admin PIN pad: Ctrl+Alt+Shift+P. */
export function isAdminChord(
  input: Pick<KeyInput, 'key' | 'code' | 'control' | 'alt' | 'shift' | 'meta'>,
): boolean {
  const isP = input.code === 'KeyP' || input.key.toLowerCase() === 'p';
  return input.control && input.alt && input.shift && !input.meta && isP;
}

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0', 'add', 'subtract']);
const RELOAD_KEYS = new Set(['r', 'f5']);
const BROWSER_KEYS = new Set([
  'browserback',
  'browserforward',
  'browserrefresh',
  'browserhome',
  'browsersearch',
  'browserfavorites',
  'browserstop',
  'zoomin',
  'zoomout',
  'zoomtoggle',
  'print',
  'contextmenu',
]);
/** Keys that are allowed with no modifier in kiosk and signage: navigation and the PIN pad. */
const PLAIN_KEYS = new Set([
  'arrowleft',
  'arrowright',
  'arrowup',
  'arrowdown',
  'enter',
  'escape',
  ' ',
  'tab',
  'backspace',
  'home',
  'end',
  'pageup',
  'pagedown',
]);

function isDevToolsChord(key: string, input: KeyInput): boolean {
  const command = input.control || input.meta;
  return (
    key === 'f12' ||
    (command && input.shift && ['i', 'j', 'c'].includes(key)) ||
    (input.meta && input.alt && key === 'i')
  );
}

/** Decides what happens to one key event. */
export function decideInput(input: KeyInput, context: InputContext): InputDecision {
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (isAdminChord(input)) return 'allow';
  if (isDevToolsChord(key, input)) return context.devTools ? 'allow' : 'block';
  if (RELOAD_KEYS.has(key) && (key === 'f5' || command)) return 'block';
  // With no menu there are no zoom accelerators (Electron's zoom keys are the zoomIn/zoomOut/resetZoom
  // menu roles) and the lockdown pins the zoom anyway. In presentation the chords reach the page,
  // where they set the show's text size (app/theme/text-size.ts); elsewhere they are stopped.
  if (command && ZOOM_KEYS.has(key)) return context.mode === 'presentation' ? 'allow' : 'block';
  if (BROWSER_KEYS.has(key)) return 'block';
  if (input.alt && (key === 'arrowleft' || key === 'arrowright' || key === 'home')) return 'block';

  if (context.mode === 'presentation') {
    // F is the presenter's fullscreen key (the page cannot go fullscreen: permissions are denied).
    const plainF = key === 'f' && !command && !input.alt;
    if ((key === 'f11' || plainF) && input.type === 'keyDown') return 'toggle-fullscreen';
    if (key === 'escape' && context.fullScreen && input.type === 'keyDown') return 'leave-fullscreen';
    return 'allow';
  }

  // Kiosk and signage: no chord at all, no function key; letters and digits pass for the PIN pad.
  if (command || input.alt || input.meta) return 'block';
  if (/^f\d{1,2}$/.test(key)) return 'block';
  if (key.length === 1 || PLAIN_KEYS.has(key) || key === 'shift') return 'allow';
  return 'block';
}
