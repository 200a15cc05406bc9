/**
 * Lets a quit that the app did not start go through (the OS logging out or
 * shutting down, an installer's update, a test driver's `app.close()`), while
 * a visitor still cannot close the kiosk window.
 *
 * Electron's `app.quit()` emits 'before-quit', then closes every window; a
 * window whose close is refused cancels the whole quit (Browser::Quit and
 * Browser::OnWindowCloseCancelled, shell/browser/browser.cc), and once the
 * last window is gone it emits 'will-quit' (Browser::NotifyAndShutdown). So
 * on 'before-quit' the window is opened for the quit, and the app counts as
 * quitting (recovery off, start confirmed) only on 'will-quit'.
 *
 * Electron tells the app nothing when a quit is cancelled, but each way a
 * window refuses is visible from here, and the window is locked again on it
 * at once (no timer guessing how long a quit takes):
 * - its 'close' event is prevented: NativeWindow::NotifyWindowCloseButtonClicked
 *   reads the event after every listener and calls WindowList::WindowCloseCancelled;
 * - its page's beforeunload refuses: ElectronJavaScriptDialogManager::RunBeforeUnloadDialog
 *   emits 'will-prevent-unload' and, if no listener prevents it, the unload is
 *   cancelled (BrowserWindow::BeforeUnloadDialogCancelled → WindowCloseCancelled);
 * - 'before-quit' itself is prevented (Browser::HandleBeforeQuit): no window is closed.
 * (The one silent way, a window that is not closable (NativeWindowViews::Close,
 * NativeWindowMac::Close), cannot happen: the window is made closable first.)
 *
 * The system ending the session is a quit that cannot be refused: on Windows
 * 'session-end' (after which the process is ended), on Linux and macOS
 * powerMonitor's 'shutdown'. Then the app stops recovering and records its end
 * at once, synchronously, and quits.
 */
import type { Logger } from './log';

/** An Electron event whose default can be prevented; read after every listener has run. */
export interface PreventableEvent {
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

/** Windows' WindowSessionEndEvent (docs/api/structures/window-session-end-event.md). */
export interface SessionEndEvent extends PreventableEvent {
  readonly reasons?: readonly string[];
}

export interface QuitGateApp {
  on(event: 'before-quit' | 'will-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
}

/** The events of a BrowserWindow the gate reads. */
export interface QuitGateWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'query-session-end' | 'session-end', listener: (event: SessionEndEvent) => void): unknown;
  readonly webContents: {
    on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown;
  };
}

/**
 * powerMonitor, for its 'shutdown' event (Linux and macOS). Electron's typings give the listener no
 * argument, but PowerMonitor::ShouldShutdown() is `return !Emit("shutdown")`, and Emit passes an
 * event first (shell/browser/api/electron_api_power_monitor.cc; docs: "invokes e.preventDefault()").
 */
export interface QuitGatePowerMonitor {
  on(event: 'shutdown', listener: (event?: PreventableEvent) => void): unknown;
}

export interface QuitGateOptions {
  readonly app: QuitGateApp;
  /** Opens the current window for the quit (closable, its close no longer refused). */
  readonly openForQuit: () => void;
  /** Locks the current window again: the quit did not happen. */
  readonly lockAgain: () => void;
  /** The quit is going ahead: stop recovery, confirm the start, record the end. Called once, synchronously. */
  readonly onQuitting: () => void;
  readonly log: Logger;
}

export interface QuitGate {
  /** Whether the quit has gone ahead (or the session is ending). */
  quitting(): boolean;
  /** Watches a window for a refused close during a quit, and for Windows ending the session. */
  watchWindow(window: QuitGateWindow): void;
  /** Watches powerMonitor for the system shutting down (Linux, macOS); only usable once the app is ready. */
  watchPower(powerMonitor: QuitGatePowerMonitor): void;
}

/** Wires the quit path. */
export function gateQuits(options: QuitGateOptions): QuitGate {
  const { app, log } = options;
  let quitting = false;
  /** A quit asked for and not yet gone ahead nor cancelled. */
  let pending = false;

  const goAhead = () => {
    pending = false;
    if (quitting) return;
    quitting = true;
    options.onQuitting();
  };
  const cancelled = (why: string) => {
    if (!pending || quitting) return;
    pending = false;
    log.warn(`quit: cancelled (${why}); the window is locked again`);
    options.lockAgain();
  };
  /** Electron reads `defaultPrevented` once every listener has run; so does the gate, just after them. */
  const afterListeners = (check: () => void) => queueMicrotask(check);

  app.on('before-quit', (event) => {
    if (quitting) return;
    pending = true;
    log.info('quit: requested; the window may close');
    options.openForQuit();
    afterListeners(() => {
      if (event.defaultPrevented) cancelled('before-quit was prevented');
    });
  });
  app.on('will-quit', () => goAhead());

  const sessionEnds = (why: string) => {
    if (quitting) return;
    log.info(`quit: the system is ${why}; the show stops`);
    // The process may be ended as soon as this handler returns: everything is recorded now.
    goAhead();
    options.openForQuit();
    app.quit();
  };

  return {
    quitting: () => quitting,
    watchWindow(window) {
      window.on('close', (event) => {
        if (pending) afterListeners(() => event.defaultPrevented && cancelled('a window refused to close'));
      });
      window.webContents.on('will-prevent-unload', (event) => {
        if (pending) afterListeners(() => !event.defaultPrevented && cancelled('the page refused to unload'));
      });
      // Windows asks first; the answer is yes (never preventDefault: it would hold up the user's
      // shutdown), and another program may still refuse, so nothing stops yet.
      window.on('query-session-end', (event) =>
        log.info(`quit: Windows asks whether the session may end (${(event.reasons ?? []).join(', ')})`),
      );
      // "Once this event fires, there is no way to prevent the session from ending" (docs/api/base-window.md).
      window.on('session-end', (event) =>
        sessionEnds(`ending the session (${(event.reasons ?? []).join(', ') || 'Windows'})`),
      );
    },
    watchPower(powerMonitor) {
      powerMonitor.on('shutdown', (event) => {
        // docs/api/power-monitor.md: preventDefault asks the system to wait while the app exits
        // cleanly, "the app should exit as soon as possible by calling something like app.quit()".
        event?.preventDefault();
        sessionEnds('shutting down');
      });
    },
  };
}
