import { describe, expect, it, vi } from 'vitest';
import type { TextSizeAction } from '../../app/theme/text-size';
import type { Input } from './controller.svelte';
import { showKeys, type KeyInput } from './show-keys';

interface Case {
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  /** The operator's PIN pad or panel holds the keyboard. */
  claimed?: boolean;
  /** A keyboard user has moved focus to a control. */
  focused?: boolean;
  /** The machine's answer changes the state. */
  changes?: boolean;
  /** The text-size chords are the show's (presentation in the app). */
  sizing?: boolean;
}

function press(c: Case) {
  const sent: Input[] = [];
  const applied: TextSizeAction[] = [];
  const show = {
    state: {} as never,
    send(input: Input) {
      sent.push(input);
      if (c.changes) show.state = {} as never;
    },
  };
  const handle = showKeys({
    show,
    owner: { claimed: c.claimed ?? false },
    textSize: c.sizing ? { apply: (action) => void applied.push(action) } : undefined,
    keyboardFocused: () => c.focused ?? false,
  });
  const event: KeyInput = {
    key: c.key,
    ctrlKey: c.ctrl ?? false,
    metaKey: false,
    altKey: c.alt ?? false,
    target: null,
    preventDefault: vi.fn(),
  };
  handle(event);
  return {
    sent: sent.map((s) => (s.type === 'key' ? s.key : s.type)),
    applied,
    prevented: vi.mocked(event.preventDefault).mock.calls.length > 0,
  };
}

describe('the show’s keys', () => {
  it.each<[string, Case, { sent: string[]; applied: TextSizeAction[]; prevented: boolean }]>([
    [
      'a key the show uses, and only once',
      { key: 'ArrowRight', changes: true },
      { sent: ['ArrowRight'], applied: [], prevented: true },
    ],
    ['a key it ignores keeps its default', { key: 'x' }, { sent: ['x'], applied: [], prevented: false }],
    ['Space never scrolls the page', { key: ' ' }, { sent: [' '], applied: [], prevented: true }],
    [
      'Tab always moves focus',
      { key: 'Tab', changes: true },
      { sent: ['Tab'], applied: [], prevented: false },
    ],
    [
      'Enter presses the focused control',
      { key: 'Enter', focused: true },
      { sent: [], applied: [], prevented: false },
    ],
    [
      'Enter after a click moves the slide',
      { key: 'Enter', changes: true },
      { sent: ['Enter'], applied: [], prevented: true },
    ],
    ['chords are the host’s', { key: 'ArrowRight', ctrl: true }, { sent: [], applied: [], prevented: false }],
    ['Alt chords too', { key: 'p', alt: true }, { sent: [], applied: [], prevented: false }],
    [
      'Ctrl + = enlarges the text',
      { key: '=', ctrl: true, sizing: true },
      { sent: [], applied: ['larger'], prevented: true },
    ],
    [
      'Ctrl + 0 stays the browser’s without text size',
      { key: '0', ctrl: true },
      { sent: [], applied: [], prevented: false },
    ],
    [
      'an open PIN pad takes every key',
      { key: 'ArrowRight', claimed: true },
      { sent: [], applied: [], prevented: false },
    ],
    [
      'and the text-size chords',
      { key: '-', ctrl: true, sizing: true, claimed: true },
      { sent: [], applied: [], prevented: false },
    ],
  ])('%s', (_name, c, expected) => {
    expect(press(c)).toEqual(expected);
  });
});
