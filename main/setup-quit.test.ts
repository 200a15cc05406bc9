/** The quit path as wired for the host, on each platform's faked app and window. */
import { describe, expect, it, vi } from 'vitest';
import { lockWindow } from './lockdown';
import { setupQuit } from './setup-quit';
import { testContext } from './testing/boot-context';
import { FakeApp, FakeWindow, type FakePlatform } from './testing/fakes';

function setup(platform: FakePlatform) {
  const ctx = testContext();
  const app = new FakeApp(platform);
  const window = new FakeWindow(platform, { closable: false });
  app.track(window);
  ctx.host.window = window as never;
  ctx.host.windowLock = lockWindow(window as never, {
    mode: 'kiosk',
    devTools: false,
    log: ctx.log,
    setTimeout: () => 0,
  });
  const stop = vi.fn();
  ctx.host.insight = { recovery: vi.fn(), stop };
  const confirmOnQuit = vi.fn();
  const gate = setupQuit(ctx, app, { confirmOnQuit });
  gate.watchWindow(window);
  return { ctx, app, window, stop, confirmOnQuit };
}

describe.each<FakePlatform>(['win32', 'darwin', 'linux'])('setupQuit on %s', (platform) => {
  it('a quit the app did not start goes through: recovery off, start confirmed, end recorded', () => {
    const { ctx, app, window, stop, confirmOnQuit } = setup(platform);
    app.quit();
    expect(window.destroyed).toBe(true);
    expect(app.exitCode).toBe(0);
    expect(ctx.host.quitting).toBe(true);
    expect(confirmOnQuit).toHaveBeenCalledOnce();
    expect(stop).toHaveBeenCalledOnce();
  });

  it('a quit a window refuses leaves the host running and the window locked', async () => {
    const { ctx, app, window, confirmOnQuit } = setup(platform);
    window.once('close', (event: { preventDefault(): void }) => event.preventDefault());
    app.quit();
    await Promise.resolve();
    expect(ctx.host.quitting).toBe(false);
    expect(confirmOnQuit).not.toHaveBeenCalled();
    expect(window.close()).toBe(false);
  });
});
