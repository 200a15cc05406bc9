import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticWeek } from '../testing/insight-week';
import { csvField, DAILY_COLUMNS, dailyCsv, VISIT_COLUMNS, visitsCsv } from './csv';
import { localClock } from './journal';
import { summarize } from './stats';

const rome = localClock('Europe/Rome');

describe('csv fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    [12, '12'],
  ])('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('the export', () => {
  const start = Date.parse('2026-05-11T07:00:00Z');
  const { events, tally } = syntheticWeek({
    start,
    days: 2,
    openHours: 8,
    visitEveryMinutes: 10,
    powerCutDays: [1],
  });
  const summary = summarize(events, rome, start);

  it('visits.csv has the documented header and one row per visit', () => {
    const rows = visitsCsv(summary, rome).trimEnd().split('\r\n');
    expect(rows[0]).toBe(VISIT_COLUMNS.join(','));
    expect(rows).toHaveLength(1 + tally[0]!.visits + tally[1]!.visits);
    const first = Object.fromEntries(VISIT_COLUMNS.map((c, i) => [c, rows[1]!.split(',')[i]]));
    expect(first).toMatchObject({ date: '2026-05-11', start: '09:10', ended: 'back', start_language: 'it' });
    expect(rows.at(-1)).toContain(',interrupted,');
  });

  it('daily.csv has one row per day, with the hours on screen and the language shares', () => {
    const rows = dailyCsv(summary).trimEnd().split('\r\n');
    expect(rows[0]).toBe(DAILY_COLUMNS.join(','));
    const day = Object.fromEntries(DAILY_COLUMNS.map((c, i) => [c, rows[1]!.split(',')[i]]));
    expect(day).toMatchObject({
      date: '2026-05-11',
      hours_on_screen: '8.0',
      visits: String(tally[0]!.visits),
    });
    expect(Number(day.it_share_pct) + Number(day.en_share_pct)).toBe(100);
  });
});

describe('recoveries in daily.csv', () => {
  const t = Date.parse('2026-05-11T10:00:00Z');
  const kinds = ['crash', 'hang', 'hang', 'gpu', 'safe_screen', 'crash', 'hang'] as const;
  const summary = summarize(
    kinds.map((kind, i) => ({ type: 'recovery', t: t + i * 1000, kind })),
    rome,
    t,
  );

  it('counts crashes and hangs apart', () => {
    const rows = dailyCsv(summary).trimEnd().split('\r\n');
    const day = Object.fromEntries(DAILY_COLUMNS.map((c, i) => [c, rows[1]!.split(',')[i]]));
    expect(day).toMatchObject({
      recoveries_crash: '2',
      recoveries_hang: '3',
      recoveries_gpu: '1',
      recoveries_safe_screen: '1',
      recoveries_repaint: '0',
    });
  });

  it('keeps every earlier column in its place: crashes where crashes and hangs were, hangs added last', () => {
    // recoveries_renderer was the 15th column, followed by these up to top_slide.
    expect(DAILY_COLUMNS.slice(14)).toEqual([
      'recoveries_crash',
      'recoveries_safe_screen',
      'recoveries_gpu',
      'recoveries_repaint',
      'top_slide',
      'recoveries_hang',
    ]);
  });
});

describe('the README', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const section = readme.slice(
    readme.indexOf('### Visitor insight'),
    readme.indexOf('### What the app does by itself'),
  );
  it.each([...VISIT_COLUMNS, ...DAILY_COLUMNS])('documents the column %s', (column) => {
    expect(section).toContain(`\`${column}\``);
  });
});
