/**
 * Electron faked for the tests of main/index.ts: one shared record of the
 * calls in order, the 'electron' module built on the fakes (the quit path is
 * FakeApp's, the windows FakeWindow's), and boot(), which imports index.ts
 * afresh on a given platform and command line. A test file takes it through
 * vi.hoisted, so its vi.mock factory and its cases share one record.
 */
import type { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, vi } from 'vitest';
import { FakeApp, FakePowerMonitor, FakeSession, FakeWindow, type FakePlatform } from './fakes';

export const fake = {
  calls: [] as string[],
  state: {} as Record<string, unknown>,
  /** Checks run after each recorded call; each is dropped once it answers true. */
  waiters: [] as (() => boolean)[],
};

/** Resolves once a recorded call satisfies `done` (main reads the disk asynchronously). No clock. */
export function untilCall(done: (calls: readonly string[]) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => done(fake.calls) && (resolve(), true);
    if (!check()) fake.waiters.push(check);
  });
}

/** The 'electron' module as main/index.ts sees it. */
export function fakeElectronModule() {
  const record = (name: string) => {
    fake.calls.push(name);
    fake.waiters = fake.waiters.filter((check) => !check());
  };
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  // The quit path follows Electron's (FakeApp); the calls are recorded for the boot-order tests.
  const quitApp = new FakeApp();
  const app = Object.assign(quitApp, {
    isPackaged: true,
    getPath: (name: string) => (name === 'exe' ? '/nonexistent/kiosk/bergamo' : fake.state.userData),
    getAppPath: () => fake.state.appPath,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => {
      record('requestSingleInstanceLock');
      return fake.state.lock !== false;
    },
    enableSandbox: () => record('enableSandbox'),
    disableHardwareAcceleration: () => record('disableHardwareAcceleration'),
    whenReady: () => {
      record('whenReady');
      return ready;
    },
    relaunch: (options?: { execPath?: string }) =>
      record(options?.execPath ? `relaunch ${options.execPath}` : 'relaunch'),
    exit: (code: number) => {
      record(`exit ${code}`);
      quitApp.exitCode ??= code;
    },
    quit: (() => {
      const quit = quitApp.quit;
      return () => {
        record('quit');
        quit();
      };
    })(),
    setLoginItemSettings: () => record('setLoginItemSettings'),
    // Electron docs (api/command-line.md): getSwitchValue returns "" when the switch is absent.
    commandLine: { getSwitchValue: () => '' },
  });
  fake.state.app = app;
  fake.state.ready = () => resolveReady();
  const defaultSession = new FakeSession();
  fake.state.defaultSession = defaultSession;
  const windows: FakeWindow[] = [];
  fake.state.windows = windows;
  const handlers = new Map<string, unknown>();
  fake.state.handlers = handlers;
  class BrowserWindow extends FakeWindow {
    constructor(options: { closable?: boolean }) {
      super(fake.state.platform as FakePlatform, options);
      record('new BrowserWindow');
      fake.state.windowOptions = options;
      windows.push(this);
      app.track(this);
      // The page's invokes reach main's handlers from the app's own top frame.
      this.webContents.invokeMain = (channel, payload) => {
        const handler = handlers.get(channel) as ((event: unknown, payload?: unknown) => unknown) | undefined;
        handler?.(
          { senderFrame: { url: this.webContents.url, parent: null }, sender: this.webContents },
          payload,
        );
      };
    }
  }
  return {
    app,
    BrowserWindow,
    // Electron's dialog.showOpenDialog resolves { canceled, filePaths } (docs/api/dialog.md).
    dialog: { showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] })) },
    ipcMain: {
      handle: (channel: string, handler: unknown) => handlers.set(channel, handler),
      removeHandler: (channel: string) => {
        record(`removeHandler ${channel}`);
        handlers.delete(channel);
      },
      removeAllListeners: (channel: string) => record(`removeAllListeners ${channel}`),
    },
    Menu: { setApplicationMenu: (menu: unknown) => record(`setApplicationMenu ${String(menu)}`) },
    powerMonitor: (fake.state.powerMonitor = new FakePowerMonitor(() => fake.state.platform as FakePlatform)),
    powerSaveBlocker: { start: () => 1, stop: vi.fn(), isStarted: () => true },
    protocol: {
      registerSchemesAsPrivileged: () => record('registerSchemesAsPrivileged'),
      handle: (scheme: string) => record(`protocol.handle ${scheme}`),
    },
    screen: {
      getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    session: { defaultSession },
  };
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
const vitestArgv = process.argv;

/** Imports main/index.ts afresh, lets the app get ready, and waits for the window or an exit. */
export async function boot(options: { lock?: boolean; argv?: string[]; platform?: FakePlatform } = {}) {
  fake.calls.length = 0;
  process.argv = options.argv ?? ['/nonexistent/kiosk/bergamo'];
  fake.state.platform = options.platform ?? 'linux';
  const fakeApp = fake.state.app as FakeApp | undefined;
  if (fakeApp) {
    fakeApp.windows.splice(0);
    fakeApp.quitting = false;
    fakeApp.exitCode = undefined;
  }
  fake.state.userData = mkdtempSync(path.join(tmpdir(), 'kiosk-userdata-'));
  fake.state.appPath = repo;
  fake.state.lock = options.lock ?? true;
  // The faked Electron outlives each fresh import of index.ts: forget the previous boot's listeners and windows.
  (fake.state.app as EventEmitter | undefined)?.removeAllListeners();
  (fake.state.defaultSession as EventEmitter | undefined)?.removeAllListeners();
  (fake.state.powerMonitor as EventEmitter | undefined)?.removeAllListeners();
  (fake.state.windows as unknown[] | undefined)?.splice(0);
  (fake.state.handlers as Map<string, unknown> | undefined)?.clear();
  vi.resetModules();
  await import('../index');
  const beforeReady = [...fake.calls];
  (fake.state.ready as () => void)();
  // main reads the config and the content folder asynchronously: wait for the window, or an exit.
  await untilCall(
    (calls) => calls.includes('new BrowserWindow') || calls.some((call) => call.startsWith('exit')),
  );
  return { beforeReady, all: [...fake.calls], app: fake.state.app as FakeApp };
}

/** Each case: process guards not installed for real, Node's timers faked, argv put back after. */
export function useBootHooks(): void {
  beforeEach(() => {
    vi.spyOn(process, 'on').mockImplementation(() => process);
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
  });
  afterEach(() => {
    process.argv = vitestArgv;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}
