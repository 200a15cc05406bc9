import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mode } from '../../app/config/settings';
import { initialState } from '../../app/show/machine';
import type { Phase, ShowState } from '../../app/show/types';
import type { Input } from './controller.svelte';
import { ShowGestures, SWALLOW_MS, type PointerInput, type Surface } from './gestures.svelte';

/** A show in one phase that records what it is told. */
function fakeShow(phase: Phase) {
  const config = {
    mode: 'kiosk',
    slideMs: [1000],
    idleMs: 1000,
    warningMs: 1000,
    languages: ['it'],
    defaultLocale: 'it',
  } as const;
  const state: ShowState = { ...initialState(config, 0), phase };
  const sent: Input[] = [];
  return { state, sent, send: (input: Input) => void sent.push(input) };
}

function stage(width = 1000): Surface & { captured: number[] } {
  const captured: number[] = [];
  return { clientWidth: width, captured, setPointerCapture: (id) => void captured.push(id) };
}

const pointer = (surface: Surface, x: number, y = 0, t = 0, id = 1): PointerInput => ({
  isPrimary: true,
  pointerId: id,
  clientX: x,
  clientY: y,
  timeStamp: t,
  currentTarget: surface,
});

const click = () => ({ preventDefault: vi.fn(), stopPropagation: vi.fn() });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the waking touch', () => {
  it.each<[Mode, Phase, boolean]>([
    ['kiosk', 'attract', true],
    ['kiosk', 'idleWarning', true],
    ['kiosk', 'explore', false],
    ['presentation', 'explore', false],
    ['signage', 'attract', true],
  ])('%s in %s: shield up before any touch: %j', (mode, phase, up) => {
    expect(new ShowGestures(fakeShow(phase), mode).shielded).toBe(up);
  });

  it('every primary touch is a tap for the machine; a second finger is not', () => {
    const show = fakeShow('explore');
    const gestures = new ShowGestures(show, 'kiosk');
    gestures.wake({ isPrimary: true });
    gestures.wake({ isPrimary: false });
    expect(show.sent).toEqual([{ type: 'tap' }]);
  });

  it('keeps the shield up after a waking touch until its click is swallowed', () => {
    const show = fakeShow('attract');
    const gestures = new ShowGestures(show, 'kiosk');
    gestures.wake({ isPrimary: true });
    show.state = { ...show.state, phase: 'explore' };
    gestures.release();
    expect(gestures.shielded).toBe(true);
    const event = click();
    gestures.swallow(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(event.stopPropagation).toHaveBeenCalled();
    expect(gestures.shielded).toBe(false);
  });

  it(`drops the shield ${SWALLOW_MS} ms after the touch ends when no click comes`, () => {
    const show = fakeShow('attract');
    const gestures = new ShowGestures(show, 'kiosk');
    gestures.wake({ isPrimary: true });
    show.state = { ...show.state, phase: 'explore' };
    gestures.release();
    vi.advanceTimersByTime(SWALLOW_MS - 1);
    expect(gestures.shielded).toBe(true);
    vi.advanceTimersByTime(1);
    expect(gestures.shielded).toBe(false);
  });

  it('never shields a touch in explore', () => {
    const gestures = new ShowGestures(fakeShow('explore'), 'kiosk');
    gestures.wake({ isPrimary: true });
    expect(gestures.shielded).toBe(false);
  });
});

describe('swipes', () => {
  it('follow the finger once past the tap slop, capturing the pointer, then move the slide', () => {
    const show = fakeShow('explore');
    const gestures = new ShowGestures(show, 'kiosk');
    const surface = stage();
    gestures.down(pointer(surface, 500));
    gestures.move(pointer(surface, 495));
    expect(gestures.offset).toBeUndefined();
    expect(surface.captured).toEqual([]);
    gestures.move(pointer(surface, 400));
    expect(gestures.offset).toBe(-100);
    expect(gestures).toMatchObject({ dragging: true, transform: 'translateX(-100px)' });
    expect(surface.captured).toEqual([1]);
    gestures.up(pointer(surface, 300, 0, 500));
    expect(gestures).toMatchObject({ offset: undefined, dragging: false, transform: undefined });
    expect(show.sent).toEqual([{ type: 'swipe', direction: 'next' }]);
  });

  it.each([
    [0, 100, 100],
    [180, 100, -100],
    [90, 100, 0],
    [270, 100, 0],
  ])('rotated %i°: a drag of %i px on screen moves the slide %i px', (rotation, dx, offset) => {
    const gestures = new ShowGestures(fakeShow('explore'), 'kiosk', () => rotation);
    const surface = stage();
    gestures.down(pointer(surface, 500));
    gestures.move(pointer(surface, 500 + dx));
    expect(gestures.offset).toBe(offset);
  });

  it.each([
    ['a short drag snaps back', 40, 1000, []],
    ['a fast flick counts', 40, 20, [{ type: 'swipe', direction: 'next' }]],
    ['rightwards goes back', -200, 500, [{ type: 'swipe', direction: 'prev' }]],
  ])('%s', (_name, distance, ms, sent) => {
    const show = fakeShow('explore');
    const gestures = new ShowGestures(show, 'kiosk');
    const surface = stage();
    gestures.down(pointer(surface, 500));
    gestures.up(pointer(surface, 500 - distance, 0, ms));
    expect(show.sent).toEqual(sent);
  });

  it('start only in explore, with the primary pointer, and end with that pointer or a cancel', () => {
    const show = fakeShow('attract');
    const gestures = new ShowGestures(show, 'kiosk');
    const surface = stage();
    gestures.down(pointer(surface, 500));
    gestures.move(pointer(surface, 300));
    expect(gestures.offset).toBeUndefined();
    show.state = { ...show.state, phase: 'explore' };
    gestures.down({ ...pointer(surface, 500), isPrimary: false });
    gestures.move(pointer(surface, 300));
    expect(gestures.offset).toBeUndefined();
    gestures.down(pointer(surface, 500));
    gestures.move(pointer(surface, 300, 0, 0, 2));
    expect(gestures.offset).toBeUndefined();
    gestures.move(pointer(surface, 300));
    gestures.cancel();
    expect(gestures.offset).toBeUndefined();
    gestures.up(pointer(surface, 100, 0, 100));
    expect(show.sent).toEqual([]);
  });
});
