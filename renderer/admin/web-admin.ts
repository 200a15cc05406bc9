/**
 * The admin functions of a plain web build (a signage player, `chromium
 * --kiosk`), where there is no Electron host: the PIN pad works with the PIN
 * from the URL (`?pin=`) or the default, with the same rate limit; reload
 * reloads the page; a mode switch reloads it with `?mode=`; quit is
 * unavailable (a browser page cannot close its kiosk browser). Never throws.
 */
import { version } from '../../package.json';
import type { KioskSettings } from '../../app/config/settings';
import type { AdminReply, AdminStatus, HostBridge } from '../../app/ipc/contract';
import { checkPin, endAdminSession, FRESH_PIN_STATE, useAdminSession } from '../../app/kiosk/pin-guard';
import type { WebInsight } from '../insight/web-insight';

export interface PageLocation {
  readonly search: string;
  readonly pathname: string;
  reload(): void;
  assign(url: string): void;
}

export type AdminFunctions = Pick<
  HostBridge,
  | 'verifyPin'
  | 'endAdmin'
  | 'getStatus'
  | 'reload'
  | 'setMode'
  | 'quit'
  | 'log'
  | 'onContentUpdate'
  | 'recordInsight'
  | 'getInsight'
  | 'exportInsight'
>;

/** A web build without storage records nothing and shows empty statistics. */
const NO_INSIGHT: WebInsight = {
  record: () => {},
  view: () => {
    throw new Error('no insight');
  },
  exportFiles: () => ({ folder: '', files: [] }),
};

export function webAdmin(
  settings: KioskSettings,
  location: PageLocation,
  now: () => number = () => Date.now(),
  logLine: (level: 'info' | 'warn' | 'error', message: string) => void = (level, message) =>
    console[level](message),
  insight: WebInsight = NO_INSIGHT,
): AdminFunctions {
  let state = FRESH_PIN_STATE;
  const startedAt = now();
  const guarded = (action: () => void): AdminReply => {
    const used = useAdminSession(state, now());
    state = used.state;
    if (!used.allowed) return { ok: false, reason: 'locked' };
    action();
    return { ok: true };
  };
  const guardedValue = <T>(action: () => T): AdminReply<T> => {
    const used = useAdminSession(state, now());
    state = used.state;
    if (!used.allowed) return { ok: false, reason: 'locked' } as AdminReply<T>;
    try {
      return { ok: true, value: action() } as AdminReply<T>;
    } catch {
      return { ok: false, reason: 'unavailable' } as AdminReply<T>;
    }
  };
  return {
    verifyPin: (pin) => {
      const checked = checkPin(state, pin, settings.adminPin, now());
      state = checked.state;
      return Promise.resolve(checked.result);
    },
    endAdmin: () => {
      state = endAdminSession(state);
      return Promise.resolve();
    },
    getStatus: () => {
      const used = useAdminSession(state, now());
      state = used.state;
      if (!used.allowed) return Promise.resolve({ ok: false, reason: 'locked' });
      const status: AdminStatus = {
        version,
        host: 'web',
        mode: settings.mode,
        content: { origin: 'bundled', folder: '', validated: true, problems: 0 },
        uptimeSeconds: Math.round((now() - startedAt) / 1000),
        recoveries: 0,
        hardwareAcceleration: true,
        lastErrors: [],
      };
      return Promise.resolve({ ok: true, value: status });
    },
    reload: () => Promise.resolve(guarded(() => location.reload())),
    setMode: (mode) =>
      Promise.resolve(
        guarded(() => {
          const query = new URLSearchParams(location.search);
          query.set('mode', mode);
          location.assign(`${location.pathname}?${query.toString()}`);
        }),
      ),
    quit: () => Promise.resolve({ ok: false, reason: 'unavailable' }),
    log: (level, message) => {
      logLine(level, message);
      return Promise.resolve();
    },
    recordInsight: (events) => {
      insight.record(events);
      return Promise.resolve();
    },
    getInsight: () => Promise.resolve(guardedValue(() => insight.view())),
    exportInsight: () => Promise.resolve(guardedValue(() => insight.exportFiles())),
    // A web build's content is compiled in: it never changes while the page runs.
    onContentUpdate: () => () => {},
  };
}
