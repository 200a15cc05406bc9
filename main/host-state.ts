/**
 * What the running host knows about itself, shared by the setup steps in
 * main/index.ts: whether it is quitting, how many recoveries it made, the
 * mode now (the admin panel can switch it), errors in main since start, the
 * current window with its lock, and the insight journal.
 */
import type { Mode } from '../app/config/settings';
import type { RecoveryKind } from '../app/insight/events';
import type { Insight } from './insight';
import type { WindowLock } from './lockdown';

/** The window parts the host state reads; a BrowserWindow in the app. */
export interface HostWindow {
  isDestroyed(): boolean;
}

export class HostState<W extends HostWindow = HostWindow> {
  /** The quit is going ahead (or the app relaunches): nothing is recovered any more. */
  quitting = false;
  /** Renderer reloads, safe-screen visits and GPU fallbacks since start. */
  recoveries = 0;
  /** Errors in main since start: a start that had any is not confirmed healthy (boot-loop guard). */
  mainErrors = 0;
  /** The mode now: the config's until the admin panel switches it. */
  mode: Mode = 'kiosk';
  window: W | undefined;
  windowLock: WindowLock | undefined;
  /** The insight journal, once the config has said whether it records. */
  insight: Pick<Insight, 'recovery' | 'stop'> | undefined;

  /** Counts a recovery the host made (a reload, the safe screen, the GPU fallback). */
  readonly countRecovery = (kind: RecoveryKind): void => {
    this.recoveries++;
    this.insight?.recovery(kind);
  };

  /** The quit goes ahead: recovery stops and the window may close. */
  beginQuit(): void {
    this.quitting = true;
    this.windowLock?.allowClose();
  }

  /** The current window, unless there is none or it is gone. */
  liveWindow(): W | undefined {
    return this.window && !this.window.isDestroyed() ? this.window : undefined;
  }
}
