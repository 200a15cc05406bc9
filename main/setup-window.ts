/**
 * Step 5 of the boot: the main window. Opens it on the configured display in
 * the current mode, locked down, watched by the quit gate and supervised
 * (crash, hang and start watch), on the safe screen first after starts that
 * kept failing; opens a new one in place of the old on a mode switch; and
 * brings it forward when a second instance is launched.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Screen } from 'electron';
import { pickDisplay } from '../app/kiosk/display';
import { DEFAULT_CRASH_POLICY } from '../app/kiosk/crash-budget';
import type { BootContext } from './boot-context';
import type { HostState } from './host-state';
import { lockWindow } from './lockdown';
import type { PageWatch } from './page-watch';
import { APP_ENTRY_URL } from './protocol';
import type { QuitGate } from './quit-gate';
import { isRecoveryUrl, RECOVERY_URL } from './recovery-page';
import { superviseRenderer } from './recovery';
import { nodeTimers } from './timers';
import { mainWindowOptions } from './window';

export interface WindowElectron {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
}

export interface WindowPlan {
  readonly quitGate: Pick<QuitGate, 'watchWindow'>;
  /** The `display` setting. */
  readonly display: 'primary' | number;
  /** Start on the safe screen (the boot plan), then retry the show. */
  readonly safeMode: boolean;
}

export interface MainWindow {
  /** Opens the window in the current mode, in place of the one before if any. */
  open(): void;
  /** Loads the show again in the current window. */
  reload(): void;
  /** The page watch of the window that sent an IPC message, if it is one of ours. */
  watchOf(sender: object): PageWatch | undefined;
}

/** Sets up the main window's factory; nothing opens until `open()`. */
export function setupMainWindow(
  ctx: Pick<BootContext, 'host' | 'log' | 'production' | 'paths' | 'now'>,
  { BrowserWindow, screen }: WindowElectron,
  plan: WindowPlan,
): MainWindow {
  const { host, log, production } = ctx;
  // The page's "show started" report and heartbeat answers go to the watch of the window that sent them.
  const pageWatches = new WeakMap<object, PageWatch>();

  const open = () => {
    const previous = host.window;
    const previousLock = host.windowLock;
    const { mode } = host;
    const picked = pickDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay(), plan.display);
    if (picked.note) log.warn(`display: ${picked.note}`);
    const next = new BrowserWindow(
      mainWindowOptions({ preload: ctx.paths.preload, production, mode, display: picked.display.bounds }),
    );
    host.window = next;
    host.windowLock = lockWindow(next, {
      mode,
      devTools: !production,
      log,
      setTimeout: nodeTimers.setTimeout,
    });
    plan.quitGate.watchWindow(next);
    const watch = superviseRenderer(next.webContents, {
      ...nodeTimers,
      log,
      now: ctx.now,
      loadApp: () => void next.loadURL(APP_ENTRY_URL),
      showSafeScreen: () => void next.loadURL(RECOVERY_URL),
      isSafeScreen: isRecoveryUrl,
      isQuitting: () => host.quitting,
      onRecovery: host.countRecovery,
      policy: DEFAULT_CRASH_POLICY,
    });
    pageWatches.set(next.webContents, watch);
    next.once('closed', () => watch.stop());
    next.once('ready-to-show', () => next.show());
    if (plan.safeMode && !previous) {
      void next.loadURL(RECOVERY_URL);
      nodeTimers.setTimeout(() => void next.loadURL(APP_ENTRY_URL), DEFAULT_CRASH_POLICY.safeRetryMs);
    } else void next.loadURL(APP_ENTRY_URL);
    log.info(`window: ${mode} mode on display ${picked.display.id}`);
    if (previous && !previous.isDestroyed()) {
      previousLock?.allowClose();
      previous.setClosable(true);
      previous.destroy();
    }
  };

  return {
    open,
    reload: () => void host.window?.loadURL(APP_ENTRY_URL),
    watchOf: (sender) => pageWatches.get(sender),
  };
}

/** Brings the window forward (a second launch was refused). */
export function focusWindow(host: HostState<BrowserWindow>): void {
  const window = host.liveWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
