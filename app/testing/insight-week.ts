/**
 * Synthetic fair weeks for the insight tests and the bench: a show that opens
 * each morning, loops, and meets a visitor every few minutes; some days end
 * with a quit, some with a power cut (no stop, a visit left open). Alongside
 * the events it keeps its own tally of what it generated, so the statistics
 * can be checked against something they did not compute.
 */
import type { InsightEvent } from '../insight/events';

export interface WeekOptions {
  /** Wall-clock time of the first day's opening. */
  readonly start: number;
  readonly days: number;
  /** Hours the stand is open each day. */
  readonly openHours: number;
  /** Minutes between two visitors. */
  readonly visitEveryMinutes: number;
  /** Days (0-based) that end with a power cut instead of a quit. */
  readonly powerCutDays?: readonly number[];
  /** Seconds of one attract loop cycle. */
  readonly loopSeconds?: number;
}

export interface DayTally {
  readonly openedAt: number;
  visits: number;
  idleEndings: number;
  backEndings: number;
  interrupted: number;
  loops: number;
  /** Lengths with the visitor (waking touch to last touch), ms. */
  lengths: number[];
  /** Wall-clock end of the day's last event. */
  lastEventAt: number;
}

const SLIDES = ['intro-overview', 'second-industrial-province', 'centre-of-gravity', 'foreign-investment'];
const DAY_MS = 24 * 3600 * 1000;

/** A week of events, in order, and the tally of what was generated per day. */
export function syntheticWeek(options: WeekOptions): { events: InsightEvent[]; tally: DayTally[] } {
  const loopMs = (options.loopSeconds ?? 132) * 1000;
  const gapMs = options.visitEveryMinutes * 60 * 1000;
  const events: InsightEvent[] = [];
  const tally: DayTally[] = [];
  let n = 0;
  for (let day = 0; day < options.days; day++) {
    const openedAt = options.start + day * DAY_MS;
    const closeAt = openedAt + options.openHours * 3600 * 1000;
    const cut = options.powerCutDays?.includes(day) ?? false;
    const today: DayTally = {
      openedAt,
      visits: 0,
      idleEndings: 0,
      backEndings: 0,
      interrupted: 0,
      loops: 0,
      lengths: [],
      lastEventAt: openedAt,
    };
    tally.push(today);
    events.push({ type: 'start', t: openedAt, mode: 'kiosk', version: '0.1.0', source: 'bundled' });
    let t = openedAt;
    let nextVisit = openedAt + gapMs;
    for (;;) {
      if (t + loopMs <= Math.min(nextVisit, closeAt)) {
        t += loopMs;
        events.push({ type: 'loop', t });
        today.loops++;
        continue;
      }
      if (nextVisit >= closeAt) break;
      // A visitor: wakes, reads three slides, opens a panel, switches language, taps a mark, leaves.
      t = nextVisit;
      n++;
      const locale = n % 3 === 0 ? 'en' : 'it';
      const dwell = [20_000 + (n % 7) * 5000, 15_000, 10_000 + (n % 5) * 2000];
      events.push({ type: 'wake', t, locale });
      let at = t;
      for (let i = 0; i < 3; i++) {
        const ms = dwell[i] ?? 0;
        at += ms;
        events.push({ type: 'slide', t: at, slide: SLIDES[(n + i) % SLIDES.length] ?? 'x', locale, ms });
        if (i === 0) events.push({ type: 'panel', t: at, panel: n % 2 === 0 ? 'table' : 'readMore' });
        if (i === 1) events.push({ type: 'language', t: at, locale: locale === 'it' ? 'en' : 'it' });
        if (i === 2 && n % 4 === 0)
          events.push({ type: 'mark', t: at, slide: 'intro-overview', mark: 'bergamo' });
      }
      const length = at - t;
      const lastOfDay = nextVisit + gapMs >= closeAt;
      if (cut && lastOfDay) {
        // The power goes while this visitor reads: no end, no stop.
        today.interrupted++;
        today.visits++;
        today.lengths.push(length);
        t = at;
        break;
      }
      const idle = n % 2 === 0;
      const idleMs = idle ? 70_000 : 0;
      at += idleMs;
      events.push({ type: 'end', t: at, how: idle ? 'idle' : 'back', ms: length + idleMs, idleMs });
      today.visits++;
      today.lengths.push(length);
      if (idle) today.idleEndings++;
      else today.backEndings++;
      t = at;
      nextVisit = Math.max(nextVisit + gapMs, t + 1000);
    }
    if (!cut) {
      t = Math.max(t, closeAt);
      events.push({ type: 'stop', t });
    }
    today.lastEventAt = t;
  }
  return { events, tally };
}
