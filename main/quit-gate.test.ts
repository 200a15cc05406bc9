/**
 * The quit gate against Electron's quit path (FakeApp, FakeWindow and
 * FakePowerMonitor follow browser.cc, window_list.cc, native_window*.cc and
 * the docs; see main/testing/fakes.ts), on each platform, with no clock.
 */
import { describe, expect, it, vi } from 'vitest';
import { lockWindow, type LockableWindow } from './lockdown';
import { createLogger } from './log';
import { gateQuits } from './quit-gate';
import { FakeApp, FakePowerMonitor, FakeWindow, fakeEvent, type FakePlatform } from './testing/fakes';

function kiosk(platform: FakePlatform) {
  const app = new FakeApp(platform);
  const window = new FakeWindow(platform, { closable: false });
  app.track(window);
  const lines: string[] = [];
  const log = createLogger((level, line) => lines.push(`${level} ${line}`));
  // No timer is ever due: the gate must not need one.
  const setTimeout = vi.fn();
  const lock = lockWindow(window as unknown as LockableWindow, {
    mode: 'kiosk',
    devTools: false,
    log,
    setTimeout,
  });
  const onQuitting = vi.fn();
  const gate = gateQuits({
    app,
    openForQuit: () => lock.allowClose(),
    lockAgain: () => lock.refuseClose(),
    onQuitting,
    log,
  });
  gate.watchWindow(window);
  const power = new FakePowerMonitor(() => platform);
  gate.watchPower(power);
  /** Lets the gate read the events once their listeners have run. */
  const settle = () => Promise.resolve();
  return { app, window, gate, onQuitting, power, lines, setTimeout, settle };
}

describe.each<FakePlatform>(['win32', 'darwin', 'linux'])('the quit gate on %s', (platform) => {
  it('a quit goes through: the window closes, then the app counts as quitting, once', async () => {
    const { app, window, gate, onQuitting, settle } = kiosk(platform);
    app.quit();
    await settle();
    expect(window.destroyed).toBe(true);
    expect(app.exitCode).toBe(0);
    expect(gate.quitting()).toBe(true);
    expect(onQuitting).toHaveBeenCalledTimes(1);
  });

  it.each<[string, (k: ReturnType<typeof kiosk>) => void]>([
    ['the page refuses to unload', ({ window }) => (window.webContents.beforeUnloadRefuses = true)],
    [
      "a 'close' listener prevents it",
      ({ window }) => window.once('close', (e: Event) => e.preventDefault()),
    ],
    [
      "a 'before-quit' listener prevents it",
      ({ app }) => app.once('before-quit', (e: Event) => e.preventDefault()),
    ],
  ])('a quit cancelled because %s: locked again at once, not quitting', async (_case, refuse) => {
    const k = kiosk(platform);
    refuse(k);
    k.app.quit();
    await k.settle();
    expect(k.app.exitCode).toBeUndefined();
    expect(k.gate.quitting()).toBe(false);
    expect(k.onQuitting).not.toHaveBeenCalled();
    expect(k.lines.some((line) => line.startsWith('warn quit: cancelled'))).toBe(true);
    // A visitor's close is refused again, and on Windows and macOS the native flag is back too.
    k.window.webContents.beforeUnloadRefuses = false;
    expect(k.window.close()).toBe(false);
    expect(k.window.closable).toBe(false);
    expect(k.setTimeout).not.toHaveBeenCalled();
    // The next quit still goes through.
    k.app.quit();
    expect(k.app.exitCode).toBe(0);
  });

  it('a beforeunload that another listener overrides (will-prevent-unload prevented) does not cancel', async () => {
    const { app, window, settle } = kiosk(platform);
    window.webContents.beforeUnloadRefuses = true;
    window.webContents.once('will-prevent-unload', (e: Event) => e.preventDefault());
    app.quit();
    await settle();
    expect(app.exitCode).toBe(0);
  });

  it('the system ending the session quits: recorded at once, before the process may be ended', () => {
    const { app, window, power, onQuitting, gate } = kiosk(platform);
    const ended = platform === 'win32' ? window.endSession(['logoff']) : power.systemShutdown();
    expect(ended).toBe(true);
    expect(onQuitting).toHaveBeenCalledTimes(1);
    expect(gate.quitting()).toBe(true);
    expect(app.exitCode).toBe(0);
    // Linux and macOS are asked to wait for the clean exit (docs/api/power-monitor.md).
    expect(power.delayed).toBe(platform !== 'win32');
  });

  it('Windows asking first is answered yes and changes nothing', () => {
    const { app, window, onQuitting } = kiosk(platform);
    const query = fakeEvent({ reasons: ['shutdown'] });
    window.emit('query-session-end', query);
    expect(query.defaultPrevented).toBe(false);
    expect(onQuitting).not.toHaveBeenCalled();
    expect(app.exitCode).toBeUndefined();
  });
});
