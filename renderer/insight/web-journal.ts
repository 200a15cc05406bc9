/**
 * The insight journal of a plain web build (a signage player, `chromium
 * --kiosk`): the same day-per-entry JSONL as the Electron host, in the
 * browser's localStorage (`kiosk-insight:YYYY-MM-DD`), with the same rules
 * (app/insight/journal.ts) and a cap sized for a browser's quota. `setItem`
 * replaces an entry whole, so a power cut keeps either the old day or the new
 * one. A full storage drops the batch, is logged once, and the show goes on.
 */
import type { InsightEvent } from '../../app/insight/events';
import {
  daysToDrop,
  encodeLine,
  parseJournal,
  todayIsFull,
  type LocalClock,
  type ParsedJournal,
} from '../../app/insight/journal';

/** The part of the Web Storage API the journal uses (so tests can pass a Map-backed one). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'kiosk-insight:';

export class WebJournal {
  #failing = false;
  #capLogged = false;

  constructor(
    private readonly storage: StorageLike,
    private readonly clock: LocalClock,
    private readonly capBytes: number,
    private readonly log: (message: string) => void,
  ) {}

  /** The days stored, with their sizes (UTF-16 code units: what the quota counts). */
  #days(): Map<string, number> {
    const days = new Map<string, number>();
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(PREFIX)) days.set(key.slice(PREFIX.length), this.storage.getItem(key)?.length ?? 0);
    }
    return days;
  }

  /** Appends events, each day's entry replaced in one `setItem`. Never throws. */
  append(events: readonly InsightEvent[]): void {
    const byDay = new Map<string, string>();
    for (const event of events) {
      const day = this.clock.day(event.t);
      byDay.set(day, (byDay.get(day) ?? '') + encodeLine(event));
    }
    for (const [day, lines] of byDay) {
      try {
        const days = this.#days();
        const stored = [...days].map(([d, bytes]) => ({ day: d, bytes }));
        for (const old of daysToDrop(stored, day, lines.length, this.capBytes)) {
          this.storage.removeItem(PREFIX + old);
          days.delete(old);
        }
        if (todayIsFull(days.get(day) ?? 0, lines.length, this.capBytes)) {
          if (!this.#capLogged) this.log(`insight: the records of ${day} reached the size cap`);
          this.#capLogged = true;
          continue;
        }
        this.storage.setItem(PREFIX + day, (this.storage.getItem(PREFIX + day) ?? '') + lines);
        if (this.#failing) this.log('insight: recording again');
        this.#failing = false;
      } catch (error) {
        // QuotaExceededError (storage full) or a storage the browser has turned off.
        if (!this.#failing) {
          this.log(
            `insight: the browser storage refused the records (${(error as Error).name}); the show goes on`,
          );
        }
        this.#failing = true;
      }
    }
  }

  /** Every stored event, oldest day first. */
  readAll(): ParsedJournal {
    const events: InsightEvent[] = [];
    let skipped = 0;
    for (const day of [...this.#days().keys()].sort()) {
      const parsed = parseJournal(this.storage.getItem(PREFIX + day) ?? '');
      events.push(...parsed.events);
      skipped += parsed.skipped;
    }
    return { events, skipped };
  }
}
