/**
 * The show's vocabulary, shared by its rules (machine.ts), its keys (keys.ts)
 * and the UI: the state, the configuration, the events that move the state
 * and the commands of the on-screen controls.
 */
import type { Mode } from '../config/settings';
import type { Locale } from '../report/schema';

export type Phase = 'attract' | 'explore' | 'idleWarning';
export type Panel = 'none' | 'index' | 'readMore' | 'table' | 'help' | 'takeAway';
export const PANELS: readonly Panel[] = ['none', 'index', 'readMore', 'table', 'help', 'takeAway'];

export interface ShowConfig {
  readonly mode: Mode;
  /** How long each slide of the playlist stays on screen while looping, in ms. */
  readonly slideMs: readonly number[];
  /** Explore time without input before the "still there?" question (kiosk only). */
  readonly idleMs: number;
  /** How long the question waits before the show returns to the loop. */
  readonly warningMs: number;
  /** Languages the loop alternates between, one per full cycle. */
  readonly languages: readonly Locale[];
  /** The language the show starts in and returns to after idle. */
  readonly defaultLocale: Locale;
}

export interface ShowState {
  readonly phase: Phase;
  /** Position in the playlist. */
  readonly index: number;
  readonly locale: Locale;
  /** Full loops completed; picks the loop's language. */
  readonly cycle: number;
  /** When the current slide started its time on screen (loop and auto-play). */
  readonly slideStartedAt: number;
  readonly lastInputAt: number;
  readonly warningStartedAt: number | null;
  readonly panel: Panel;
  /** Presentation: advancing by itself, started and stopped with A. */
  readonly autoplay: boolean;
  /** Presentation: the screen is blanked (B or .). */
  readonly blank: boolean;
  /** The page is hidden since then; timers are frozen meanwhile. */
  readonly hiddenAt: number | null;
  /** Direction of the last move, for the slide transition. */
  readonly direction: 1 | -1;
  /**
   * Another slide has followed the first since the show started. Until then the first slide
   * appears at its final state: after a power-on, a crash recovery or the nightly reload, a
   * build-in would only delay the moment the screen shows an infographic again.
   */
  readonly moved: boolean;
  /** Time of the last event. */
  readonly now: number;
}

export type Command =
  | { readonly name: 'next' }
  | { readonly name: 'prev' }
  | { readonly name: 'goto'; readonly index: number }
  | { readonly name: 'setLocale'; readonly locale: Locale }
  | { readonly name: 'toggleLocale' }
  | { readonly name: 'openPanel'; readonly panel: Exclude<Panel, 'none'> }
  | { readonly name: 'closePanel' }
  | { readonly name: 'backToLoop' }
  | { readonly name: 'toggleAutoplay' };

export type ShowEvent =
  | { readonly type: 'tick'; readonly now: number }
  /** A tap or click anywhere that is not a control. */
  | { readonly type: 'tap'; readonly now: number }
  | { readonly type: 'swipe'; readonly now: number; readonly direction: 'next' | 'prev' }
  /** `KeyboardEvent.key` of a key press. */
  | { readonly type: 'key'; readonly now: number; readonly key: string }
  | { readonly type: 'visibility'; readonly now: number; readonly visible: boolean }
  /** An on-screen control. */
  | { readonly type: 'command'; readonly now: number; readonly command: Command };

export type Effect = { readonly type: 'toggleFullscreen' };

export interface StepResult {
  readonly state: ShowState;
  readonly effects: readonly Effect[];
}
