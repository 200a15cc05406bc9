import { describe, expect, it } from 'vitest';
import { msUntilNext, parseClockTime } from './schedule';

const MIN = 60_000;

describe('parseClockTime', () => {
  it.each([
    ['04:30', { hours: 4, minutes: 30 }],
    ['00:00', { hours: 0, minutes: 0 }],
    ['23:59', { hours: 23, minutes: 59 }],
    ['', undefined],
    ['24:00', undefined],
    ['4:30', undefined],
    ['04:60', undefined],
  ])('%j → %j', (text, expected) => {
    expect(parseClockTime(text)).toEqual(expected);
  });
});

describe('msUntilNext', () => {
  it.each([
    ['later today', new Date(2026, 10, 25, 3, 0), { hours: 4, minutes: 0 }, 60 * MIN],
    [
      'tomorrow, when the time has passed',
      new Date(2026, 10, 25, 5, 0),
      { hours: 4, minutes: 0 },
      23 * 60 * MIN,
    ],
    [
      'tomorrow, when it is that minute now',
      new Date(2026, 10, 25, 4, 0),
      { hours: 4, minutes: 0 },
      24 * 60 * MIN,
    ],
    ['across a month end', new Date(2026, 10, 30, 23, 30), { hours: 0, minutes: 15 }, 45 * MIN],
  ])('%s', (_case, now, time, expected) => {
    expect(msUntilNext(time, now)).toBe(expected);
  });

  it('is always in the future and within a day and an hour', () => {
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const now = new Date(2026, 2, 29, 0, minute, 13);
      const ms = msUntilNext({ hours: 3, minutes: 0 }, now);
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(25 * 60 * MIN);
    }
  });
});
