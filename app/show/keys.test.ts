import { describe, expect, it } from 'vitest';
import { helpLines, isModifierKey, KEY_MAP, keyCommand } from './keys';

describe('the key map', () => {
  it.each([
    ['ArrowRight', { name: 'next' }],
    ['ArrowDown', { name: 'next' }],
    ['PageDown', { name: 'next' }],
    [' ', { name: 'next' }],
    ['Enter', { name: 'next' }],
    ['ArrowLeft', { name: 'prev' }],
    ['ArrowUp', { name: 'prev' }],
    ['PageUp', { name: 'prev' }],
    ['Backspace', { name: 'prev' }],
    ['Home', { name: 'goto', index: 0 }],
    ['End', { name: 'last' }],
    ['1', { name: 'goto', index: 0 }],
    ['9', { name: 'goto', index: 8 }],
    ['0', { name: 'goto', index: 9 }],
    ['f', { name: 'fullscreen' }],
    ['F', { name: 'fullscreen' }],
    ['a', { name: 'toggleAutoplay' }],
    ['A', { name: 'toggleAutoplay' }],
    ['l', { name: 'toggleLocale' }],
    ['L', { name: 'toggleLocale' }],
    ['b', { name: 'blank' }],
    ['B', { name: 'blank' }],
    ['.', { name: 'blank' }],
    ['?', { name: 'openPanel', panel: 'help' }],
    ['Escape', { name: 'closePanel' }],
  ])('%j → %j', (key, command) => {
    expect(keyCommand(key)).toEqual(command);
  });

  it.each(['x', 'Tab', 'Shift', 'F5', 'Ä', 'é', '/'])('%j does nothing', (key) => {
    expect(keyCommand(key)).toBeUndefined();
  });

  it('binds each key once, letters in lower case', () => {
    const keys = KEY_MAP.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => /^[A-Z]$/.test(k))).toEqual([]);
  });

  it.each([
    ['Shift', true],
    ['Control', true],
    ['AltGraph', true],
    ['CapsLock', true],
    ['s', false],
    ['Escape', false],
  ])('%j alone is a modifier: %j', (key, modifier) => {
    expect(isModifierKey(key)).toBe(modifier);
  });
});

describe('the help panel lines', () => {
  it('list the keys as the panel has always written them, one line per action', () => {
    expect(helpLines()).toEqual([
      { line: 'move', keys: '→ ← Space PageDown PageUp' },
      { line: 'ends', keys: 'Home End' },
      { line: 'jump', keys: '1–9 0' },
      { line: 'fullscreen', keys: 'F' },
      { line: 'autoplay', keys: 'A' },
      { line: 'language', keys: 'L' },
      { line: 'blank', keys: 'B .' },
      { line: 'help', keys: '?' },
      { line: 'close', keys: 'Esc' },
    ]);
  });

  it.each([
    [['1', '2'], '1 2'],
    [['1', '2', '3'], '1–3'],
    [['3', '4', '5', '7', '0'], '3–5 7 0'],
    [['ArrowUp', 'ArrowDown', 'Enter', 'Backspace'], '↑ ↓ Enter Backspace'],
  ])('write %j as %j', (keys, written) => {
    const map = keys.map((key) => ({ key, command: { name: 'next' } as const, help: 'move' as const }));
    expect(helpLines(map)).toEqual([{ line: 'move', keys: written }]);
  });
});
