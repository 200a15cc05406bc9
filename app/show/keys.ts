/**
 * The show's key map: one table from `KeyboardEvent.key` to command, for the
 * keyboard and for presenter clickers (which send PageUp/PageDown, arrows,
 * B or .). The machine acts on it and the help panel lists it, so the keys a
 * presenter reads are the keys that work.
 */
import type { Command } from './types';

/** What a key asks for: a command of the on-screen controls, or one that only keys have. */
export type KeyCommand =
  | Command
  /** The last slide (End). */
  | { readonly name: 'last' }
  /** Presentation only: the browser's full screen. */
  | { readonly name: 'fullscreen' }
  /** Presentation only: a black screen until the next key. */
  | { readonly name: 'blank' };

/** The help panel's lines (message keys under `help.`), named by what their keys do. */
export type HelpLine =
  'move' | 'ends' | 'jump' | 'fullscreen' | 'autoplay' | 'language' | 'blank' | 'help' | 'close';

export interface KeyBinding {
  /** `KeyboardEvent.key`; a letter is written in lower case and stands for both cases. */
  readonly key: string;
  readonly command: KeyCommand;
  /** The help panel's line that lists the key; none for the alternatives it leaves out. */
  readonly help?: HelpLine;
}

const NEXT: Command = { name: 'next' };
const PREV: Command = { name: 'prev' };
/** 1–9 open slides 1–9; 0 opens the tenth. */
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Every key the show acts on, in the order the help panel lists them. */
export const KEY_MAP: readonly KeyBinding[] = [
  { key: 'ArrowRight', command: NEXT, help: 'move' },
  { key: 'ArrowLeft', command: PREV, help: 'move' },
  { key: ' ', command: NEXT, help: 'move' },
  { key: 'PageDown', command: NEXT, help: 'move' },
  { key: 'PageUp', command: PREV, help: 'move' },
  // Clickers and habit send these too; the help's first line stays short without them.
  { key: 'ArrowDown', command: NEXT },
  { key: 'Enter', command: NEXT },
  { key: 'ArrowUp', command: PREV },
  { key: 'Backspace', command: PREV },
  { key: 'Home', command: { name: 'goto', index: 0 }, help: 'ends' },
  { key: 'End', command: { name: 'last' }, help: 'ends' },
  ...DIGITS.map((key, index): KeyBinding => ({ key, command: { name: 'goto', index }, help: 'jump' })),
  { key: 'f', command: { name: 'fullscreen' }, help: 'fullscreen' },
  { key: 'a', command: { name: 'toggleAutoplay' }, help: 'autoplay' },
  { key: 'l', command: { name: 'toggleLocale' }, help: 'language' },
  { key: 'b', command: { name: 'blank' }, help: 'blank' },
  { key: '.', command: { name: 'blank' }, help: 'blank' },
  { key: '?', command: { name: 'openPanel', panel: 'help' }, help: 'help' },
  { key: 'Escape', command: { name: 'closePanel' }, help: 'close' },
];

const BY_KEY: ReadonlyMap<string, KeyCommand> = new Map(KEY_MAP.map((b) => [b.key, b.command]));

/** The command of a pressed key (`KeyboardEvent.key`), or none. */
export function keyCommand(pressed: string): KeyCommand | undefined {
  return BY_KEY.get(/^[A-Z]$/.test(pressed) ? pressed.toLowerCase() : pressed);
}

const MODIFIER_KEYS: ReadonlySet<string> = new Set([
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'AltGraph',
  'CapsLock',
]);

/** A modifier pressed alone: part of a chord (such as the admin exit), not a visitor's input. */
export function isModifierKey(pressed: string): boolean {
  return MODIFIER_KEYS.has(pressed);
}

/** How the help panel writes a key. */
const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ' ': 'Space',
  Escape: 'Esc',
};

/** The help panel's lines, in order, each with its keys as written there ("1–9 0", "B ."). */
export function helpLines(map: readonly KeyBinding[] = KEY_MAP): { line: HelpLine; keys: string }[] {
  const lines = new Map<HelpLine, string[]>();
  for (const { key, help } of map) if (help) lines.set(help, [...(lines.get(help) ?? []), key]);
  return [...lines].map(([line, keys]) => ({ line, keys: writeKeys(keys) }));
}

/** Keys joined by spaces; a run of three or more digits in a row as a range ("1–9"). */
function writeKeys(keys: readonly string[]): string {
  const words: string[] = [];
  for (let i = 0; i < keys.length;) {
    let end = i;
    while (isDigit(keys[end]) && isDigit(keys[end + 1]) && Number(keys[end + 1]) === Number(keys[end]) + 1)
      end += 1;
    if (end - i >= 2) {
      words.push(`${keys[i]}–${keys[end]}`);
      i = end + 1;
    } else {
      words.push(keyName(keys[i] ?? ''));
      i += 1;
    }
  }
  return words.join(' ');
}

/** A letter in capitals, as printed on the key; other keys by their symbol or name. */
function keyName(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

function isDigit(key: string | undefined): boolean {
  return key !== undefined && /^[0-9]$/.test(key);
}
