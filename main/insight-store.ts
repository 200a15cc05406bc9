/**
 * The insight journal on disk: `userData/insight/insight-YYYY-MM-DD.jsonl`,
 * append-only, one event per line, each line written with one append call so
 * a power cut can tear only the line being written. The format's rules (torn
 * line repair, size cap, oldest days first) are in app/insight/journal.ts;
 * this file only knows the disk.
 *
 * Recording must never cost the show: every failure (a full disk, a file
 * locked by an antivirus) drops the event being written, is logged once while
 * it lasts, and the next events are tried again. Nothing here throws.
 */
import { appendFileSync } from 'node:fs';
import { appendFile, mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  encodeLine,
  dayFileName,
  dayOfFile,
  daysToDrop,
  parseJournal,
  repairPrefix,
  todayIsFull,
  type LocalClock,
  type ParsedJournal,
  type StoredDay,
} from '../app/insight/journal';
import type { InsightEvent } from '../app/insight/events';
import type { Logger } from './log';

/** The file operations the journal uses: node:fs in the app, a fake in the full-disk tests. */
export interface JournalDisk {
  appendFile(file: string, text: string): Promise<void>;
  /** Appends synchronously: for the last line written while the app quits. */
  appendFileSync(file: string, text: string): void;
  readFile(file: string): Promise<string>;
  /** The file's last character, or undefined for an empty or missing file. */
  lastChar(file: string): Promise<string | undefined>;
  list(dir: string): Promise<string[]>;
  size(file: string): Promise<number>;
  remove(file: string): Promise<void>;
  makeDir(dir: string): Promise<void>;
}

export const nodeDisk: JournalDisk = {
  appendFile: (file, text) => appendFile(file, text, 'utf8'),
  appendFileSync: (file, text) => appendFileSync(file, text, 'utf8'),
  readFile: (file) => readFile(file, 'utf8'),
  lastChar: async (file) => {
    let handle;
    try {
      handle = await open(file, 'r');
      const { size } = await handle.stat();
      if (size === 0) return undefined;
      const buffer = Buffer.alloc(1);
      await handle.read(buffer, 0, 1, size - 1);
      return buffer.toString('latin1');
    } catch {
      return undefined;
    } finally {
      await handle?.close();
    }
  },
  list: async (dir) => {
    try {
      return await readdir(dir);
    } catch {
      return [];
    }
  },
  size: async (file) => (await stat(file)).size,
  remove: (file) => rm(file, { force: true }),
  makeDir: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
};

export interface JournalOptions {
  readonly dir: string;
  readonly clock: LocalClock;
  readonly capBytes: number;
  readonly log: Logger;
  readonly disk?: JournalDisk;
}

export class InsightJournal {
  readonly #dir: string;
  readonly #clock: LocalClock;
  readonly #cap: number;
  readonly #log: Logger;
  readonly #disk: JournalDisk;
  /** Bytes per stored day, read from the folder once, then kept up to date. */
  #days: Map<string, number> | undefined;
  /** Days whose file may end mid-line (not yet checked in this run, or after a failed write). */
  readonly #unchecked = new Set<string>();
  #queue: Promise<void> = Promise.resolve();
  #failing = false;
  #dropped = 0;
  #capLogged = false;

  constructor(options: JournalOptions) {
    this.#dir = options.dir;
    this.#clock = options.clock;
    this.#cap = options.capBytes;
    this.#log = options.log;
    this.#disk = options.disk ?? nodeDisk;
  }

  /** Events dropped by failed writes since start. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Appends events in order, one line each; resolves when written (or dropped). Never rejects. */
  append(events: readonly InsightEvent[]): Promise<void> {
    const run = this.#queue.then(async () => {
      for (const event of events) await this.#write(event);
    });
    this.#queue = run.catch(() => {});
    return this.#queue;
  }

  /** Appends one event synchronously (the quit, when no promise will be waited for). */
  appendNow(event: InsightEvent): void {
    const day = this.#clock.day(event.t);
    try {
      this.#disk.appendFileSync(path.join(this.#dir, dayFileName(day)), `\n${encodeLine(event)}`);
    } catch {
      // Quitting: there is no later write to tell about it.
    }
  }

  /** Every stored event, oldest day first, and how many lines could not be read. */
  async readAll(): Promise<ParsedJournal> {
    await this.#queue;
    const days = (await this.#disk.list(this.#dir))
      .map(dayOfFile)
      .filter((d): d is string => d !== undefined);
    const events: InsightEvent[] = [];
    let skipped = 0;
    for (const day of days.sort()) {
      try {
        const parsed = parseJournal(await this.#disk.readFile(path.join(this.#dir, dayFileName(day))));
        events.push(...parsed.events);
        skipped += parsed.skipped;
      } catch {
        skipped++;
      }
    }
    return { events, skipped };
  }

  async #write(event: InsightEvent): Promise<void> {
    const day = this.#clock.day(event.t);
    const file = path.join(this.#dir, dayFileName(day));
    try {
      const days = await this.#stored();
      let line = encodeLine(event);
      if (!days.has(day) || this.#unchecked.has(day)) {
        line = repairPrefix(await this.#disk.lastChar(file)) + line;
      }
      if (!(await this.#makeRoom(days, day, line.length))) return this.#drop();
      await this.#disk.appendFile(file, line);
      this.#unchecked.delete(day);
      days.set(day, (days.get(day) ?? 0) + Buffer.byteLength(line));
      if (this.#failing) {
        this.#failing = false;
        this.#log.info(`insight: recording again (${this.#dropped} event(s) lost so far)`);
      }
    } catch (error) {
      // The write may have left part of a line: the next one starts on a fresh line.
      this.#unchecked.add(day);
      this.#drop();
      if (!this.#failing) {
        this.#failing = true;
        const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'error';
        const why = code === 'ENOSPC' ? 'the disk is full' : `the file cannot be written (${code})`;
        this.#log.error(`insight: ${why}; the show goes on, visits are not recorded until this clears`);
      }
    }
  }

  #drop(): void {
    this.#dropped++;
  }

  async #stored(): Promise<Map<string, number>> {
    if (this.#days) return this.#days;
    await this.#disk.makeDir(this.#dir);
    const days = new Map<string, number>();
    for (const name of await this.#disk.list(this.#dir)) {
      const day = dayOfFile(name);
      if (day) days.set(day, await this.#disk.size(path.join(this.#dir, name)).catch(() => 0));
    }
    for (const day of days.keys()) this.#unchecked.add(day);
    this.#days = days;
    return days;
  }

  /** Drops the oldest days to fit `bytes` more; false if today alone is at the cap. */
  async #makeRoom(days: Map<string, number>, today: string, bytes: number): Promise<boolean> {
    const stored: StoredDay[] = [...days].map(([day, size]) => ({ day, bytes: size }));
    for (const day of daysToDrop(stored, today, bytes, this.#cap)) {
      await this.#disk.remove(path.join(this.#dir, dayFileName(day)));
      days.delete(day);
      this.#log.info(`insight: dropped the records of ${day} to stay within the size cap`);
    }
    if (todayIsFull(days.get(today) ?? 0, bytes, this.#cap)) {
      if (!this.#capLogged) {
        this.#capLogged = true;
        this.#log.warn(
          `insight: the records of ${today} reached the size cap; later events today are not kept`,
        );
      }
      return false;
    }
    return true;
  }
}
