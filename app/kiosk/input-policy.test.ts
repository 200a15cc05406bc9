import { describe, expect, it } from 'vitest';
import type { Mode } from '../config/settings';
import { decideInput, isAdminChord, type InputDecision, type KeyInput } from './input-policy';

/** 'Ctrl+Shift+I' → a keyDown input. */
function chord(text: string, type = 'keyDown'): KeyInput {
  const parts = text.split('+');
  const key = text.endsWith('++') ? '+' : parts[parts.length - 1]!;
  const has = (name: string) => parts.slice(0, -1).includes(name);
  return { type, key, control: has('Ctrl'), meta: has('Cmd'), alt: has('Alt'), shift: has('Shift') };
}

const decide = (text: string, mode: Mode, fullScreen = true, devTools = false) =>
  decideInput(chord(text), { mode, devTools, fullScreen });

describe('decideInput in kiosk and signage', () => {
  it.each<[string, InputDecision]>([
    ['Ctrl+R', 'block'],
    ['Ctrl+Shift+R', 'block'],
    ['F5', 'block'],
    ['Cmd+R', 'block'],
    ['Ctrl+Shift+I', 'block'],
    ['Cmd+Alt+I', 'block'],
    ['F12', 'block'],
    ['Ctrl++', 'block'],
    ['Ctrl+=', 'block'],
    ['Ctrl+-', 'block'],
    ['Ctrl+0', 'block'],
    ['Cmd+=', 'block'],
    ['Ctrl+P', 'block'],
    ['Ctrl+W', 'block'],
    ['Ctrl+N', 'block'],
    ['Cmd+Q', 'block'],
    ['Ctrl+F', 'block'],
    ['Alt+F4', 'block'],
    ['Alt+ArrowLeft', 'block'],
    ['F11', 'block'],
    ['BrowserBack', 'block'],
    ['ZoomIn', 'block'],
    ['ContextMenu', 'block'],
    ['ArrowRight', 'allow'],
    ['Escape', 'allow'],
    ['Enter', 'allow'],
    ['5', 'allow'],
    ['Backspace', 'allow'],
    ['Ctrl+Alt+Shift+P', 'allow'],
  ])('%s → %s', (text, expected) => {
    expect(decide(text, 'kiosk')).toBe(expected);
    expect(decide(text, 'signage')).toBe(expected);
  });
});

describe('decideInput in presentation', () => {
  it.each<[string, boolean, InputDecision]>([
    ['F11', false, 'toggle-fullscreen'],
    ['F11', true, 'toggle-fullscreen'],
    ['f', false, 'toggle-fullscreen'],
    ['F', true, 'toggle-fullscreen'],
    ['Ctrl+F', false, 'allow'],
    ['Escape', true, 'leave-fullscreen'],
    ['Escape', false, 'allow'],
    ['ArrowRight', true, 'allow'],
    ['Ctrl+C', true, 'allow'],
    ['Ctrl+R', true, 'block'],
    // The text size keys of the show (the page's own, the window has no zoom keys).
    ['Ctrl+=', true, 'allow'],
    ['Ctrl++', true, 'allow'],
    ['Ctrl+-', false, 'allow'],
    ['Cmd+0', true, 'allow'],
    ['Ctrl+Shift+I', true, 'block'],
  ])('%s (fullscreen: %s) → %s', (text, fullScreen, expected) => {
    expect(decide(text, 'presentation', fullScreen)).toBe(expected);
  });

  it('acts on the key press only, not its release', () => {
    expect(
      decideInput(chord('F11', 'keyUp'), { mode: 'presentation', devTools: false, fullScreen: true }),
    ).toBe('allow');
  });
});

describe('devtools chords', () => {
  it.each(['F12', 'Ctrl+Shift+I', 'Ctrl+Shift+J'])('%s passes only in a development build', (text) => {
    expect(decide(text, 'kiosk', true, true)).toBe('allow');
    expect(decide(text, 'kiosk', true, false)).toBe('block');
  });
});

describe('isAdminChord', () => {
  it.each([
    ['Ctrl+Alt+Shift+P', true],
    ['Ctrl+Alt+Shift+p', true],
    ['Ctrl+Alt+P', false],
    ['Ctrl+Shift+P', false],
    ['P', false],
  ])('%s → %s', (text, expected) => {
    expect(isAdminChord(chord(text))).toBe(expected);
  });

  it('knows the chord by its physical key where Alt changes the letter (macOS)', () => {
    expect(isAdminChord({ ...chord('Ctrl+Alt+Shift+∏'), code: 'KeyP' })).toBe(true);
  });
});
