/**
 * The wrong-PIN back-off, kept across restarts: otherwise pulling the plug
 * would reset the lockout and let a visitor guess on. It lives in the app's
 * own userData folder, never in the operator's files; the admin session
 * itself is never kept. Written to a temporary file and renamed, like the
 * boot record.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PinState } from '../app/kiosk/pin-guard';

export const PIN_STATE_FILE = 'admin-pin.json';

export interface PinStore {
  /** The saved back-off, or undefined when there is none (or it is unreadable). */
  load(): PinState | undefined;
  save(state: PinState): void;
}

const SavedPinState = z.strictObject({
  failures: z.number().int().nonnegative(),
  lockedUntil: z.number().nonnegative(),
});

/** The store in `userData`; never throws (a disk that refuses keeps the back-off in memory only). */
export function pinStore(userData: string): PinStore {
  const file = path.join(userData, PIN_STATE_FILE);
  return {
    load: () => {
      try {
        const saved = SavedPinState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        return saved.success ? { ...saved.data, sessionUntil: 0 } : undefined;
      } catch {
        return undefined;
      }
    },
    save: (state) => {
      try {
        writeFileSync(
          `${file}.tmp`,
          JSON.stringify({ failures: state.failures, lockedUntil: state.lockedUntil }),
        );
        renameSync(`${file}.tmp`, file);
      } catch {
        // Kept in memory for this run.
      }
    },
  };
}
