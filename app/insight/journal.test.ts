import { describe, expect, it } from 'vitest';
import {
  dayFileName,
  dayOfFile,
  daysToDrop,
  encodeLine,
  localClock,
  parseJournal,
  repairPrefix,
} from './journal';
import { isInsightEvent, type InsightEvent } from './events';

const loop = (t: number): InsightEvent => ({ type: 'loop', t });

describe('journal lines', () => {
  it.each<[string, string, number, number]>([
    ['whole lines', encodeLine(loop(1)) + encodeLine(loop(2)), 2, 0],
    ['a torn last line', encodeLine(loop(1)) + '{"type":"lo', 1, 1],
    [
      'a torn line then a fresh one after the repair',
      encodeLine(loop(1)) + '{"type":"lo' + repairPrefix('o') + encodeLine(loop(3)),
      2,
      1,
    ],
    ['a foreign line', encodeLine(loop(1)) + '{"type":"visitor","name":"Maria"}\n', 1, 1],
    ['coordinates are not an event', '{"type":"mark","t":1,"slide":"a","mark":"b","x":120,"y":300}\n', 0, 1],
    ['free text is not an id', '{"type":"mark","t":1,"slide":"a","mark":"Maria Rossi"}\n', 0, 1],
    ['empty', '', 0, 0],
  ])('%s', (_name, text, events, skipped) => {
    const parsed = parseJournal(text);
    expect(parsed.events).toHaveLength(events);
    expect(parsed.skipped).toBe(skipped);
  });

  it.each([
    [undefined, ''],
    ['\n', ''],
    ['}', '\n'],
  ])('after a file ending in %j, the next line starts with %j', (last, prefix) => {
    expect(repairPrefix(last)).toBe(prefix);
  });

  it('an encoded event reads back as itself', () => {
    const event: InsightEvent = { type: 'end', t: 5, how: 'idle', ms: 4, idleMs: 2 };
    expect(isInsightEvent(JSON.parse(encodeLine(event)))).toBe(true);
    expect(parseJournal(encodeLine(event)).events).toEqual([event]);
  });
});

describe('day files', () => {
  it.each([
    ['insight-2026-05-11.jsonl', '2026-05-11'],
    ['insight-2026-05-11.jsonl.tmp', undefined],
    ['main.log', undefined],
  ])('%s holds the day %s', (name, day) => {
    expect(dayOfFile(name)).toBe(day);
  });

  it('names and reads back', () => {
    expect(dayOfFile(dayFileName('2026-12-31'))).toBe('2026-12-31');
    expect(() => dayFileName('../etc')).toThrow();
  });

  it('the local day follows the time zone', () => {
    const t = Date.parse('2026-05-11T22:30:00Z');
    expect(localClock('Europe/Rome').day(t)).toBe('2026-05-12');
    expect(localClock('Europe/Rome').time(t)).toBe('00:30');
    expect(localClock('UTC').day(t)).toBe('2026-05-11');
  });
});

describe('the size cap', () => {
  const days = [
    { day: '2026-05-13', bytes: 300 },
    { day: '2026-05-11', bytes: 300 },
    { day: '2026-05-12', bytes: 300 },
  ];
  it.each<[number, number, string, string[]]>([
    [1000, 50, '2026-05-13', []],
    [900, 50, '2026-05-13', ['2026-05-11']],
    [500, 50, '2026-05-13', ['2026-05-11', '2026-05-12']],
    [100, 50, '2026-05-13', ['2026-05-11', '2026-05-12']],
  ])(
    'cap %d, %d more bytes today (%s): drops %j, oldest first, never today',
    (cap, incoming, today, drop) => {
      expect(daysToDrop(days, today, incoming, cap)).toEqual(drop);
    },
  );
});
