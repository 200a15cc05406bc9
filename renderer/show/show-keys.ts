/**
 * The show's keys, heard on the window: presenter clickers and keyboards drive
 * the machine (its key map is app/show/keys.ts). Chords belong to the host
 * (admin exit, lockdown), except Ctrl/Cmd + - 0, which set the presenter's
 * text size where the host has no zoom keys. While an operator's screen holds
 * the keyboard (keyboard-owner.ts), every key is theirs.
 */
import { textSizeAction, type TextSizeAction } from '../../app/theme/text-size';
import type { ShowController } from './controller.svelte';
import type { KeyboardOwner } from './keyboard-owner';

/** The keys the show reads from a key press (a DOM KeyboardEvent has them all). */
export type KeyInput = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'preventDefault'
>;

export interface ShowKeysOptions {
  readonly show: Pick<ShowController, 'state' | 'send'>;
  readonly owner: Pick<KeyboardOwner, 'claimed'>;
  /** The text size the chords change; none where they stay the browser's zoom. */
  readonly textSize?: { apply(action: TextSizeAction): void };
  /** Whether a key press lands on a control a keyboard user has moved to (Tab). */
  readonly keyboardFocused?: (target: EventTarget | null) => boolean;
}

/** Keys that would also scroll the page, or press a focused button a second time. */
const SCROLLING_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', ' ', 'PageUp', 'PageDown'];

/** The show's `keydown` handler. */
export function showKeys({
  show,
  owner,
  textSize,
  keyboardFocused = isKeyboardFocused,
}: ShowKeysOptions): (event: KeyInput) => void {
  return (event) => {
    const sizeAction = textSize ? textSizeAction(event) : undefined;
    if (sizeAction && !owner.claimed) {
      event.preventDefault();
      textSize?.apply(sizeAction);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (owner.claimed) return;
    // Enter and Space press the control a keyboard user has moved to (Tab); the show's own
    // Enter/Space (next slide) keeps working after a mouse click, which leaves no visible focus.
    if ((event.key === 'Enter' || event.key === ' ') && keyboardFocused(event.target)) return;
    const before = show.state;
    show.send({ type: 'key', key: event.key });
    // Tab always moves focus: every key renews the state (its time), so without this exception
    // the check below would stop keyboard navigation altogether (WCAG 2.1.1).
    if (event.key === 'Tab') return;
    if (show.state !== before || SCROLLING_KEYS.includes(event.key)) event.preventDefault();
  };
}

function isKeyboardFocused(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target !== document.body && target.matches(':focus-visible');
}
