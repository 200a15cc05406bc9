import { describe, expect, it } from 'vitest';
import type { InsightEvent } from '../../app/insight/events';
import { encodeLine, localClock } from '../../app/insight/journal';
import { WebJournal, type StorageLike } from './web-journal';

/** Web Storage over a Map; `quota` makes setItem throw QuotaExceededError as browsers do past it. */
function memoryStorage(quota = Infinity): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...map].reduce((s, [key, val]) => s + (key === k ? 0 : val.length), 0);
      if (used + v.length > quota) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const clock = localClock('Europe/Rome');
const T = Date.parse('2026-05-11T10:00:00Z');
const loop = (n: number): InsightEvent => ({ type: 'loop', t: T + n * 1000 });
const loops = (from: number, count: number) => Array.from({ length: count }, (_, i) => loop(from + i));
const LINE = encodeLine(loop(0)).length;

describe('the web journal', () => {
  it('keeps one entry per local day and reads the events back in order', () => {
    const storage = memoryStorage();
    const journal = new WebJournal(storage, clock, 1e6, () => {});
    journal.append(loops(0, 2));
    journal.append([...loops(2, 1), { type: 'loop', t: Date.parse('2026-05-11T22:30:00Z') }]);
    expect([...storage.map.keys()].sort()).toEqual(['kiosk-insight:2026-05-11', 'kiosk-insight:2026-05-12']);
    expect(journal.readAll().events).toHaveLength(4);
  });

  it('drops the oldest days past the cap, never today', () => {
    const storage = memoryStorage();
    storage.setItem('kiosk-insight:2026-05-09', encodeLine(loop(0)).repeat(10));
    storage.setItem('kiosk-insight:2026-05-10', encodeLine(loop(0)).repeat(10));
    new WebJournal(storage, clock, LINE * 15, () => {}).append(loops(0, 2));
    expect([...storage.map.keys()].sort()).toEqual(['kiosk-insight:2026-05-10', 'kiosk-insight:2026-05-11']);
  });

  it('a full storage drops the batch, is logged once, and recording resumes when there is room', () => {
    const storage = memoryStorage(LINE * 3);
    const logged: string[] = [];
    const journal = new WebJournal(storage, clock, 1e6, (m) => logged.push(m));
    journal.append(loops(0, 2));
    expect(() => journal.append(loops(2, 2))).not.toThrow();
    journal.append(loops(4, 2));
    expect(logged).toEqual([
      'insight: the browser storage refused the records (QuotaExceededError); the show goes on',
    ]);
    storage.removeItem('kiosk-insight:2026-05-11');
    journal.append(loops(6, 1));
    expect(journal.readAll().events).toEqual(loops(6, 1));
    expect(logged.at(-1)).toBe('insight: recording again');
  });
});
