/**
 * Self-healing of the page. A crashed renderer is reloaded after a short,
 * growing delay; a hung one is killed after a grace period and handled as a
 * crash; too many crashes in a while end on the safe screen, which tries the
 * show again every minute. A page that fails to load shows the safe screen
 * rather than a blank window. The decisions are in app/kiosk/crash-budget.ts.
 */
import type { WebContents } from 'electron';
import type { RecoveryKind } from '../app/insight/events';
import {
  DEFAULT_CRASH_POLICY,
  isRecoverableExit,
  NO_CRASHES,
  onRendererCrash,
  type CrashPolicy,
  type CrashState,
} from '../app/kiosk/crash-budget';
import type { Logger } from './log';
import { watchPage, type PageWatch } from './page-watch';

/** Chromium reports a navigation that was replaced by another as this code: not a failure. */
const ERR_ABORTED = -3;

export type SupervisedContents = Pick<
  WebContents,
  'on' | 'forcefullyCrashRenderer' | 'isDestroyed' | 'send' | 'getURL'
>;

export interface SupervisorOptions {
  readonly log: Logger;
  readonly now: () => number;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
  readonly setInterval: (callback: () => void, ms: number) => unknown;
  readonly clearInterval: (handle: unknown) => void;
  /** Loads the show. */
  readonly loadApp: () => void;
  /** Loads the bundled safe screen. */
  readonly showSafeScreen: () => void;
  /** Whether `url` is the safe screen itself (its failures must not loop). */
  readonly isSafeScreen: (url: string) => boolean;
  readonly isQuitting: () => boolean;
  /** Counts one recovery, of that kind, for the admin status and the exhibitor's insight. */
  readonly onRecovery: (kind: RecoveryKind) => void;
  readonly policy?: CrashPolicy;
  /** How long a page may stay unresponsive before it is killed and reloaded. */
  readonly hangGraceMs?: number;
}

export const DEFAULT_HANG_GRACE_MS = 10_000;

/**
 * Watches one webContents and brings the show back after a crash, a hang (found with or without
 * input), a failed load, a page that never started, or a failing preload. The returned watch takes
 * the page's "started" reports and heartbeat answers.
 */
export function superviseRenderer(contents: SupervisedContents, options: SupervisorOptions): PageWatch {
  const { log } = options;
  const policy = options.policy ?? DEFAULT_CRASH_POLICY;
  let crashes: CrashState = NO_CRASHES;
  let hangTimer: unknown;
  let pending: unknown;
  /** A hang was handled as a crash already: the kill's own render-process-gone is not a second one. */
  let killedForHang = false;

  const schedule = (callback: () => void, ms: number) => {
    options.clearTimeout(pending);
    pending = options.setTimeout(() => {
      if (!contents.isDestroyed() && !options.isQuitting()) callback();
    }, ms);
  };

  /**
   * `kind` says what went wrong: `hang` when the page was killed for not answering, `crash` when
   * its renderer went away by itself or the page failed before the show started (a page that
   * never started, a failing preload: the show was down as after a crash).
   */
  const recover = (kind: 'crash' | 'hang', cause: string) => {
    const next = onRendererCrash(crashes, options.now(), policy);
    crashes = next.state;
    const { decision } = next;
    if (decision.action === 'reload') {
      log.warn(
        `recovery: ${cause}; reloading in ${decision.delayMs} ms (crash ${decision.attempt} of ${policy.maxReloads} allowed)`,
      );
      options.onRecovery(kind);
      schedule(options.loadApp, decision.delayMs);
    } else {
      log.error(
        `recovery: ${cause}; too many crashes, showing the safe screen (retry in ${decision.retryInMs / 1000} s)`,
      );
      options.onRecovery('safe_screen');
      options.showSafeScreen();
      schedule(options.loadApp, decision.retryInMs);
    }
  };

  contents.on('render-process-gone', (_event, details) => {
    options.clearTimeout(hangTimer);
    if (killedForHang) {
      killedForHang = false;
      return;
    }
    if (!isRecoverableExit(details.reason, options.isQuitting())) return;
    recover('crash', `the page's renderer is gone (${details.reason}, exit code ${details.exitCode})`);
  });

  contents.on('unresponsive', () => {
    log.warn(
      `recovery: the page is unresponsive; waiting ${(options.hangGraceMs ?? DEFAULT_HANG_GRACE_MS) / 1000} s`,
    );
    options.clearTimeout(hangTimer);
    hangTimer = options.setTimeout(() => {
      if (contents.isDestroyed() || options.isQuitting()) return;
      killedForHang = true;
      contents.forcefullyCrashRenderer();
      recover('hang', 'the page hung');
    }, options.hangGraceMs ?? DEFAULT_HANG_GRACE_MS);
  });

  // Hangs without input, and pages that never start (a "Not found" body, a bundle that threw, no
  // bridge): Chromium reports neither.
  const watch = watchPage(contents, {
    now: options.now,
    setInterval: options.setInterval,
    clearInterval: options.clearInterval,
    isShow: (url) => !options.isSafeScreen(url),
    onDidNotStart: () => {
      if (!options.isQuitting()) recover('crash', 'the show did not start (no report from the page)');
    },
    onStoppedAnswering: () => {
      if (contents.isDestroyed() || options.isQuitting()) return;
      options.clearTimeout(hangTimer);
      killedForHang = true;
      contents.forcefullyCrashRenderer();
      recover('hang', 'the page stopped answering (hung without input)');
    },
    onPreloadError: (message, inShow) => {
      log.error(`recovery: the preload failed (${message}); the page has no bridge to the host`);
      // The safe screen needs no bridge; counting its load again would loop.
      if (inShow && !options.isQuitting()) recover('crash', 'the preload failed');
    },
  });

  contents.on('responsive', () => {
    options.clearTimeout(hangTimer);
    log.info('recovery: the page is responsive again');
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    if (options.isSafeScreen(validatedURL)) {
      log.error(`recovery: the safe screen itself failed to load (${errorDescription})`);
      return;
    }
    log.error(
      `recovery: ${validatedURL} failed to load (${errorCode} ${errorDescription}); showing the safe screen`,
    );
    options.onRecovery('safe_screen');
    options.showSafeScreen();
    schedule(options.loadApp, policy.safeRetryMs);
  });
  return watch;
}

export type RepaintContents = Pick<WebContents, 'invalidate' | 'capturePage' | 'isDestroyed' | 'reload'>;

/**
 * After sleep a window can stop painting without crashing. On resume: ask for
 * a repaint, then check a frame is there; reload the page if not.
 */
export function repaintAfterResume(
  contents: RepaintContents,
  options: Pick<SupervisorOptions, 'log' | 'setTimeout' | 'onRecovery'> & { readonly checkAfterMs?: number },
): void {
  if (contents.isDestroyed()) return;
  contents.invalidate();
  options.setTimeout(() => {
    if (contents.isDestroyed()) return;
    contents.capturePage().then(
      (image) => {
        if (!image.isEmpty()) return;
        options.log.warn('recovery: no frame painted after resume; reloading');
        options.onRecovery('repaint');
        contents.reload();
      },
      (error: unknown) =>
        options.log.warn(`recovery: could not check the frame after resume (${String(error)})`),
    );
  }, options.checkAfterMs ?? 2_000);
}
