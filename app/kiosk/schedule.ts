/** The nightly soft reload: when is the next "HH:MM" in local time. */

export interface ClockTime {
  readonly hours: number;
  readonly minutes: number;
}

/** "04:30" → { hours: 4, minutes: 30 }; '' or anything else → undefined (no reload). */
export function parseClockTime(text: string): ClockTime | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return undefined;
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/**
 * Milliseconds from `now` to the next local `time`, strictly in the future.
 * Built from calendar fields rather than adding 24 h, so a change to or from
 * daylight saving time still lands on the wall-clock time.
 */
export function msUntilNext(time: ClockTime, now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), time.hours, time.minutes, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}
