/** The host state: recoveries are counted and journalled, a quit stops recovery and opens the window. */
import { describe, expect, it, vi } from 'vitest';
import { HostState } from './host-state';
import { lockWindow } from './lockdown';
import { FakeWindow } from './testing/fakes';

describe('HostState', () => {
  it('counts each recovery, and tells the journal once there is one', () => {
    const host = new HostState();
    host.countRecovery('crash');
    const recovery = vi.fn();
    host.insight = { recovery, stop: vi.fn() };
    host.countRecovery('gpu');
    expect(host.recoveries).toBe(2);
    expect(recovery.mock.calls).toEqual([['gpu']]);
  });

  it.each(['win32', 'darwin', 'linux'] as const)(
    'on %s, beginQuit stops recovery and lets the locked kiosk window close',
    (platform) => {
      const window = new FakeWindow(platform, { closable: false });
      const host = new HostState<FakeWindow>();
      host.window = window;
      host.windowLock = lockWindow(window as never, {
        mode: 'kiosk',
        devTools: false,
        log: { info() {}, warn() {}, error() {} },
        setTimeout: () => 0,
      });
      expect(window.close()).toBe(false);
      host.beginQuit();
      expect(host.quitting).toBe(true);
      expect(window.close()).toBe(true);
    },
  );

  it('beginQuit without a window yet only stops recovery', () => {
    const host = new HostState();
    host.beginQuit();
    expect(host.quitting).toBe(true);
  });

  it('liveWindow is undefined once the window is destroyed', () => {
    const host = new HostState<FakeWindow>();
    expect(host.liveWindow()).toBeUndefined();
    host.window = new FakeWindow();
    expect(host.liveWindow()).toBe(host.window);
    host.window.destroy();
    expect(host.liveWindow()).toBeUndefined();
  });
});
