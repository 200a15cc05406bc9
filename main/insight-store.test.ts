import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InsightEvent } from '../app/insight/events';
import { encodeLine, localClock } from '../app/insight/journal';
import { InsightJournal, nodeDisk, type JournalDisk } from './insight-store';
import type { Logger } from './log';

const clock = localClock('Europe/Rome');
const T = Date.parse('2026-05-11T10:00:00Z');
const loop = (n: number): InsightEvent => ({ type: 'loop', t: T + n * 1000 });
const loops = (from: number, count: number) => Array.from({ length: count }, (_, i) => loop(from + i));

function fakeLog() {
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
  return { log, lines };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'insight-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the journal on disk', () => {
  it('appends one line per event to the local day file, and reads them back', async () => {
    const journal = new InsightJournal({ dir, clock, capBytes: 1e6, log: fakeLog().log });
    await journal.append(loops(0, 3));
    await journal.append([{ type: 'loop', t: Date.parse('2026-05-11T22:30:00Z') }]); // 00:30 on the 12th in Rome
    expect(readdirSync(dir).sort()).toEqual(['insight-2026-05-11.jsonl', 'insight-2026-05-12.jsonl']);
    expect(readFileSync(path.join(dir, 'insight-2026-05-11.jsonl'), 'utf8').split('\n')).toHaveLength(4);
    expect((await journal.readAll()).events).toHaveLength(4);
  });

  it('killed during a write: the next start loses only the torn line, and what follows is whole', async () => {
    // What a kill or power cut leaves: whole lines, then part of one.
    const whole = loops(0, 5).map(encodeLine).join('');
    writeFileSync(path.join(dir, 'insight-2026-05-11.jsonl'), whole + encodeLine(loop(5)).slice(0, 12));
    const journal = new InsightJournal({ dir, clock, capBytes: 1e6, log: fakeLog().log });
    await journal.append(loops(6, 3));
    const read = await journal.readAll();
    expect(read.skipped).toBe(1);
    expect(read.events).toEqual([...loops(0, 5), ...loops(6, 3)]);
  });

  it('keeps within the size cap by dropping the oldest days first', async () => {
    const { log, lines } = fakeLog();
    const line = encodeLine(loop(0)).length;
    for (const day of ['2026-05-08', '2026-05-09', '2026-05-10'])
      writeFileSync(path.join(dir, `insight-${day}.jsonl`), encodeLine(loop(0)).repeat(10));
    const journal = new InsightJournal({ dir, clock, capBytes: line * 15, log });
    await journal.append(loops(0, 3));
    expect(readdirSync(dir).sort()).toEqual(['insight-2026-05-10.jsonl', 'insight-2026-05-11.jsonl']);
    expect(lines.filter((l) => l.includes('dropped'))).toHaveLength(2);
  });

  it('stops recording today at the cap, says so once, and never deletes today', async () => {
    const { log, lines } = fakeLog();
    const line = encodeLine(loop(0)).length;
    const journal = new InsightJournal({ dir, clock, capBytes: line * 4, log });
    await journal.append(loops(0, 10));
    expect((await journal.readAll()).events).toHaveLength(4);
    expect(lines.filter((l) => l.includes('size cap'))).toHaveLength(1);
  });
});

/** node:fs with a disk that fills up after `room` bytes: a write past it writes what fits, then fails. */
function fillingDisk(room: number): JournalDisk & { full: boolean } {
  let used = 0;
  const disk = {
    ...nodeDisk,
    full: false,
    appendFile: async (file: string, text: string) => {
      if (disk.full || used + text.length > room) {
        // Node's fs reports ENOSPC (errno 28) with code 'ENOSPC'; a short write leaves the part that fit.
        const fits = Math.max(0, room - used);
        if (fits > 0) await nodeDisk.appendFile(file, text.slice(0, fits));
        used += fits;
        disk.full = true;
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
          errno: -28,
        });
      }
      used += text.length;
      await nodeDisk.appendFile(file, text);
    },
  };
  return disk;
}

describe('a full disk', () => {
  it('drops events while full, logs once, loses at most the torn one when room is back', async () => {
    const { log, lines } = fakeLog();
    const line = encodeLine(loop(0)).length;
    const disk = fillingDisk(line * 3 + 10);
    const journal = new InsightJournal({ dir, clock, capBytes: 1e6, log, disk });
    const appended = journal.append(loops(0, 6));
    await expect(appended).resolves.toBeUndefined();
    expect(lines.filter((l) => l.startsWith('error'))).toEqual([
      'error insight: the disk is full; the show goes on, visits are not recorded until this clears',
    ]);
    expect(journal.dropped).toBe(3);
    // Room again (the exhibitor freed space): recording resumes on a fresh line.
    disk.full = false;
    vi.spyOn(disk, 'appendFile').mockImplementation((file, text) => nodeDisk.appendFile(file, text));
    await journal.append(loops(10, 2));
    const read = await journal.readAll();
    expect(read.events).toEqual([...loops(0, 3), ...loops(10, 2)]);
    expect(read.skipped).toBe(1);
    expect(lines.at(-1)).toBe('info insight: recording again (3 event(s) lost so far)');
  });

  it('a file that cannot be written at all never throws into the show', async () => {
    const { log, lines } = fakeLog();
    const disk: JournalDisk = {
      ...nodeDisk,
      makeDir: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    };
    const journal = new InsightJournal({ dir: path.join(dir, 'x'), clock, capBytes: 1e6, log, disk });
    await expect(journal.append(loops(0, 3))).resolves.toBeUndefined();
    expect(lines).toEqual([
      'error insight: the file cannot be written (EACCES); the show goes on, visits are not recorded until this clears',
    ]);
  });
});
