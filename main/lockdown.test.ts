import { describe, expect, it } from 'vitest';
import type { Mode } from '../app/config/settings';
import { createLogger } from './log';
import { HIDDEN_CURSOR_CSS, lockWindow, REGAIN_MS, type LockableWindow } from './lockdown';
import { FakeClock, FakeWindow, fakeEvent } from './testing/fakes';

function locked(mode: Mode, devTools = false) {
  const window = new FakeWindow();
  const clock = new FakeClock();
  const lines: string[] = [];
  const lock = lockWindow(window as unknown as LockableWindow, {
    mode,
    devTools,
    log: createLogger((level, line) => lines.push(`${level} ${line}`)),
    setTimeout: clock.setTimeout,
  });
  const key = (key: string, mods: Partial<Record<'control' | 'meta' | 'alt' | 'shift', boolean>> = {}) => {
    const event = fakeEvent();
    window.webContents.emit('before-input-event', event, {
      type: 'keyDown',
      key,
      control: false,
      meta: false,
      alt: false,
      shift: false,
      ...mods,
    });
    return event.defaultPrevented;
  };
  return { window, clock, lock, key, lines };
}

describe('lockWindow, every mode', () => {
  it.each<[Mode, boolean]>([
    ['kiosk', true],
    ['signage', true],
    // The presenter's Ctrl + / − / 0 reach the page, which changes its text size (renderer/show/text-size.svelte.ts).
    ['presentation', false],
  ])('%s: blocks reload (and zoom chords: %s), pins zoom, no context menu', (mode, zoomChordsBlocked) => {
    const { window, key } = locked(mode);
    expect(key('r', { control: true })).toBe(true);
    expect(key('=', { control: true })).toBe(zoomChordsBlocked);
    expect(key('ArrowRight')).toBe(false);
    const menu = fakeEvent();
    window.webContents.emit('context-menu', menu, {});
    expect(menu.defaultPrevented).toBe(true);
    window.webContents.emit('did-finish-load');
    expect(window.webContents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    const zoom = fakeEvent();
    window.webContents.emit('zoom-changed', zoom, 'in');
    expect(window.webContents.setZoomLevel).toHaveBeenCalledWith(0);
  });
});

describe('lockWindow in kiosk and signage', () => {
  it.each<Mode>(['kiosk', 'signage'])('%s: goes back to fullscreen and focus when it loses them', (mode) => {
    const { window, clock } = locked(mode);
    window.fullScreen = false;
    window.emit('leave-full-screen');
    window.focused = false;
    window.emit('blur');
    expect(window.setFullScreen).not.toHaveBeenCalled();
    clock.advance(REGAIN_MS);
    expect(window.setFullScreen).toHaveBeenCalledWith(true);
    expect(window.setKiosk).toHaveBeenCalledWith(true);
    expect(window.focus).toHaveBeenCalled();
  });

  it('refuses to close until the admin quit or the app shutting down allows it', () => {
    const { window, lock } = locked('kiosk');
    const first = fakeEvent();
    window.emit('close', first);
    expect(first.defaultPrevented).toBe(true);
    lock.allowClose();
    const second = fakeEvent();
    window.emit('close', second);
    expect(second.defaultPrevented).toBe(false);
  });

  it('closes devtools that opened in a production build', () => {
    const { window } = locked('kiosk');
    window.webContents.emit('devtools-opened');
    expect(window.webContents.closeDevTools).toHaveBeenCalled();
  });

  it('blocks F11, so the window cannot leave fullscreen by key', () => {
    const { window, key } = locked('kiosk');
    expect(key('F11')).toBe(true);
    expect(window.setFullScreen).not.toHaveBeenCalled();
  });
});

describe('the cursor', () => {
  it.each<[Mode, number]>([
    ['signage', 1],
    ['kiosk', 0],
    ['presentation', 0],
  ])('%s: hidden by main on every load %i time(s)', (mode, times) => {
    const { window } = locked(mode);
    window.webContents.emit('did-finish-load');
    expect(window.webContents.insertCSS).toHaveBeenCalledTimes(times);
    if (times) expect(window.webContents.insertCSS).toHaveBeenCalledWith(HIDDEN_CURSOR_CSS);
  });
});

describe('lockWindow in presentation', () => {
  it('F11 toggles fullscreen, Esc leaves it, and the window stays a normal one', () => {
    const { window, key, clock } = locked('presentation');
    window.fullScreen = false;
    expect(key('F11')).toBe(true);
    expect(window.setFullScreen).toHaveBeenLastCalledWith(true);
    expect(key('Escape')).toBe(false);
    expect(window.setFullScreen).toHaveBeenLastCalledWith(false);
    window.emit('leave-full-screen');
    window.emit('blur');
    clock.advance(10 * REGAIN_MS);
    expect(window.setKiosk).not.toHaveBeenCalled();
    expect(window.focus).not.toHaveBeenCalled();
    const close = fakeEvent();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(false);
  });

  it('lets devtools chords through only in a development build', () => {
    expect(locked('presentation', true).key('F12')).toBe(false);
    expect(locked('presentation', false).key('F12')).toBe(true);
  });
});

describe('a window destroyed meanwhile', () => {
  it('is left alone', () => {
    const { window, clock } = locked('kiosk');
    window.emit('leave-full-screen');
    window.isDestroyed.mockReturnValue(true);
    clock.advance(REGAIN_MS);
    expect(window.setFullScreen).not.toHaveBeenCalled();
    expect(window.setKiosk).not.toHaveBeenCalled();
  });
});

describe('lockWindow, closing for a quit', () => {
  it.each<[Mode, boolean]>([
    ['kiosk', false],
    ['signage', false],
  ])('%s: allowClose lets a close through, refuseClose locks it again', (mode) => {
    const { window, lock } = locked(mode);
    lock.allowClose();
    expect(window.setClosable).toHaveBeenLastCalledWith(true);
    const open = fakeEvent();
    window.emit('close', open);
    expect(open.defaultPrevented).toBe(false);
    lock.refuseClose();
    expect(window.setClosable).toHaveBeenLastCalledWith(false);
    const shut = fakeEvent();
    window.emit('close', shut);
    expect(shut.defaultPrevented).toBe(true);
  });
});
