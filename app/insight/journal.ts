/**
 * The journal's format: one JSON event per line, one file (or storage key)
 * per local day, oldest days dropped first past a size cap. Each line is
 * written whole, so a power cut can tear only the line being written; reading
 * skips any line that is not a whole, valid event, and the next write starts
 * on a fresh line, so a torn line never spoils the ones around it.
 */
import { InsightEventSchema, type InsightEvent } from './events';

/** The cap on the journal, all days together: a fair's month of busy days fits many times over. */
export const DEFAULT_CAP_BYTES = 20 * 1024 * 1024;
/** Browsers give an origin about 5 MB of localStorage, shared with nothing else of ours. */
export const WEB_CAP_BYTES = 2 * 1024 * 1024;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const FILE = /^insight-(\d{4}-\d{2}-\d{2})\.jsonl$/;

/** Local calendar day and hour of a wall-clock time. */
export interface LocalClock {
  /** "YYYY-MM-DD" */
  day(t: number): string;
  /** 0–23 */
  hour(t: number): number;
  /** "HH:MM", 24-hour */
  time(t: number): string;
}

/**
 * The local day and hour in `timeZone` (the system's when undefined). At the
 * change to summer time an hour is missing from the day, at the change back
 * an hour happens twice: both are counted where the wall clock says.
 */
export function localClock(timeZone?: string): LocalClock {
  // Made at the first question, not here: the first date format loads the time zone data, about
  // 90 ms of a page's start on a 2-core machine, while the first event is written seconds later.
  let format: Intl.DateTimeFormat | undefined;
  const formatter = () =>
    (format ??= new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }));
  // Formatting is slow next to everything else here (a busy month is ~75 000 events), and every
  // time zone's offset is a whole number of quarter hours: one format per quarter hour suffices.
  const QUARTER = 15 * 60_000;
  const cache = new Map<number, { day: string; hour: number; hh: string; minute: number }>();
  const slotOf = (t: number) => {
    const slot = Math.floor(t / QUARTER);
    let entry = cache.get(slot);
    if (!entry) {
      const map: Record<string, string> = {};
      for (const part of formatter().formatToParts(slot * QUARTER)) map[part.type] = part.value;
      entry = {
        day: `${map.year}-${map.month}-${map.day}`,
        hour: Number(map.hour) % 24,
        hh: map.hour ?? '00',
        minute: Number(map.minute),
      };
      if (cache.size > 50_000) cache.clear();
      cache.set(slot, entry);
    }
    return { entry, offset: Math.floor((t - slot * QUARTER) / 60_000) };
  };
  return {
    day: (t) => slotOf(t).entry.day,
    hour: (t) => slotOf(t).entry.hour,
    time: (t) => {
      const { entry, offset } = slotOf(t);
      return `${entry.hh}:${String(entry.minute + offset).padStart(2, '0')}`;
    },
  };
}

/** One event as one line, newline included. */
export function encodeLine(event: InsightEvent): string {
  return `${JSON.stringify(event)}\n`;
}

export interface ParsedJournal {
  readonly events: InsightEvent[];
  /** Lines that were not a whole, valid event (a torn last line after a power cut, a foreign edit). */
  readonly skipped: number;
}

/** Reads a day's text; never throws. */
export function parseJournal(text: string): ParsedJournal {
  const events: InsightEvent[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const parsed = InsightEventSchema.safeParse(value);
    if (parsed.success) events.push(parsed.data);
    else skipped++;
  }
  return { events, skipped };
}

/** Text to write before the next line so it starts fresh: a newline if the file ends mid-line. */
export function repairPrefix(lastChar: string | undefined): string {
  return lastChar === undefined || lastChar === '\n' ? '' : '\n';
}

/** The file (or storage key) holding a day's events. */
export function dayFileName(day: string): string {
  if (!DAY.test(day)) throw new Error(`not a day: ${day}`);
  return `insight-${day}.jsonl`;
}

/** The day a journal file holds, or undefined for any other file. */
export function dayOfFile(name: string): string | undefined {
  return FILE.exec(name)?.[1];
}

export interface StoredDay {
  readonly day: string;
  readonly bytes: number;
}

/**
 * The days to delete so that the journal, with `incoming` more bytes for
 * `today`, stays within `capBytes`: oldest first, never today.
 */
export function daysToDrop(
  days: readonly StoredDay[],
  today: string,
  incoming: number,
  capBytes: number,
): string[] {
  let total = incoming + days.reduce((sum, d) => sum + d.bytes, 0);
  const drop: string[] = [];
  for (const d of [...days].sort((a, b) => a.day.localeCompare(b.day))) {
    if (total <= capBytes) break;
    if (d.day === today) continue;
    drop.push(d.day);
    total -= d.bytes;
  }
  return drop;
}

/** Whether today's own file has no room left even after every older day is gone. */
export function todayIsFull(todayBytes: number, incoming: number, capBytes: number): boolean {
  return todayBytes + incoming > capBytes;
}
