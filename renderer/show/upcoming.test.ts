import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, step } from '../../app/show/machine';
import type { ShowConfig, ShowState } from '../../app/show/types';
import { PREPARE_LEAD_MS, UpcomingSlide } from './upcoming.svelte';

const config: ShowConfig = {
  mode: 'kiosk',
  slideMs: [12_000, 12_000, 12_000],
  idleMs: 60_000,
  warningMs: 10_000,
  languages: ['it', 'en'],
  defaultLocale: 'it',
};

function showAt(state: ShowState = initialState(config, 0)) {
  return { state, config };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the slide built ahead', () => {
  it(`joins the stage, hidden, ${PREPARE_LEAD_MS} ms before the loop's change`, () => {
    const show = showAt();
    const upcoming = new UpcomingSlide(show);
    upcoming.follow();
    vi.advanceTimersByTime(12_000 - PREPARE_LEAD_MS - 1);
    expect(upcoming.frames).toEqual([{ index: 0, locale: 'it', upcoming: false }]);
    vi.advanceTimersByTime(1);
    expect(upcoming.frames).toEqual([
      { index: 0, locale: 'it', upcoming: false },
      { index: 1, locale: 'it', upcoming: true },
    ]);
  });

  it('turns current at the change: one frame, no longer upcoming', () => {
    const show = showAt();
    const upcoming = new UpcomingSlide(show);
    upcoming.follow();
    vi.advanceTimersByTime(12_000);
    show.state = step(show.state, { type: 'tick', now: 12_000 }, config).state;
    expect(upcoming.frames).toEqual([{ index: 1, locale: 'it', upcoming: false }]);
  });

  it('is dropped when a visitor goes elsewhere, and never built in explore', () => {
    const show = showAt();
    const upcoming = new UpcomingSlide(show);
    const cancel = upcoming.follow();
    vi.advanceTimersByTime(11_000);
    expect(upcoming.frames).toHaveLength(2);
    show.state = step(show.state, { type: 'tap', now: 11_000 }, config).state;
    cancel();
    upcoming.follow();
    vi.advanceTimersByTime(60_000);
    expect(upcoming.frames).toEqual([{ index: 0, locale: 'it', upcoming: false }]);
  });
});
