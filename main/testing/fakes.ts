/**
 * Small stand-ins for Electron objects, for main-process tests: each records
 * its listeners and calls, and lets a test emit events. Electron itself is
 * never loaded (its package would try to download the binary).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { IPC_EVENTS } from '../../app/ipc/contract';
import { IPC_TABLE } from '../../app/ipc/table';

import { FakeSession } from './fake-tools';

export { FakeClock, FakeDialog, FakePrintWindow, FakeSession } from './fake-tools';

/** An event object with preventDefault, as Electron passes to listeners. */
export function fakeEvent<T extends object>(
  fields: T = {} as T,
): T & { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeContents extends EventEmitter {
  url = 'app://kiosk/index.html';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  readonly setVisualZoomLevelLimits = vi.fn(() => Promise.resolve());
  readonly setZoomLevel = vi.fn();
  readonly setZoomFactor = vi.fn();
  readonly reload = vi.fn();
  /**
   * What the loaded page does, for the liveness tests:
   * - 'show': the show starts, reports it, and answers every heartbeat;
   * - 'blank': a "Not found" body or a bundle that threw at start: Chromium still fires
   *   'did-finish-load' and no 'did-fail-load' (that event is for network errors only,
   *   docs/api/web-contents.md), and nothing is reported;
   * - 'hung': the page's main thread is stuck: it reports and answers nothing, and 'unresponsive'
   *   fires only when input is waiting (`input()`): Chromium's input-ack hang monitor
   *   (electron/electron#9781; WebContentsImpl::RendererUnresponsive, electron/electron#44629).
   */
  page: 'show' | 'blank' | 'hung' | 'gone' = 'show';
  /** The preload fails: Electron emits 'preload-error' before the page loads (docs/api/web-contents.md). */
  preloadFails = false;
  /** The renderer's side of `ipcRenderer.invoke`, connected by the test to main's handlers. */
  invokeMain: ((channel: string, payload?: unknown) => void) | undefined;
  readonly loadURL = vi.fn((url: string) => {
    this.url = url;
    // A load after a kill starts a fresh renderer.
    if (this.page === 'gone') this.page = 'show';
    // Events in Chromium's order for a main-frame load: start, (preload), finish.
    this.emit('did-start-loading');
    if (this.preloadFails) this.emit('preload-error', fakeEvent(), '/app/preload.cjs', new Error('boom'));
    this.emit('did-finish-load');
    if (this.page === 'show' && !this.preloadFails && url.startsWith('app://kiosk/index.html')) {
      this.invokeMain?.(IPC_TABLE.showStarted.channel);
    }
    return Promise.resolve();
  });
  /** The page stops answering from now on (an endless loop in the show). */
  hang(): void {
    this.page = 'hung';
  }
  /** Input reaches the page: a hung page is reported unresponsive (only then). */
  input(): void {
    if (this.page === 'hung') this.emit('unresponsive');
  }
  /**
   * Kills the renderer; the page is gone until the next load. Electron reports the kill later, as
   * 'render-process-gone' with reason 'killed', once the browser notices the process exit
   * (asynchronously): a test emits that event itself with `gone('killed')`.
   */
  readonly forcefullyCrashRenderer = vi.fn(() => {
    this.page = 'gone';
  });
  /** The renderer process exits, as Electron reports it. */
  gone(reason = 'crashed'): void {
    this.page = 'gone';
    this.emit('render-process-gone', fakeEvent(), { reason, exitCode: reason === 'killed' ? 9 : 1 });
  }
  readonly invalidate = vi.fn();
  /** main → renderer; a live show answers a heartbeat by invoking the answer channel with the same beat. */
  readonly send = vi.fn((channel: string, ...args: unknown[]) => {
    if (channel === IPC_EVENTS.heartbeat && this.page === 'show')
      this.invokeMain?.(IPC_TABLE.heartbeat.channel, args[0]);
  });
  readonly isDestroyed = vi.fn(() => false);
  readonly isCrashed = vi.fn(() => false);
  readonly getURL = vi.fn(() => this.url);
  readonly capturePage = vi.fn(() => Promise.resolve({ isEmpty: (): boolean => false }));
  readonly closeDevTools = vi.fn();
  readonly insertCSS = vi.fn(() => Promise.resolve('key'));
  readonly session = new FakeSession();
  /** The page's beforeunload handler refuses to unload (it returned a value). */
  beforeUnloadRefuses = false;
}

/** The platforms whose window and quit behaviour differ in Electron. */
export type FakePlatform = 'win32' | 'darwin' | 'linux';

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  /** Set from the constructor options, as `new BrowserWindow({ closable })` does; true by default. */
  closable = true;
  destroyed = false;
  constructor(
    readonly platform: FakePlatform = 'linux',
    options: { closable?: boolean } = {},
  ) {
    super();
    this.closable = options.closable ?? true;
  }
  fullScreen = true;
  focused = true;
  readonly isFullScreen = vi.fn(() => this.fullScreen);
  readonly setFullScreen = vi.fn((value: boolean) => {
    this.fullScreen = value;
  });
  readonly setKiosk = vi.fn();
  readonly isKiosk = vi.fn(() => true);
  readonly isFocused = vi.fn(() => this.focused);
  readonly focus = vi.fn(() => {
    this.focused = true;
  });
  readonly show = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly setMenu = vi.fn();
  readonly setMenuBarVisibility = vi.fn();
  /**
   * `closable` is honoured on Windows and macOS only: NativeWindowViews::IsClosable() reads the
   * system menu's SC_CLOSE state on Windows and returns true on Linux; NativeWindowMac::IsClosable()
   * reads NSWindowStyleMaskClosable (electron/electron shell/browser/native_window_views.cc,
   * native_window_mac.mm; docs/api/browser-window.md: "closable ... Not implemented on Linux").
   */
  readonly setClosable = vi.fn((value: boolean) => {
    this.closable = value;
  });
  readonly isClosable = vi.fn(() => this.platform === 'linux' || this.closable);
  readonly loadURL = vi.fn((url: string) => this.webContents.loadURL(url));
  /**
   * BrowserWindow.close() as Electron 45 does it, synchronously (the real one posts the close).
   * Returns whether the window is gone; a refusal cancels a quit in progress (FakeApp.quit).
   * - Not closable: NativeWindowViews::Close() and NativeWindowMac::Close() return at once with
   *   WindowList::WindowCloseCancelled(this), and no JS event at all.
   * - Otherwise the JS 'close' event runs (BaseWindow::WillCloseWindow); if a listener prevented it,
   *   NativeWindow::NotifyWindowCloseButtonClicked calls WindowList::WindowCloseCancelled.
   * - Then BrowserWindow::OnCloseButtonClicked dispatches beforeunload. A page whose handler refuses
   *   reaches ElectronJavaScriptDialogManager::RunBeforeUnloadDialog, which emits
   *   'will-prevent-unload' on the webContents: prevented, the unload goes on; not prevented, it is
   *   cancelled (BrowserWindow::BeforeUnloadDialogCancelled → WindowList::WindowCloseCancelled).
   * (electron/electron shell/browser/native_window.cc, api/electron_api_browser_window.cc,
   * electron_javascript_dialog_manager.cc, window_list.cc.)
   */
  readonly close = vi.fn((): boolean => {
    if (this.destroyed) return true;
    if (!this.isClosable()) return false;
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    if (this.webContents.beforeUnloadRefuses) {
      const unload = fakeEvent();
      this.webContents.emit('will-prevent-unload', unload);
      if (!unload.defaultPrevented) return false;
    }
    this.destroy();
    return true;
  });
  /** The OS killed the process (Windows after 'session-end'); nothing runs after this. */
  terminated = false;
  /**
   * Windows ends the session (shutdown, restart, log-off): NativeWindowViews::PreHandleMSG turns
   * WM_QUERYENDSESSION into 'query-session-end' (preventDefault answers FALSE: the shutdown waits on
   * this app, "can delay the system shutdown") and WM_ENDSESSION into 'session-end' ("Once this
   * event fires, there is no way to prevent the session from ending"); both carry a
   * WindowSessionEndEvent with `reasons` (docs/api/base-window.md, structures/window-session-end-event.md).
   * When the handler of WM_ENDSESSION returns, Windows may end the process at any time.
   * The events are Windows-only: elsewhere this does nothing. Returns whether the session ended.
   */
  endSession(reasons: string[] = ['shutdown']): boolean {
    if (this.platform !== 'win32') return false;
    const query = fakeEvent({ reasons });
    this.emit('query-session-end', query);
    if (query.defaultPrevented) return false;
    this.emit('session-end', fakeEvent({ reasons }));
    this.terminated = true;
    return true;
  }
  /** Destroys at once: no 'close' event, no beforeunload (docs/api/browser-window.md `win.destroy()`). */
  readonly destroy = vi.fn(() => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  });
}

/**
 * `app` for the quit path, as Electron 45's Browser::Quit() runs it (shell/browser/browser.cc):
 * 'before-quit' (preventDefault stops everything); then every window is closed; a window whose close
 * is cancelled cancels the whole quit (Browser::OnWindowCloseCancelled sets is_quitting_ = false,
 * and no event tells the app); once the last window is gone, Browser::OnWindowAllClosed() calls
 * NotifyAndShutdown(): 'will-quit' (preventDefault cancels), then 'quit'. 'window-all-closed' is not
 * emitted while quitting. `app.exit()` skips all of it (docs/api/app.md `app.exit`).
 */
export class FakeApp extends EventEmitter {
  readonly windows: FakeWindow[] = [];
  quitting = false;
  /** The process ended: by a quit that went through, or by exit(). */
  exitCode: number | undefined;
  readonly relaunch = vi.fn();

  constructor(readonly platform: FakePlatform = 'linux') {
    super();
  }

  /** Registers a window with the app's window list, as BrowserWindow's constructor does. */
  track(window: FakeWindow): void {
    this.windows.push(window);
    window.on('closed', () => {
      this.windows.splice(this.windows.indexOf(window), 1);
      if (this.windows.length > 0) return;
      if (this.quitting) this.#notifyAndShutdown();
      else this.emit('window-all-closed');
    });
  }

  readonly quit = vi.fn(() => {
    if (this.quitting || this.exitCode !== undefined) return;
    const before = fakeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    if (this.windows.length === 0) {
      this.#notifyAndShutdown();
      return;
    }
    for (const window of [...this.windows]) {
      if (!window.close()) {
        this.quitting = false;
        return;
      }
    }
  });

  readonly exit = vi.fn((code = 0) => {
    this.exitCode ??= code;
  });

  #notifyAndShutdown(): void {
    const willQuit = fakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', fakeEvent(), 0);
    this.exitCode = 0;
  }
}

/**
 * powerMonitor's 'shutdown', emitted on Linux and macOS only (docs/api/power-monitor.md: "Event:
 * 'shutdown' _Linux_ _macOS_ ... If the event handler invokes e.preventDefault(), Electron will
 * attempt to delay system shutdown in order for the app to exit cleanly"). On Linux Electron holds a
 * logind delay inhibitor and releases it unless a listener prevented the event
 * (shell/browser/lib/power_observer_linux.cc); on macOS it answers NSWorkspaceWillPowerOffNotification.
 * Without preventDefault the system goes on at once: the fake marks the process as ended.
 */
export class FakePowerMonitor extends EventEmitter {
  /** Whether the system was asked to wait for the app. */
  delayed = false;
  terminated = false;
  constructor(readonly platform: () => FakePlatform = () => 'linux') {
    super();
  }
  /** The system is about to shut down or reboot; returns whether 'shutdown' was emitted at all. */
  systemShutdown(): boolean {
    if (this.platform() === 'win32') return false;
    const event = fakeEvent();
    this.emit('shutdown', event);
    this.delayed = event.defaultPrevented;
    if (!this.delayed) this.terminated = true;
    return true;
  }
}
