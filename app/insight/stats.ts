/**
 * Turns the journal's event stream into visits and statistics for the
 * exhibitor: per day and for the whole period, hours on screen, loop cycles,
 * visits and their median length, visits per hour, the most explored slides,
 * the share of each language and the recoveries.
 *
 * The stream may be imperfect, and the numbers must still be honest:
 * - a power cut leaves no `stop` and may leave a visit without its `end`: the
 *   session ends at its last event, the visit is counted as interrupted, with
 *   the length up to its last event;
 * - lengths of visits and slides are measured on a monotonic clock by the
 *   show, so a clock change never makes one negative; time on screen adds up
 *   the gaps between events, skipping any that runs backwards (the clock was
 *   set back) and stopping at `MAX_GAP_MS` (a page hidden or a PC asleep
 *   records nothing, and that is not time on screen);
 * - days and hours are the local wall clock's, so the day of the change to
 *   summer time has 23 hours and the day back 25.
 */
import type { Locale } from '../report/schema';
import { LOCALES } from '../report/locales';
import type { InsightEvent, RecoveryKind } from './events';
import { RECOVERY_KINDS } from './events';
import type { LocalClock } from './journal';

/** The longest silence still counted as time on screen: the loop records every cycle well within it. */
export const MAX_GAP_MS = 2 * 3600 * 1000;

export type VisitEnding = 'idle' | 'back' | 'interrupted';

export interface Visit {
  /** Wall-clock time of the waking touch. */
  readonly t: number;
  readonly day: string;
  readonly hour: number;
  /** Time with the visitor: from the waking touch to the last touch (the idle wait left out). */
  readonly ms: number;
  /** From the waking touch to the return to the loop. */
  readonly totalMs: number;
  readonly ended: VisitEnding;
  readonly startLocale: Locale;
  /** Slides seen, in order (a slide seen twice appears twice). */
  readonly slides: readonly string[];
  readonly panels: number;
  readonly languageSwitches: number;
  readonly marks: number;
}

export interface SlideInterest {
  readonly slide: string;
  /** Times it was seen in a visit. */
  readonly views: number;
  /** Total time visitors spent on it. */
  readonly ms: number;
}

export interface Totals {
  readonly onScreenMs: number;
  readonly starts: number;
  readonly loops: number;
  readonly visits: number;
  /** Median time with the visitor (see `Visit.ms`). */
  readonly medianVisitMs: number;
  /** Visits by the local hour they began, 0–23. */
  readonly visitsByHour: readonly number[];
  /** Most explored first (by time spent, then views). */
  readonly slides: readonly SlideInterest[];
  /** Time visitors spent reading in each language. */
  readonly localeMs: Readonly<Record<Locale, number>>;
  readonly panels: number;
  readonly languageSwitches: number;
  readonly marks: number;
  readonly recoveries: Readonly<Record<RecoveryKind, number>>;
}

export interface DayTotals extends Totals {
  readonly day: string;
}

export interface InsightSummary {
  /** The local day the summary was made on. */
  readonly today: string;
  readonly todayTotals: Totals;
  readonly period: Totals & { readonly from: string; readonly to: string; readonly days: number };
  readonly byDay: readonly DayTotals[];
  readonly visits: readonly Visit[];
  /** Journal lines that could not be read (torn by a power cut, or edited). */
  readonly skippedLines: number;
}

interface Bucket {
  onScreenMs: number;
  starts: number;
  loops: number;
  visits: Visit[];
  slides: Map<string, { views: number; ms: number }>;
  localeMs: Record<Locale, number>;
  panels: number;
  languageSwitches: number;
  marks: number;
  recoveries: Record<RecoveryKind, number>;
}

function emptyBucket(): Bucket {
  return {
    onScreenMs: 0,
    starts: 0,
    loops: 0,
    visits: [],
    slides: new Map(),
    localeMs: Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>,
    panels: 0,
    languageSwitches: 0,
    marks: 0,
    recoveries: Object.fromEntries(RECOVERY_KINDS.map((k) => [k, 0])) as Record<RecoveryKind, number>,
  };
}

interface OpenVisit {
  t: number;
  last: number;
  startLocale: Locale;
  slides: string[];
  panels: number;
  languageSwitches: number;
  marks: number;
}

/** The visits in a stream of events, in order. */
export function visitsOf(events: readonly InsightEvent[], clock: LocalClock): Visit[] {
  const visits: Visit[] = [];
  let open: OpenVisit | undefined;
  const close = (ended: VisitEnding, totalMs: number, idleMs = 0) => {
    if (!open) return;
    visits.push({
      t: open.t,
      day: clock.day(open.t),
      hour: clock.hour(open.t),
      ms: Math.max(0, totalMs - idleMs),
      totalMs,
      ended,
      startLocale: open.startLocale,
      slides: open.slides,
      panels: open.panels,
      languageSwitches: open.languageSwitches,
      marks: open.marks,
    });
    open = undefined;
  };
  const interrupt = () => close('interrupted', open ? Math.max(0, open.last - open.t) : 0);
  for (const event of events) {
    switch (event.type) {
      case 'start':
      case 'stop':
        interrupt();
        break;
      case 'wake':
        interrupt();
        open = {
          t: event.t,
          last: event.t,
          startLocale: event.locale,
          slides: [],
          panels: 0,
          languageSwitches: 0,
          marks: 0,
        };
        break;
      case 'end':
        close(event.how, event.ms, event.idleMs);
        break;
      default:
        if (!open) break;
        open.last = Math.max(open.last, event.t);
        if (event.type === 'slide') open.slides.push(event.slide);
        else if (event.type === 'panel') open.panels++;
        else if (event.type === 'language') open.languageSwitches++;
        else if (event.type === 'mark') open.marks++;
    }
  }
  interrupt();
  return visits;
}

/** Statistics of the whole journal, with `now` deciding which day is today. */
export function summarize(
  events: readonly InsightEvent[],
  clock: LocalClock,
  now: number,
  skippedLines = 0,
): InsightSummary {
  const buckets = new Map<string, Bucket>();
  const bucket = (day: string) => {
    let found = buckets.get(day);
    if (!found) buckets.set(day, (found = emptyBucket()));
    return found;
  };

  // Time on screen: the gaps between consecutive events of one session.
  let previous: InsightEvent | undefined;
  for (const event of events) {
    const sameSession = previous !== undefined && previous.type !== 'stop' && event.type !== 'start';
    if (sameSession && previous) {
      const gap = event.t - previous.t;
      if (gap > 0) bucket(clock.day(previous.t)).onScreenMs += Math.min(gap, MAX_GAP_MS);
    }
    previous = event;
    const b = bucket(clock.day(event.t));
    switch (event.type) {
      case 'start':
        b.starts++;
        break;
      case 'loop':
        b.loops++;
        break;
      case 'slide': {
        const s = b.slides.get(event.slide) ?? { views: 0, ms: 0 };
        s.views++;
        s.ms += event.ms;
        b.slides.set(event.slide, s);
        b.localeMs[event.locale] += event.ms;
        break;
      }
      case 'panel':
        b.panels++;
        break;
      case 'language':
        b.languageSwitches++;
        break;
      case 'mark':
        b.marks++;
        break;
      case 'recovery':
        b.recoveries[event.kind]++;
        break;
      default:
        break;
    }
  }
  const visits = visitsOf(events, clock);
  for (const visit of visits) bucket(visit.day).visits.push(visit);

  const today = clock.day(now);
  const days = [...buckets.keys()].sort();
  const byDay = days.map((day) => ({ day, ...totalsOf([bucket(day)]) }));
  const all = days.map((day) => bucket(day));
  return {
    today,
    todayTotals: totalsOf(buckets.has(today) ? [bucket(today)] : []),
    period: { ...totalsOf(all), from: days[0] ?? today, to: days.at(-1) ?? today, days: days.length },
    byDay,
    visits,
    skippedLines,
  };
}

function totalsOf(buckets: readonly Bucket[]): Totals {
  const visits = buckets.flatMap((b) => b.visits);
  const byHour = Array.from({ length: 24 }, () => 0);
  for (const v of visits) byHour[v.hour] = (byHour[v.hour] ?? 0) + 1;
  const slides = new Map<string, { views: number; ms: number }>();
  for (const b of buckets)
    for (const [slide, s] of b.slides) {
      const sum = slides.get(slide) ?? { views: 0, ms: 0 };
      slides.set(slide, { views: sum.views + s.views, ms: sum.ms + s.ms });
    }
  const sum = (pick: (b: Bucket) => number) => buckets.reduce((total, b) => total + pick(b), 0);
  return {
    onScreenMs: sum((b) => b.onScreenMs),
    starts: sum((b) => b.starts),
    loops: sum((b) => b.loops),
    visits: visits.length,
    medianVisitMs: median(visits.map((v) => v.ms)),
    visitsByHour: byHour,
    slides: [...slides.entries()]
      .map(([slide, s]) => ({ slide, ...s }))
      .sort((a, b) => b.ms - a.ms || b.views - a.views || a.slide.localeCompare(b.slide)),
    localeMs: Object.fromEntries(LOCALES.map((l) => [l, sum((b) => b.localeMs[l])])) as Record<
      Locale,
      number
    >,
    panels: sum((b) => b.panels),
    languageSwitches: sum((b) => b.languageSwitches),
    marks: sum((b) => b.marks),
    recoveries: Object.fromEntries(RECOVERY_KINDS.map((k) => [k, sum((b) => b.recoveries[k])])) as Record<
      RecoveryKind,
      number
    >,
  };
}

/** The median of some numbers, 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : Math.round(((sorted[mid - 1] ?? 0) + upper) / 2);
}
