/** The show's state machine outside the visitor's path: signage, the presenter's keys, a hidden window, clocks going backwards. */
import { describe, expect, it } from 'vitest';
import { cmd, key, kiosk, presentation, run, S, signage, swipe, tap, tick } from '../testing/show-events';
import { initialState, nextDeadline, step } from './machine';

describe('signage', () => {
  it.each([tap(5 * S), swipe(5 * S, 'next'), key(5 * S, 'ArrowRight'), cmd(5 * S, { name: 'next' })])(
    'ignores %o',
    (event) => {
      expect(run(signage, [event])).toMatchObject({ phase: 'attract', index: 0 });
    },
  );

  it('loops forever', () => {
    expect(run(signage, [tick(56 * S * 100 + 1)])).toMatchObject({ phase: 'attract', index: 0, cycle: 100 });
  });
});

describe('presentation keys', () => {
  const at = (k: string, start = initialState(presentation, 0, 1)) =>
    step(start, key(1 * S, k), presentation);

  it.each([
    ['ArrowRight', 2],
    [' ', 2],
    ['PageDown', 2],
    ['ArrowLeft', 0],
    ['PageUp', 0],
    ['Home', 0],
    ['End', 3],
    ['1', 0],
    ['3', 2],
    ['9', 1], // no ninth slide here: stays
  ])('%j → slide %i', (k, index) => {
    expect(at(k).state.index).toBe(index);
  });

  it('0 opens the tenth slide', () => {
    const ten = { ...presentation, slideMs: Array.from({ length: 11 }, () => 12 * S) };
    expect(step(initialState(ten, 0), key(1 * S, '0'), ten).state.index).toBe(9);
  });

  it('F asks for fullscreen', () => {
    expect(at('f').effects).toEqual([{ type: 'toggleFullscreen' }]);
    expect(step(run(kiosk, [tap(1)]), key(2, 'f'), kiosk).effects).toEqual([]);
  });

  it('A starts and stops auto-play, which advances and wraps without idle', () => {
    const playing = at('a').state;
    expect(playing.autoplay).toBe(true);
    expect(step(playing, tick(1 * S + 12 * S), presentation).state.index).toBe(2);
    expect(step(playing, tick(1 * S + 12 * S + 20 * S + 12 * S), presentation).state.index).toBe(0);
    const stopped = step(playing, key(2 * S, 'A'), presentation).state;
    expect(nextDeadline(stopped, presentation)).toBeNull();
  });

  it('B and . blank the screen; the next key only brings it back', () => {
    const blank = at('b').state;
    expect(blank.blank).toBe(true);
    expect(at('.').state.blank).toBe(true);
    const back = step(blank, key(2 * S, 'ArrowRight'), presentation).state;
    expect(back).toMatchObject({ blank: false, index: 1 });
  });

  it('? toggles the help overlay and L the language', () => {
    expect(at('?').state.panel).toBe('help');
    expect(step(at('?').state, key(2 * S, '?'), presentation).state.panel).toBe('none');
    expect(at('L').state.locale).toBe('en');
  });

  it('never goes back to the loop', () => {
    expect(
      step(initialState(presentation, 0), cmd(1, { name: 'backToLoop' }), presentation).state.phase,
    ).toBe('explore');
  });
});

describe('visibility', () => {
  it('freezes time while hidden: no slide flashes past on return', () => {
    const hidden = run(kiosk, [tick(5 * S), { type: 'visibility', now: 6 * S, visible: false }]);
    const back = step(hidden, { type: 'visibility', now: 600 * S, visible: true }, kiosk).state;
    expect(back.index).toBe(0);
    expect(nextDeadline(back, kiosk)).toBe(12 * S + 594 * S);
    expect(nextDeadline(hidden, kiosk)).toBeNull();
  });

  it('ignores input while hidden', () => {
    const hidden = run(kiosk, [{ type: 'visibility', now: 1 * S, visible: false }, tap(2 * S)]);
    expect(hidden.phase).toBe('attract');
  });
});

describe('robustness', () => {
  it('never moves time backwards', () => {
    const state = run(kiosk, [tick(20 * S), tick(5 * S)]);
    expect(state.now).toBe(20 * S);
    expect(state.index).toBe(1);
  });
});
