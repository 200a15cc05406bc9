import { describe, expect, it } from 'vitest';
import type { InsightEvent } from '../../app/insight/events';
import { localClock } from '../../app/insight/journal';
import type { StorageLike } from './web-journal';
import { webInsight } from './web-insight';

function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const T = Date.parse('2026-05-11T10:00:00Z');
const loop: InsightEvent = { type: 'loop', t: T };

/** A web insight whose storage counts how often it was opened. */
function counted(enabled: boolean, storage: StorageLike | undefined) {
  let opened = 0;
  const insight = webInsight(
    enabled,
    () => {
      opened += 1;
      return storage;
    },
    () => {},
    () => T,
    localClock('Europe/Rome'),
    () => {},
  );
  return { insight, opened: () => opened };
}

describe('the web insight', () => {
  it('does not open the browser storage while the show starts, only when it first records or reads', () => {
    const { insight, opened } = counted(true, memoryStorage());
    expect(opened()).toBe(0);
    insight.record([loop]);
    insight.record([loop]);
    expect(insight.view().recording).toBe(true);
    expect(opened()).toBe(1);
  });

  it.each([
    { name: 'storage refused by the browser', enabled: true, storage: undefined, recording: false },
    { name: 'insight turned off', enabled: false, storage: memoryStorage(), recording: false },
    { name: 'insight on, storage there', enabled: true, storage: memoryStorage(), recording: true },
  ])('$name: recording is $recording', ({ enabled, storage, recording }) => {
    const { insight } = counted(enabled, storage);
    insight.record([loop]);
    expect(insight.view()).toMatchObject({ recording });
  });
});
