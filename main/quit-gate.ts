/**
 * Lets a quit that the app did not start go through (the OS logging out or
 * shutting down, an installer's update, a test driver's `app.close()`), while
 * a visitor still cannot close the kiosk window.
 *
 * Electron's `app.quit()` closes every window, and a window that is not
 * closable, or whose 'close' is prevented, cancels the whole quit without
 * telling the app (Browser::OnWindowCloseCancelled, shell/browser/browser.cc).
 * So on 'before-quit' the window is opened for the quit; the app counts as
 * quitting (recovery off, start confirmed) only on 'will-quit', which Electron
 * emits once every window has really closed. A quit that is cancelled anyway
 * sends no event, so the window is locked again after a short while.
 */
import type { Logger } from './log';

export interface QuitGateApp {
  on(event: 'before-quit' | 'will-quit', listener: () => void): unknown;
}

export interface QuitGateOptions {
  readonly app: QuitGateApp;
  /** Opens the current window for the quit (closable, its close no longer refused). */
  readonly openForQuit: () => void;
  /** Locks the current window again: the quit did not happen. */
  readonly lockAgain: () => void;
  /** The quit is going ahead: stop recovery, confirm the start. Called once. */
  readonly onQuitting: () => void;
  readonly log: Logger;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
  /** How long a quit may take to close the window before it counts as cancelled. */
  readonly relockAfterMs?: number;
}

/** Electron closes the windows within a frame or two; a quit still pending after this was cancelled. */
export const RELOCK_AFTER_MS = 3_000;

/** Wires the quit path; returns whether the quit has gone ahead. */
export function gateQuits(options: QuitGateOptions): { readonly quitting: () => boolean } {
  let quitting = false;
  let relock: unknown;
  options.app.on('before-quit', () => {
    if (quitting) return;
    options.log.info('quit: requested; the window may close');
    options.openForQuit();
    options.clearTimeout(relock);
    relock = options.setTimeout(() => {
      if (quitting) return;
      options.log.warn('quit: cancelled (a window refused to close); the window is locked again');
      options.lockAgain();
    }, options.relockAfterMs ?? RELOCK_AFTER_MS);
  });
  options.app.on('will-quit', () => {
    if (quitting) return;
    quitting = true;
    options.clearTimeout(relock);
    options.onQuitting();
  });
  return { quitting: () => quitting };
}
