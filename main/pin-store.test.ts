import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinStore, PIN_STATE_FILE } from './pin-store';

describe('pinStore', () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), 'kiosk-pin-'));

  it('keeps the back-off, never the admin session, in userData', () => {
    const userData = dir();
    pinStore(userData).save({ failures: 4, lockedUntil: 123_456, sessionUntil: 999 });
    expect(JSON.parse(readFileSync(path.join(userData, PIN_STATE_FILE), 'utf8'))).toEqual({
      failures: 4,
      lockedUntil: 123_456,
    });
    expect(pinStore(userData).load()).toEqual({ failures: 4, lockedUntil: 123_456, sessionUntil: 0 });
  });

  it.each([
    ['no file', undefined],
    ['not JSON', '{'],
    ['wrong shape', '{"failures":"many"}'],
    ['negative numbers', '{"failures":-1,"lockedUntil":0}'],
  ])('%s: a fresh state', (_case, text) => {
    const userData = dir();
    if (text !== undefined) writeFileSync(path.join(userData, PIN_STATE_FILE), text);
    expect(pinStore(userData).load()).toBeUndefined();
  });
});
