import { describe, expect, it } from 'vitest';
import { syntheticWeek } from '../testing/insight-week';
import type { InsightEvent } from './events';
import { encodeLine, localClock, parseJournal } from './journal';
import { MAX_GAP_MS, median, summarize, visitsOf } from './stats';

const rome = localClock('Europe/Rome');
/** 09:00 in Rome on a given day (UTC+1 in winter, +2 in summer). */
const nineInRome = (iso: string, summer: boolean) => Date.parse(`${iso}T0${summer ? 7 : 8}:00:00Z`);

describe('median', () => {
  it.each([
    [[], 0],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 3],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('a synthetic fair week', () => {
  const { events, tally } = syntheticWeek({
    start: nineInRome('2026-05-11', true),
    days: 7,
    openHours: 9,
    visitEveryMinutes: 6,
    powerCutDays: [2, 5],
  });
  const summary = summarize(events, rome, tally[6]!.lastEventAt);

  it('counts each day as the generator made it', () => {
    expect(summary.byDay.map((d) => d.day)).toEqual([
      '2026-05-11',
      '2026-05-12',
      '2026-05-13',
      '2026-05-14',
      '2026-05-15',
      '2026-05-16',
      '2026-05-17',
    ]);
    summary.byDay.forEach((day, i) => {
      const expected = tally[i]!;
      expect(day.visits, day.day).toBe(expected.visits);
      expect(day.loops, day.day).toBe(expected.loops);
      expect(day.medianVisitMs, day.day).toBe(median(expected.lengths));
      expect(day.onScreenMs, day.day).toBe(expected.lastEventAt - expected.openedAt);
      expect(day.starts).toBe(1);
    });
  });

  it('closes a visit cut by a power failure as interrupted, without losing the next day', () => {
    const endings = (day: string) => summary.visits.filter((v) => v.day === day).map((v) => v.ended);
    expect(endings('2026-05-13').filter((e) => e === 'interrupted')).toHaveLength(1);
    expect(endings('2026-05-13').at(-1)).toBe('interrupted');
    expect(endings('2026-05-14')).not.toContain('interrupted');
    expect(summary.visits.filter((v) => v.ended === 'idle')).toHaveLength(
      tally.reduce((s, d) => s + d.idleEndings, 0),
    );
  });

  it('adds up the period and leaves the idle wait out of a visit length', () => {
    expect(summary.period.visits).toBe(tally.reduce((s, d) => s + d.visits, 0));
    expect(summary.period.days).toBe(7);
    expect(summary.todayTotals.visits).toBe(tally[6]!.visits);
    const waits = new Set(summary.visits.map((v) => v.totalMs - v.ms));
    expect(waits).toEqual(new Set([0, 70_000]));
  });

  it('puts visits in the local hours the stand was open, and ranks the slides by time spent', () => {
    const byHour = summary.period.visitsByHour;
    expect(byHour.slice(0, 9).every((n) => n === 0)).toBe(true);
    expect(byHour.slice(9, 18).every((n) => n > 0)).toBe(true);
    expect(byHour.slice(18).every((n) => n === 0)).toBe(true);
    const slides = summary.period.slides;
    expect(slides.map((s) => s.ms)).toEqual([...slides.map((s) => s.ms)].sort((a, b) => b - a));
    expect(slides.reduce((s, x) => s + x.views, 0)).toBe(3 * summary.period.visits);
  });
});

describe('clock changes at daylight saving', () => {
  it('the night the clocks go back (25-hour day) keeps every visit and the hour that happens twice', () => {
    // Europe/Rome, 25 October 2026: 03:00 summer time becomes 02:00 winter time.
    const start = Date.parse('2026-10-24T22:00:00Z'); // 00:00 in Rome, summer time
    const { events } = syntheticWeek({ start, days: 1, openHours: 25, visitEveryMinutes: 30 });
    const summary = summarize(events, rome, start + 12 * 3600_000);
    const oct25 = summary.byDay.find((d) => d.day === '2026-10-25')!;
    // 00:00–02:00 (2 h) + 02:00–03:00 twice + 03:00–24:00 in local hours: hour 2 gets both visits.
    expect(oct25.visitsByHour[2]).toBe(4);
    expect(oct25.visitsByHour[1]).toBe(2);
    expect(oct25.visitsByHour[0]).toBe(1);
    expect(oct25.onScreenMs).toBe(25 * 3600_000);
    expect(summary.byDay.map((d) => d.day)).toEqual(['2026-10-25', '2026-10-26']);
  });

  it('the night the clocks go forward (23-hour day) has no 02:00 hour and nothing lost', () => {
    // Europe/Rome, 29 March 2026: 02:00 winter time becomes 03:00 summer time.
    const start = Date.parse('2026-03-28T23:00:00Z'); // 00:00 in Rome, winter time
    const { events, tally } = syntheticWeek({ start, days: 1, openHours: 23, visitEveryMinutes: 30 });
    const summary = summarize(events, rome, start);
    const mar29 = summary.byDay.find((d) => d.day === '2026-03-29')!;
    expect(mar29.visitsByHour[2]).toBe(0);
    expect(mar29.visitsByHour[3]).toBe(2);
    expect(mar29.visits).toBe(tally[0]!.visits);
    expect(mar29.onScreenMs).toBe(23 * 3600_000);
  });

  it('a clock set back by hand neither loses nor invents time on screen', () => {
    const t = Date.parse('2026-05-11T10:00:00Z');
    const events: InsightEvent[] = [
      { type: 'start', t, mode: 'kiosk', version: '1', source: 'bundled' },
      { type: 'loop', t: t + 60_000 },
      { type: 'loop', t: t - 3_600_000 }, // set back an hour
      { type: 'loop', t: t - 3_540_000 },
      { type: 'loop', t: t + 10 * 3_600_000 }, // a silence longer than the cap: asleep
    ];
    expect(summarize(events, rome, t).period.onScreenMs).toBe(60_000 + 60_000 + MAX_GAP_MS);
  });
});

describe('restarts and power cuts mid-write', () => {
  const t = Date.parse('2026-05-11T10:00:00Z');
  const start = (at: number): InsightEvent => ({
    type: 'start',
    t: at,
    mode: 'kiosk',
    version: '1',
    source: 'bundled',
  });

  it.each<[string, InsightEvent[], string[]]>([
    [
      'a restart in the middle of a visit',
      [
        start(t),
        { type: 'wake', t: t + 1000, locale: 'it' },
        start(t + 5000),
        { type: 'wake', t: t + 6000, locale: 'en' },
        { type: 'end', t: t + 9000, how: 'back', ms: 3000, idleMs: 0 },
      ],
      ['interrupted', 'back'],
    ],
    [
      'a wake with no end before the next wake',
      [start(t), { type: 'wake', t: t + 1000, locale: 'it' }, { type: 'wake', t: t + 6000, locale: 'en' }],
      ['interrupted', 'interrupted'],
    ],
    [
      'an end with no visit open',
      [start(t), { type: 'end', t: t + 9000, how: 'idle', ms: 3000, idleMs: 1000 }],
      [],
    ],
  ])('%s', (_name, events, endings) => {
    expect(visitsOf(events, rome).map((v) => v.ended)).toEqual(endings);
  });

  it('a torn last line costs that one event, and the day still adds up', () => {
    const { events } = syntheticWeek({
      start: t,
      days: 1,
      openHours: 4,
      visitEveryMinutes: 5,
      powerCutDays: [0],
    });
    const text = events.map(encodeLine).join('');
    const torn = text.slice(0, text.length - 17);
    const parsed = parseJournal(torn);
    expect(parsed.skipped).toBe(1);
    expect(parsed.events).toEqual(events.slice(0, -1));
    const summary = summarize(parsed.events, rome, t, parsed.skipped);
    expect(summary.skippedLines).toBe(1);
    expect(summary.period.visits).toBe(visitsOf(events, rome).length);
  });
});

describe('recoveries', () => {
  const t = Date.parse('2026-05-11T10:00:00Z');
  const line = (kind: string, at: number) => `${JSON.stringify({ type: 'recovery', t: at, kind })}\n`;

  it.each<[string, string[], Partial<Record<string, number>>]>([
    [
      'each kind apart',
      ['crash', 'hang', 'hang', 'gpu', 'safe_screen', 'repaint'],
      { crash: 1, hang: 2, gpu: 1 },
    ],
    // Journals written before crashes and hangs were told apart say `renderer` for both.
    [
      'an old journal’s renderer recoveries, as crashes',
      ['renderer', 'renderer', 'hang'],
      { crash: 2, hang: 1 },
    ],
    ['an unknown kind, skipped as a foreign line', ['reboot', 'crash'], { crash: 1 }],
  ])('%s', (_name, kinds, expected) => {
    const parsed = parseJournal(kinds.map((kind, i) => line(kind, t + i * 1000)).join(''));
    const summary = summarize(parsed.events, rome, t, parsed.skipped);
    const counted = { crash: 0, hang: 0, gpu: 0, safe_screen: 0, repaint: 0, ...expected };
    counted.safe_screen = kinds.filter((k) => k === 'safe_screen').length;
    counted.repaint = kinds.filter((k) => k === 'repaint').length;
    expect(summary.period.recoveries).toEqual(counted);
    expect(summary.todayTotals.recoveries).toEqual(counted);
    expect(summary.skippedLines).toBe(kinds.filter((k) => k === 'reboot').length);
  });
});
