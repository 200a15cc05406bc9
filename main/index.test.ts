/**
 * The boot order and wiring of main/index.ts, with Electron faked at the
 * edge (testing/fake-electron.ts): what must happen before ready (sandbox,
 * privileged scheme, lockdown of every session and webContents), what happens
 * on ready (no menu, the app scheme, every IPC channel, the window), and the
 * GPU fallback relaunch. The quit path is in index-quit.test.ts.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_TABLE } from '../app/ipc/table';
import type { FakeWindow } from './testing/fakes';
import { FakeContents, FakeSession, fakeEvent } from './testing/fakes';

const { fake, boot, fakeElectronModule, useBootHooks } = await vi.hoisted(
  () => import('./testing/fake-electron'),
);

vi.mock('./log-file', () => ({
  setupFileLog: () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }),
}));
vi.mock('electron', () => fakeElectronModule());

// The first test imports the whole main graph through vite's transform: slow on a busy machine.
describe('main/index.ts', { timeout: 30_000 }, () => {
  useBootHooks();

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
});
