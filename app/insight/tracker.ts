/**
 * Derives the journal's events from the show's state machine: each call sees
 * one transition (the state before and after a `step`) and returns the events
 * it means. Recording therefore follows the rules of the show exactly, with
 * no call scattered through the UI: a visit starts where the machine leaves
 * the loop, a slide's dwell ends where the machine changes slide, and so on.
 *
 * Durations come from the machine's own clock (monotonic), the event times
 * from the wall clock passed in, so a clock change cannot bend a length.
 */
import type { Mode } from '../config/settings';
import type { ShowState } from '../show/types';
import type { InsightEvent } from './events';

export interface Tracker {
  /** Monotonic time of the waking touch of the visit in progress, or null outside a visit. */
  readonly visitStartedAt: number | null;
  /** Monotonic time since which the slide on screen has been seen in this visit. */
  readonly slideSince: number;
}

export const IDLE_TRACKER: Tracker = { visitStartedAt: null, slideSince: 0 };

/** At most this many loop cycles are recorded for one transition (a PC waking from a long sleep). */
const MAX_LOOPS_PER_STEP = 100;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** The events of one transition of the show, and the tracker after it. */
export function track(
  tracker: Tracker,
  before: ShowState,
  after: ShowState,
  slideIds: readonly string[],
  wall: number,
): { tracker: Tracker; events: InsightEvent[] } {
  const events: InsightEvent[] = [];
  const t = Math.max(0, Math.round(wall));
  const slideEvent = (state: ShowState, until: number, since: number) => {
    const slide = slideIds[state.index];
    if (slide !== undefined && ID.test(slide))
      events.push({ type: 'slide', t, slide, locale: state.locale, ms: duration(until - since) });
  };

  if (before.phase === 'attract' && after.phase === 'attract') {
    const loops = Math.min(MAX_LOOPS_PER_STEP, after.cycle - before.cycle);
    for (let i = 0; i < loops; i++) events.push({ type: 'loop', t });
    return { tracker, events };
  }

  if (before.phase === 'attract') {
    // The waking touch: a visit begins on the slide and in the language on screen.
    events.push({ type: 'wake', t, locale: after.locale });
    return { tracker: { visitStartedAt: after.now, slideSince: after.now }, events };
  }

  const visitStartedAt = tracker.visitStartedAt;
  if (visitStartedAt === null) return { tracker, events };

  if (after.phase === 'attract') {
    // Back to the loop: by the idle question when it was showing, else by the button.
    const idle = before.phase === 'idleWarning';
    const lastInput = idle ? before.lastInputAt : after.now;
    slideEvent(before, lastInput, tracker.slideSince);
    events.push({
      type: 'end',
      t,
      how: idle ? 'idle' : 'back',
      ms: duration(after.now - visitStartedAt),
      idleMs: duration(after.now - lastInput),
    });
    return { tracker: IDLE_TRACKER, events };
  }

  let slideSince = tracker.slideSince;
  if (after.index !== before.index) {
    slideEvent(before, after.now, slideSince);
    slideSince = after.now;
  }
  if (after.locale !== before.locale) events.push({ type: 'language', t, locale: after.locale });
  if (after.panel !== before.panel && after.panel !== 'none')
    events.push({ type: 'panel', t, panel: after.panel });
  return { tracker: { visitStartedAt, slideSince }, events };
}

/** A mark tapped during a visit (outside one, a tap only wakes the show). */
export function markEvent(
  tracker: Tracker,
  slide: string | undefined,
  mark: string,
  wall: number,
): InsightEvent | undefined {
  if (tracker.visitStartedAt === null || slide === undefined || !ID.test(slide) || !ID.test(mark))
    return undefined;
  return { type: 'mark', t: Math.max(0, Math.round(wall)), slide, mark };
}

/** The start of a show: mode, app version and where the content came from. */
export function startEvent(
  mode: Mode,
  version: string,
  source: 'bundled' | 'folder',
  wall: number,
): InsightEvent {
  const safeVersion = /^[0-9A-Za-z.+-]{1,40}$/.test(version) ? version : 'unknown';
  return { type: 'start', t: Math.max(0, Math.round(wall)), mode, version: safeVersion, source };
}

function duration(ms: number): number {
  return Math.min(7 * 24 * 3600 * 1000, Math.max(0, Math.round(ms)));
}
