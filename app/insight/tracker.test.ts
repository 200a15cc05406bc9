import { describe, expect, it } from 'vitest';
import { initialState, step } from '../show/machine';
import type { ShowConfig, ShowEvent, ShowState } from '../show/types';
import type { InsightEvent } from './events';
import { isInsightEvent } from './events';
import { localClock } from './journal';
import { visitsOf } from './stats';
import { IDLE_TRACKER, markEvent, track, type Tracker } from './tracker';

const config: ShowConfig = {
  mode: 'kiosk',
  slideMs: [10_000, 10_000, 10_000],
  idleMs: 60_000,
  warningMs: 10_000,
  languages: ['it', 'en'],
  defaultLocale: 'it',
};
const IDS = ['intro-overview', 'second-industrial-province', 'centre-of-gravity'];
const WALL0 = Date.parse('2026-05-11T08:00:00Z');

/** Runs a script of show events through the machine and the tracker, as the renderer does. */
function record(script: ShowEvent[], showConfig = config): InsightEvent[] {
  let state: ShowState = initialState(showConfig, 0);
  let tracker: Tracker = IDLE_TRACKER;
  const events: InsightEvent[] = [];
  for (const event of script) {
    const next = step(state, event, showConfig).state;
    const out = track(tracker, state, next, IDS, WALL0 + next.now);
    tracker = out.tracker;
    events.push(...out.events);
    state = next;
  }
  return events;
}

const cmd = (now: number, command: Extract<ShowEvent, { type: 'command' }>['command']): ShowEvent => ({
  type: 'command',
  now,
  command,
});

describe('events from the show machine', () => {
  it('a visitor who taps, swipes, opens a panel, switches language and leaves by the button', () => {
    const events = record([
      { type: 'tick', now: 30_000 }, // loop: slides 0 → 1 → 2 → 0 (a cycle)
      { type: 'tap', now: 31_000 },
      { type: 'swipe', now: 36_000, direction: 'next' },
      cmd(40_000, { name: 'openPanel', panel: 'table' }),
      cmd(45_000, { name: 'closePanel' }),
      cmd(46_000, { name: 'toggleLocale' }),
      cmd(50_000, { name: 'backToLoop' }),
    ]);
    expect(events.map((e) => e.type)).toEqual(['loop', 'wake', 'slide', 'panel', 'language', 'slide', 'end']);
    expect(events.every(isInsightEvent)).toBe(true);
    expect(events[2]).toMatchObject({ slide: 'intro-overview', locale: 'en', ms: 5000 });
    expect(events[5]).toMatchObject({ slide: 'second-industrial-province', locale: 'it', ms: 14_000 });
    expect(events[6]).toMatchObject({ how: 'back', ms: 19_000, idleMs: 0 });
  });

  it('a visitor who walks away: the idle question and its countdown are not time with the visitor', () => {
    const events = record([
      { type: 'tap', now: 1000 },
      { type: 'swipe', now: 5000, direction: 'next' },
      { type: 'tick', now: 65_000 }, // the question
      { type: 'tick', now: 75_000 }, // back to the loop
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'end', how: 'idle', ms: 74_000, idleMs: 70_000 });
    expect(events.at(-2)).toMatchObject({ type: 'slide', slide: 'second-industrial-province', ms: 0 });
    const [visit] = visitsOf(events, localClock('Europe/Rome'));
    expect(visit).toMatchObject({
      ms: 4000,
      ended: 'idle',
      slides: ['intro-overview', 'second-industrial-province'],
    });
  });

  it.each<[string, ShowConfig['mode'], ShowEvent[]]>([
    [
      'signage ignores touches',
      'signage',
      [
        { type: 'tap', now: 1000 },
        { type: 'tick', now: 31_000 },
      ],
    ],
    [
      'presentation has no visits',
      'presentation',
      [{ type: 'key', now: 1000, key: 'ArrowRight' }, cmd(2000, { name: 'openPanel', panel: 'help' })],
    ],
  ])('%s', (_name, mode, script) => {
    const types = record(script, { ...config, mode }).map((e) => e.type);
    expect(types.filter((t) => t !== 'loop')).toEqual([]);
  });

  it('marks are recorded in a visit only, and only with ids from the content', () => {
    const inVisit: Tracker = { visitStartedAt: 0, slideSince: 0 };
    expect(markEvent(IDLE_TRACKER, 'intro-overview', 'bergamo', WALL0)).toBeUndefined();
    expect(markEvent(inVisit, 'intro-overview', 'bergamo', WALL0)).toEqual({
      type: 'mark',
      t: WALL0,
      slide: 'intro-overview',
      mark: 'bergamo',
    });
    expect(markEvent(inVisit, 'intro-overview', 'x y\nfree text', WALL0)).toBeUndefined();
  });
});
