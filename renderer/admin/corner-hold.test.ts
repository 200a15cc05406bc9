import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rotation } from '../../app/config/settings';
import { CornerHold } from './corner-hold';

const viewport = { width: 1920, height: 1080 };

function detector(rotation: Rotation = 0) {
  const onHold = vi.fn();
  const hold = new CornerHold(
    onHold,
    { setTimeout, clearTimeout: (h) => clearTimeout(h as number) },
    () => rotation,
    () => viewport,
  );
  const press = (x: number, y: number, id = 1) => hold.down({ pointerId: id, clientX: x, clientY: y });
  return { hold, onHold, press };
}

describe('CornerHold', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after a 3 s press held in the top-left corner', () => {
    const { onHold, press } = detector();
    press(20, 30);
    vi.advanceTimersByTime(2_999);
    expect(onHold).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onHold).toHaveBeenCalledOnce();
  });

  it.each([
    ['a press released early', (h: CornerHold) => h.up({ pointerId: 1 })],
    ['a swipe', (h: CornerHold) => h.move({ pointerId: 1, clientX: 80, clientY: 30 })],
    ['a cancelled pointer', (h: CornerHold) => h.cancel()],
  ])('ignores %s', (_case, interrupt) => {
    const { hold, onHold, press } = detector();
    press(20, 30);
    vi.advanceTimersByTime(1_000);
    interrupt(hold);
    vi.advanceTimersByTime(10_000);
    expect(onHold).not.toHaveBeenCalled();
  });

  it('ignores presses outside the corner, and a small tremble does not cancel', () => {
    const { hold, onHold, press } = detector();
    press(500, 30);
    vi.advanceTimersByTime(5_000);
    expect(onHold).not.toHaveBeenCalled();
    press(20, 30);
    hold.move({ pointerId: 1, clientX: 30, clientY: 40 });
    hold.move({ pointerId: 2, clientX: 900, clientY: 900 });
    vi.advanceTimersByTime(3_000);
    expect(onHold).toHaveBeenCalledOnce();
  });

  it.each<[Rotation, number, number]>([
    [90, 1900, 20],
    [180, 1900, 1060],
    [270, 20, 1060],
  ])('finds the content corner where the visitor sees it (%i°: screen %i,%i)', (rotation, x, y) => {
    const { onHold, press } = detector(rotation);
    press(20, 20);
    vi.advanceTimersByTime(3_000);
    expect(onHold).not.toHaveBeenCalled();
    press(x, y);
    vi.advanceTimersByTime(3_000);
    expect(onHold).toHaveBeenCalledOnce();
  });
});
