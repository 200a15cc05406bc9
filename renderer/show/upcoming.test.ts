import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, step } from '../../app/show/machine';
import type { ShowConfig, ShowState } from '../../app/show/types';
import type { ChartSpec } from '../../app/report/chart-specs';
import { chartParts, PREPARE_LEAD_MS, UpcomingSlide, type SlideParts } from './upcoming.svelte';

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

/** Slide 1 has three parts after its shell; the others have none. */
const threeParts: SlideParts = { count: (index) => (index === 1 ? 3 : 0) };

/** Tasks the test runs one at a time, in order: each build step waits for one. */
function manualTasks() {
  const waiting: (() => void)[] = [];
  return {
    next: () => new Promise<void>((resolve) => waiting.push(resolve)),
    /** Runs the next task and lets the step after it run (its microtasks). */
    async run() {
      waiting.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    },
    get pending() {
      return waiting.length;
    },
  };
}

const upcomingFrame = (upcoming: UpcomingSlide) => upcoming.frames.find((f) => f.upcoming);

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
      { index: 1, locale: 'it', upcoming: true, parts: 0 },
    ]);
  });

  it('turns current at the change: one frame, no longer upcoming, whole', () => {
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

describe('its build, a part per task', () => {
  it('builds the shell, then each part in order, a task each', async () => {
    const tasks = manualTasks();
    const upcoming = new UpcomingSlide(showAt(), threeParts, tasks.next);
    upcoming.follow();
    vi.advanceTimersByTime(12_000 - PREPARE_LEAD_MS);
    const seen: (number | undefined)[] = [upcomingFrame(upcoming)?.parts];
    while (tasks.pending > 0) {
      await tasks.run();
      seen.push(upcomingFrame(upcoming)?.parts);
    }
    // Shell; parts 1, 2 and 3.
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('a change before the last part shows the slide whole at once, and the build stops', async () => {
    const tasks = manualTasks();
    const show = showAt();
    const upcoming = new UpcomingSlide(show, threeParts, tasks.next);
    const cancel = upcoming.follow();
    vi.advanceTimersByTime(12_000 - PREPARE_LEAD_MS);
    await tasks.run();
    expect(upcomingFrame(upcoming)?.parts).toBe(1);
    // The change comes before the second part is built (a slow player; a key or a tap alike).
    vi.advanceTimersByTime(PREPARE_LEAD_MS);
    show.state = step(show.state, { type: 'tick', now: 12_000 }, config).state;
    expect(upcoming.frames).toEqual([{ index: 1, locale: 'it', upcoming: false }]);
    cancel();
    await tasks.run();
    await tasks.run();
    expect(tasks.pending).toBe(0);
    expect(upcoming.frames).toEqual([{ index: 1, locale: 'it', upcoming: false }]);
  });

  it('a cancelled build stops: no later part joins', async () => {
    const tasks = manualTasks();
    const upcoming = new UpcomingSlide(showAt(), threeParts, tasks.next);
    const cancel = upcoming.follow();
    vi.advanceTimersByTime(12_000 - PREPARE_LEAD_MS);
    await tasks.run();
    cancel();
    await tasks.run();
    await tasks.run();
    expect(upcomingFrame(upcoming)?.parts).toBe(1);
    expect(tasks.pending).toBe(0);
  });
});

describe("a playlist's parts", () => {
  const map = { kind: 'pointMap' } as ChartSpec;
  const bars = { kind: 'bars' } as ChartSpec;
  const parts = chartParts([{ charts: [] }, { charts: [bars, map] }]);

  it.each([
    [0, 0],
    [1, 4],
    [7, 0],
  ])("slide %i has %i parts: each chart's frame, then its marks", (index, count) => {
    expect(parts.count(index)).toBe(count);
  });
});
