import { describe, expect, it } from 'vitest';
import { pickDisplay } from './display';

const left = { id: 10, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const totem = { id: 20, bounds: { x: 1920, y: 0, width: 1080, height: 1920 } };

describe('pickDisplay', () => {
  it.each([
    ['primary', left, undefined],
    [0, left, undefined],
    [1, totem, undefined],
    [2, left, 'display 2 does not exist (2 connected, numbered from 0); using the primary display'],
  ] as const)('%s', (setting, display, note) => {
    expect(pickDisplay([left, totem], left, setting)).toEqual(note ? { display, note } : { display });
  });
});
