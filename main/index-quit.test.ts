/**
 * How main/index.ts quits and stays alive, on each platform's faked Electron
 * (testing/fake-electron.ts): a quit from the OS goes through and confirms the
 * start, a visitor cannot close the window, a cancelled quit locks it again,
 * the system ending the session stops the show cleanly, and a hung show is
 * reloaded in every mode.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakePlatform, FakePowerMonitor, FakeWindow } from './testing/fakes';
import { fakeEvent } from './testing/fakes';

const { fake, boot, fakeElectronModule, useBootHooks } = await vi.hoisted(
  () => import('./testing/fake-electron'),
);

vi.mock('./log-file', () => ({
  setupFileLog: () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }),
}));
vi.mock('electron', () => fakeElectronModule());

// Each case imports the whole main graph afresh: slow on a busy machine.
describe('main/index.ts quitting and liveness', { timeout: 30_000 }, () => {
  useBootHooks();

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
