/**
 * The boot order and wiring of main/index.ts, with Electron faked at the
 * edge: what must happen before ready (sandbox, privileged scheme, lockdown
 * of every session and webContents), what happens on ready (no menu, the app
 * scheme, every IPC channel, the window), and the GPU fallback relaunch.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../app/ipc/contract';
import type { FakeWindow } from './testing/fakes';
import { FakeContents, FakeSession, fakeEvent } from './testing/fakes';

const fake = vi.hoisted(() => ({
  calls: [] as string[],
  state: {} as Record<string, unknown>,
}));

vi.mock('./log-file', () => ({
  setupFileLog: () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }),
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { FakeSession: Session, FakeWindow: Window } = await import('./testing/fakes');
  const record = (name: string) => fake.calls.push(name);
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new Emitter(), {
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
    relaunch: () => record('relaunch'),
    exit: (code: number) => record(`exit ${code}`),
    quit: () => record('quit'),
    setLoginItemSettings: () => record('setLoginItemSettings'),
  });
  fake.state.app = app;
  fake.state.ready = () => resolveReady();
  const defaultSession = new Session();
  fake.state.defaultSession = defaultSession;
  const windows: InstanceType<typeof Window>[] = [];
  fake.state.windows = windows;
  class BrowserWindow extends Window {
    constructor(options: unknown) {
      super();
      record('new BrowserWindow');
      fake.state.windowOptions = options;
      windows.push(this);
    }
    setClosable = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
  }
  const handlers = new Map<string, unknown>();
  fake.state.handlers = handlers;
  return {
    app,
    BrowserWindow,
    // Electron's dialog.showOpenDialog resolves { canceled, filePaths } (docs/api/dialog.md).
    dialog: { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
    ipcMain: { handle: (channel: string, handler: unknown) => handlers.set(channel, handler) },
    Menu: { setApplicationMenu: (menu: unknown) => record(`setApplicationMenu ${String(menu)}`) },
    powerMonitor: new Emitter(),
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
});

const repo = fileURLToPath(new URL('../', import.meta.url));

async function boot(options: { lock?: boolean } = {}) {
  fake.calls.length = 0;
  fake.state.userData = mkdtempSync(path.join(tmpdir(), 'kiosk-userdata-'));
  fake.state.appPath = repo;
  fake.state.lock = options.lock ?? true;
  // The faked Electron outlives each fresh import of index.ts: forget the previous boot's listeners and windows.
  (fake.state.app as EventEmitter | undefined)?.removeAllListeners();
  (fake.state.defaultSession as EventEmitter | undefined)?.removeAllListeners();
  (fake.state.windows as unknown[] | undefined)?.splice(0);
  (fake.state.handlers as Map<string, unknown> | undefined)?.clear();
  vi.resetModules();
  await import('./index');
  const beforeReady = [...fake.calls];
  (fake.state.ready as () => void)();
  await new Promise((resolve) => setImmediate(resolve));
  return { beforeReady, all: [...fake.calls], app: fake.state.app as EventEmitter };
}

describe('main/index.ts', () => {
  beforeEach(() => {
    vi.spyOn(process, 'on').mockImplementation(() => process);
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('takes the single-instance lock first, and sets the sandbox and the scheme before ready', async () => {
    const { beforeReady } = await boot();
    expect(beforeReady.slice(0, 1)).toEqual(['requestSingleInstanceLock']);
    expect(beforeReady).toContain('registerSchemesAsPrivileged');
    expect(beforeReady).toContain('enableSandbox');
    expect(beforeReady.indexOf('enableSandbox')).toBeLessThan(beforeReady.indexOf('whenReady'));
    expect(beforeReady.indexOf('registerSchemesAsPrivileged')).toBeLessThan(beforeReady.indexOf('whenReady'));
    expect(beforeReady).not.toContain('new BrowserWindow');
  });

  it('on ready: no menu, the app scheme, every IPC channel, then one kiosk window', async () => {
    const { all } = await boot();
    const ready = all.slice(all.indexOf('whenReady'));
    expect(ready).toEqual(
      expect.arrayContaining(['setApplicationMenu null', 'protocol.handle app', 'new BrowserWindow']),
    );
    expect(ready.indexOf('setApplicationMenu null')).toBeLessThan(ready.indexOf('new BrowserWindow'));
    const handlers = fake.state.handlers as Map<string, unknown>;
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(fake.state.windowOptions).toMatchObject({
      kiosk: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    });
    const session = fake.state.defaultSession as FakeSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalled();
  });

  it('locks every session and every webContents created later', async () => {
    const { app } = await boot();
    const created = new FakeSession();
    app.emit('session-created', created);
    expect(created.setPermissionCheckHandler).toHaveBeenCalled();
    // The default session, announced again, is not locked twice.
    const defaultSession = fake.state.defaultSession as FakeSession;
    app.emit('session-created', defaultSession);
    expect(defaultSession.listenerCount('will-download')).toBe(1);
    const contents = new FakeContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const navigation = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
  });

  it('relaunches once without hardware acceleration after repeated GPU crashes', async () => {
    const { app } = await boot();
    const gone = { type: 'GPU', reason: 'crashed', exitCode: 1 };
    app.emit('child-process-gone', fakeEvent(), gone);
    expect(fake.calls).not.toContain('relaunch');
    app.emit('child-process-gone', fakeEvent(), gone);
    expect(fake.calls.slice(-2)).toEqual(['relaunch', 'exit 0']);
  });

  it('ignores other child processes and clean exits', async () => {
    const { app } = await boot();
    for (let i = 0; i < 3; i++) {
      app.emit('child-process-gone', fakeEvent(), { type: 'Utility', reason: 'crashed', exitCode: 1 });
      app.emit('child-process-gone', fakeEvent(), { type: 'GPU', reason: 'clean-exit', exitCode: 0 });
    }
    expect(fake.calls).not.toContain('relaunch');
  });

  it('confirms a healthy start after 2 minutes, but not a start that had errors in main', async () => {
    const { readFileSync } = await import('node:fs');
    const record = () =>
      JSON.parse(readFileSync(path.join(fake.state.userData as string, 'kiosk-state.json'), 'utf8')) as {
        unconfirmedBoots: number[];
      };
    await boot();
    expect(record().unconfirmedBoots).toHaveLength(1);
    vi.advanceTimersByTime(120_000);
    expect(record().unconfirmedBoots).toHaveLength(0);

    const guards = vi.mocked(process.on);
    await boot();
    const uncaught = guards.mock.calls.findLast(([name]) => name === 'uncaughtException')![1] as (
      e: Error,
    ) => void;
    uncaught(new Error('boom during start-up'));
    vi.advanceTimersByTime(120_000);
    expect(record().unconfirmedBoots).toHaveLength(1);
  });

  it('a second instance exits at once and opens no window', async () => {
    const { all } = await boot({ lock: false });
    expect(all).toContain('exit 0');
    expect(all).not.toContain('new BrowserWindow');
    expect(all).not.toContain('whenReady');
  });

  it('answers getSettings without the admin PIN', async () => {
    await boot();
    const handler = (fake.state.handlers as Map<string, (event: unknown) => unknown>).get(
      IPC_CHANNELS.getSettings,
    )!;
    const payload = handler({ senderFrame: { url: 'app://kiosk/index.html', parent: null } }) as {
      settings: Record<string, unknown>;
    };
    expect(payload.settings.mode).toBe('kiosk');
    expect(payload.settings).not.toHaveProperty('adminPin');
  });

  it('shows the window when it is ready and keeps it locked', async () => {
    await boot();
    const window = (fake.state.windows as FakeWindow[])[0]!;
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
    const close = fakeEvent();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    expect(EventEmitter.listenerCount(window.webContents, 'render-process-gone')).toBe(1);
  });
});
