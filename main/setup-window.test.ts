/** The main window: opened on the chosen display, locked, supervised, replaced on a mode switch. */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusWindow, setupMainWindow, type WindowElectron } from './setup-window';
import { testContext } from './testing/boot-context';
import { FakeWindow, fakeEvent } from './testing/fakes';

const displays = [
  { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
  { id: 2, bounds: { x: 1920, y: 0, width: 1080, height: 1920 } },
];

function setup(plan: { display?: 'primary' | number; safeMode?: boolean } = {}) {
  const ctx = testContext();
  const opened: { window: FakeWindow; options: { x?: number; kiosk?: boolean } }[] = [];
  class BrowserWindow extends FakeWindow {
    constructor(options: { x?: number; kiosk?: boolean; closable?: boolean }) {
      super('win32', options);
      opened.push({ window: this, options });
    }
  }
  const screen = { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0]! };
  const watchWindow = vi.fn();
  const window = setupMainWindow(ctx, { BrowserWindow, screen } as unknown as WindowElectron, {
    quitGate: { watchWindow },
    display: plan.display ?? 'primary',
    safeMode: plan.safeMode ?? false,
  });
  return { ctx, window, opened, watchWindow };
}

describe('setupMainWindow', () => {
  beforeEach(
    () => void vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] }),
  );
  afterEach(() => void vi.useRealTimers());

  it('opens nothing until asked, then one locked, supervised kiosk window showing the show', () => {
    const { ctx, window, opened, watchWindow } = setup({ display: 1 });
    expect(opened).toHaveLength(0);
    window.open();
    const [{ window: shown, options }] = opened as [(typeof opened)[0]];
    expect(options).toMatchObject({ x: 1920, kiosk: true });
    expect(ctx.host.window).toBe(shown);
    expect(watchWindow).toHaveBeenCalledWith(shown);
    expect(shown.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    expect(EventEmitter.listenerCount(shown.webContents, 'unresponsive')).toBe(1);
    const close = fakeEvent();
    shown.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    shown.emit('ready-to-show');
    expect(shown.show).toHaveBeenCalled();
    expect(window.watchOf(shown.webContents)).toBeDefined();
  });

  it('a display that does not exist: the primary one, and the log says why', () => {
    const { ctx, window, opened } = setup({ display: 5 });
    window.open();
    expect(opened[0]!.options.x).toBe(0);
    expect(ctx.lines.some((line) => line.startsWith('warn display: display 5 does not exist'))).toBe(true);
  });

  it('on the safe screen first after failing starts, then the show again', () => {
    const { window, opened } = setup({ safeMode: true });
    window.open();
    const shown = opened[0]!.window;
    expect(shown.loadURL.mock.calls.map(([url]) => url)).toEqual(['app://kiosk/__recovery.html']);
    vi.runOnlyPendingTimers();
    expect(shown.loadURL.mock.calls.map(([url]) => url)).toContain('app://kiosk/index.html');
  });

  it('a mode switch opens a new window in the new mode and destroys the old one', () => {
    const { ctx, window, opened } = setup({ safeMode: true });
    window.open();
    ctx.host.mode = 'presentation';
    window.open();
    const [first, second] = opened as [(typeof opened)[0], (typeof opened)[0]];
    expect(first.window.destroyed).toBe(true);
    expect(second.options.kiosk).toBeUndefined();
    // The safe screen is for the first window of a start only.
    expect(second.window.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    expect(ctx.host.window).toBe(second.window);
  });

  it('reload loads the show again in the current window', () => {
    const { window, opened } = setup();
    window.open();
    window.reload();
    expect(opened[0]!.window.loadURL).toHaveBeenCalledTimes(2);
  });
});

describe('focusWindow', () => {
  it('brings a minimised window forward, and does nothing without a live window', () => {
    const { ctx } = setup();
    focusWindow(ctx.host);
    const window = new FakeWindow();
    window.isMinimized.mockReturnValue(true);
    ctx.host.window = window as never;
    focusWindow(ctx.host);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
