/**
 * The boot order and wiring of main/index.ts, with Electron faked at the
 * edge: what must happen before ready (sandbox, privileged scheme, lockdown
 * of every session and webContents), what happens on ready (no menu, the app
 * scheme, every IPC channel, the window), and the GPU fallback relaunch.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_TABLE } from '../app/ipc/table';
import type { FakeApp, FakePlatform, FakePowerMonitor, FakeWindow } from './testing/fakes';
import { FakeContents, FakeSession, fakeEvent } from './testing/fakes';

const fake = vi.hoisted(() => ({
  calls: [] as string[],
  state: {} as Record<string, unknown>,
  /** Checks run after each recorded call; each is dropped once it answers true. */
  waiters: [] as (() => boolean)[],
}));

/** Resolves once a recorded call satisfies `done` (main reads the disk asynchronously). No clock. */
function untilCall(done: (calls: readonly string[]) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => done(fake.calls) && (resolve(), true);
    if (!check()) fake.waiters.push(check);
  });
}

vi.mock('./log-file', () => ({
  setupFileLog: () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }),
}));

vi.mock('electron', async () => {
  const {
    FakeApp,
    FakePowerMonitor,
    FakeSession: Session,
    FakeWindow: Window,
  } = await import('./testing/fakes');
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
  const defaultSession = new Session();
  fake.state.defaultSession = defaultSession;
  const windows: InstanceType<typeof Window>[] = [];
  fake.state.windows = windows;
  class BrowserWindow extends Window {
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
  const handlers = new Map<string, unknown>();
  fake.state.handlers = handlers;
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
});

const repo = fileURLToPath(new URL('../', import.meta.url));
const vitestArgv = process.argv;

async function boot(options: { lock?: boolean; argv?: string[]; platform?: FakePlatform } = {}) {
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
  await import('./index');
  const beforeReady = [...fake.calls];
  (fake.state.ready as () => void)();
  // main reads the config and the content folder asynchronously: wait for the window, or an exit.
  await untilCall(
    (calls) => calls.includes('new BrowserWindow') || calls.some((call) => call.startsWith('exit')),
  );
  return { beforeReady, all: [...fake.calls], app: fake.state.app as FakeApp };
}

// The first test imports the whole main graph through vite's transform: slow on a busy machine.
describe('main/index.ts', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.spyOn(process, 'on').mockImplementation(() => process);
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
  });
  afterEach(() => {
    process.argv = vitestArgv;
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
    // electron-log's own IPC channel is closed: the page logs through the validated contract.
    expect(ready).toEqual(
      expect.arrayContaining(['removeAllListeners __ELECTRON_LOG__', 'removeHandler __ELECTRON_LOG__']),
    );
    const handlers = fake.state.handlers as Map<string, unknown>;
    expect([...handlers.keys()].sort()).toEqual(
      Object.values(IPC_TABLE)
        .map((call) => call.channel)
        .sort(),
    );
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

  it('relaunches the AppImage itself, not the binary inside its mount (electron-builder#1727)', async () => {
    vi.stubEnv('APPIMAGE', '/home/kiosk/Bergamo.AppImage');
    try {
      const { app } = await boot();
      const gone = { type: 'GPU', reason: 'crashed', exitCode: 1 };
      app.emit('child-process-gone', fakeEvent(), gone);
      app.emit('child-process-gone', fakeEvent(), gone);
      expect(fake.calls.slice(-2)).toEqual(['relaunch /home/kiosk/Bergamo.AppImage', 'exit 0']);
    } finally {
      vi.unstubAllEnvs();
    }
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

  it.each(['--remote-debugging-port=9222', '--inspect=9229', '--no-sandbox'])(
    'a packaged build refuses to start with %s, and says why',
    async (flag) => {
      const { all } = await boot({ argv: ['/nonexistent/kiosk/bergamo', flag] });
      expect(all).toContain('exit 1');
      expect(all).not.toContain('whenReady');
      expect(all).not.toContain('new BrowserWindow');
    },
  );

  it('the on-screen problems notice gets no full path with a user name', async () => {
    await boot({
      argv: ['/nonexistent/kiosk/bergamo', '--config=/home/alice/kiosk/kiosk.config.json', '--slides=nope'],
    });
    const handler = (fake.state.handlers as Map<string, (event: unknown) => unknown>).get(
      IPC_TABLE.getSettings.channel,
    )!;
    const payload = handler({ senderFrame: { url: 'app://kiosk/index.html', parent: null } }) as {
      problems: { file: string; message: string }[];
    };
    expect(payload.problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(payload.problems)).toContain('/home/<user>/kiosk/kiosk.config.json');
    expect(JSON.stringify(payload.problems)).not.toContain('alice');
  });

  it('a second instance exits at once and opens no window', async () => {
    const { all } = await boot({ lock: false });
    expect(all).toContain('exit 0');
    expect(all).not.toContain('new BrowserWindow');
    expect(all).not.toContain('whenReady');
  });

  it('--check runs the preflight instead of the show: no lock, no window, exit with its code', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { all } = await boot({ argv: ['/nonexistent/kiosk/bergamo', '--check', '--slide-seconds=1'] });
    await vi.waitFor(() => expect(fake.calls).toContain('exit 1'));
    expect(all).not.toContain('requestSingleInstanceLock');
    expect(fake.calls).not.toContain('new BrowserWindow');
    expect(fake.calls).not.toContain('enableSandbox');
    expect(log.mock.calls.map(([line]) => String(line))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^command line: slideSeconds: /)]),
    );
  });

  it('answers getSettings without the admin PIN', async () => {
    await boot();
    const handler = (fake.state.handlers as Map<string, (event: unknown) => unknown>).get(
      IPC_TABLE.getSettings.channel,
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
    // One supervisor (crash, hang and start watch) per window.
    expect(EventEmitter.listenerCount(window.webContents, 'unresponsive')).toBe(1);
    expect(EventEmitter.listenerCount(window.webContents, 'preload-error')).toBe(1);
  });

  describe.each<FakePlatform>(['win32', 'darwin', 'linux'])('quitting on %s', (platform) => {
    const bootRecord = async () => {
      const { readFileSync } = await import('node:fs');
      return JSON.parse(
        readFileSync(path.join(fake.state.userData as string, 'kiosk-state.json'), 'utf8'),
      ) as { unconfirmedBoots: number[] };
    };

    it('a quit from the OS, an updater or a test driver goes through, and confirms the start', async () => {
      const { app } = await boot({ platform });
      app.quit();
      expect(app.exitCode).toBe(0);
      expect((await bootRecord()).unconfirmedBoots).toHaveLength(0);
    });

    it('a visitor still cannot close the window', async () => {
      await boot({ platform });
      const window = (fake.state.windows as FakeWindow[])[0]!;
      expect(window.close()).toBe(false);
      expect(window.destroyed).toBe(false);
    });

    it.each<[string, (window: FakeWindow) => void]>([
      [
        'its page refuses to unload (beforeunload)',
        (window) => (window.webContents.beforeUnloadRefuses = true),
      ],
      [
        "a 'close' listener prevents it",
        (window) => window.once('close', (event: { preventDefault(): void }) => event.preventDefault()),
      ],
    ])(
      'a quit cancelled because %s: the window is locked again at once, recovery stays on, the start unconfirmed',
      async (_case, refuse) => {
        const { app } = await boot({ platform });
        const window = (fake.state.windows as FakeWindow[])[0]!;
        refuse(window);
        const timers = vi.getTimerCount();
        app.quit();
        expect(app.exitCode).toBeUndefined();
        // The refusal is read once the listeners have run (a microtask), with no clock involved.
        await Promise.resolve();
        expect(vi.getTimerCount()).toBe(timers);
        window.webContents.beforeUnloadRefuses = false;
        expect(window.close()).toBe(false);
        expect(window.destroyed).toBe(false);
        expect((await bootRecord()).unconfirmedBoots).toHaveLength(1);

        const loads = window.loadURL.mock.calls.length;
        window.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
        vi.advanceTimersByTime(10_000);
        expect(window.loadURL.mock.calls.length).toBe(loads + 1);

        app.quit();
        expect(app.exitCode).toBe(0);
      },
    );

    it('the system ending the session quits cleanly: start confirmed, show stopped recorded, no recovery after', async () => {
      const { app } = await boot({ platform });
      // The show has been recording (its journal folder exists; the renderer's records create it).
      mkdirSync(path.join(fake.state.userData as string, 'insight'));
      const window = (fake.state.windows as FakeWindow[])[0]!;
      const power = fake.state.powerMonitor as FakePowerMonitor;
      // Each platform says it its own way: Windows through the window, Linux and macOS through powerMonitor.
      const ended = platform === 'win32' ? window.endSession(['shutdown']) : power.systemShutdown();
      expect(ended).toBe(true);
      if (platform !== 'win32') expect(power.delayed).toBe(true);
      expect(app.exitCode).toBe(0);
      expect((await bootRecord()).unconfirmedBoots).toHaveLength(0);
      const journal = readdirSync(path.join(fake.state.userData as string, 'insight'))
        .map((file) => readFileSync(path.join(fake.state.userData as string, 'insight', file), 'utf8'))
        .join('\n');
      expect(journal).toContain('"type":"stop"');

      // The OS then takes the renderer and the GPU process down: nothing is reloaded or relaunched.
      const loads = window.loadURL.mock.calls.length;
      window.webContents.emit('render-process-gone', fakeEvent(), { reason: 'killed', exitCode: 9 });
      const gone = { type: 'GPU', reason: 'killed', exitCode: 9 };
      app.emit('child-process-gone', fakeEvent(), gone);
      app.emit('child-process-gone', fakeEvent(), gone);
      vi.advanceTimersByTime(60_000);
      expect(window.loadURL.mock.calls.length).toBe(loads);
      expect(fake.calls).not.toContain('relaunch');
    });

    it('Windows asking whether the session may end is never refused, and stops nothing yet', async () => {
      const { app } = await boot({ platform });
      const window = (fake.state.windows as FakeWindow[])[0]!;
      const query = fakeEvent({ reasons: ['logoff'] });
      window.emit('query-session-end', query);
      expect(query.defaultPrevented).toBe(false);
      expect(app.exitCode).toBeUndefined();
      expect((await bootRecord()).unconfirmedBoots).toHaveLength(1);
    });
  });

  describe.each(['kiosk', 'signage', 'presentation'])('liveness in %s mode', (mode) => {
    const argv = process.argv;
    beforeEach(() => {
      process.argv = [...argv, `--mode=${mode}`];
      // main's clock (Date.now) moves with the timers here.
      vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
    });
    afterEach(() => {
      process.argv = argv;
    });

    it('a show that hangs with nobody touching it is reloaded within 30 s', async () => {
      await boot();
      const window = (fake.state.windows as FakeWindow[])[0]!;
      const shows = () =>
        window.loadURL.mock.calls.filter(([url]) => url === 'app://kiosk/index.html').length;
      vi.advanceTimersByTime(60_000);
      expect(shows()).toBe(1);
      window.webContents.hang();
      // Electron reports the kill as 'render-process-gone' (reason 'killed') soon after it.
      let reported = false;
      for (let t = 0; t < 30 && shows() === 1; t++) {
        vi.advanceTimersByTime(1_000);
        if (!reported && window.webContents.forcefullyCrashRenderer.mock.calls.length > 0) {
          reported = true;
          window.webContents.gone('killed');
        }
      }
      expect(shows()).toBe(2);
      vi.advanceTimersByTime(10 * 60_000);
      expect(shows()).toBe(2);
    });
  });
});
