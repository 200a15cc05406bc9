import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { isRequestAllowed, lockSession, type LockableSession } from './security';
import { lockNavigation, type NavigableContents } from './navigation';
import { FakeContents, FakeSession, fakeEvent } from './testing/fakes';

/** Every permission name Electron 45 knows, read from its own type definitions. */
function electronPermissionNames(): string[] {
  const require = createRequire(import.meta.url);
  const types = readFileSync(require.resolve('electron/electron.d.ts'), 'utf8');
  const start = types.indexOf('setPermissionRequestHandler(handler');
  const signature = types.slice(start, types.indexOf('callback', start));
  return [...signature.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

describe('lockSession', () => {
  function locked() {
    const session = new FakeSession();
    const blocked = vi.fn();
    lockSession(session as unknown as LockableSession, blocked);
    return { session, blocked };
  }

  const permissions = electronPermissionNames();

  it('reads the full list of permissions from Electron', () => {
    expect(permissions.length).toBeGreaterThan(30);
    expect(permissions).toEqual(
      expect.arrayContaining([
        'media',
        'geolocation',
        'notifications',
        'openExternal',
        'fullscreen',
        'unknown',
      ]),
    );
  });

  it.each(permissions)('denies the permission request and check for %s', (permission) => {
    const { session, blocked } = locked();
    const callback = vi.fn();
    session.permissionRequest!(null, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(blocked).toHaveBeenCalledWith('permission request', permission);
    expect(session.permissionCheck!(null, permission, 'app://kiosk', {})).toBe(false);
  });

  it('denies devices, screen capture and Bluetooth pairing', () => {
    const { session } = locked();
    expect(session.devicePermission!({ deviceType: 'usb', origin: 'app://kiosk' })).toBe(false);
    const streams = vi.fn();
    session.displayMedia!({}, streams);
    expect(streams).toHaveBeenCalledWith(null);
    const pairing = vi.fn();
    session.bluetooth!({}, pairing);
    expect(pairing).toHaveBeenCalledWith({ confirmed: false });
  });

  it.each([
    ['app://kiosk/index.html', false],
    ['app://kiosk/assets/index.js', false],
    ['https://example.com/track.gif', true],
    ['http://127.0.0.1:4173/', true],
    ['wss://example.com/socket', true],
    ['file:///etc/passwd', true],
    ['app://evil/index.html', true],
    ['devtools://devtools/bundled/inspector.html', true],
  ])('request filter: %s → cancel %s', (url, cancel) => {
    const { session } = locked();
    const callback = vi.fn();
    session.beforeRequest!({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });

  it('cancels downloads and device choosers', () => {
    const { session, blocked } = locked();
    const download = fakeEvent();
    session.emit('will-download', download, { getURL: () => 'https://example.com/x.zip' });
    expect(download.defaultPrevented).toBe(true);
    for (const chooser of ['select-hid-device', 'select-serial-port', 'select-usb-device']) {
      const event = fakeEvent();
      session.emit(chooser, event, {}, vi.fn());
      expect(event.defaultPrevented).toBe(true);
    }
    expect(blocked).toHaveBeenCalledWith('download', 'https://example.com/x.zip');
  });
});

describe('isRequestAllowed', () => {
  it.each([
    ['app://kiosk/index.html', false, true],
    ['app://KIOSK/index.html (Chromium lowercases it first)', false, false],
    ['app://kiosk.evil.com/', false, false],
    ['data:image/png;base64,AAAA', false, true],
    ['blob:app://kiosk/1234', false, false],
    ['javascript:alert(1)', false, false],
    ['devtools://devtools/x', false, false],
    ['devtools://devtools/x', true, true],
    ['not a url', false, false],
    ['', false, false],
  ])('%s (devtools %s) → %s', (url, devTools, expected) => {
    expect(isRequestAllowed(url, devTools)).toBe(expected);
  });
});

describe('lockNavigation', () => {
  function locked() {
    const contents = new FakeContents();
    const blocked = vi.fn();
    lockNavigation(contents as unknown as NavigableContents, blocked);
    return { contents, blocked };
  }

  it.each([
    ['app://kiosk/index.html', false],
    ['app://kiosk/other.html#x', false],
    ['https://example.com/', true],
    ['app://kiosk.example.com/', true],
    ['app://kiosk@evil.com/', true],
    ['https://app.kiosk/', true],
    ['javascript:alert(1)', true],
    ['file:///C:/Windows/explorer.exe', true],
    ['data:text/html,<h1>x</h1>', true],
    ['about:blank', true],
  ])('%s → prevented: %s, on every navigation event', (url, prevented) => {
    const { contents } = locked();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const event = fakeEvent({ url });
      contents.emit(name, event);
      expect(event.defaultPrevented, name).toBe(prevented);
    }
  });

  it('denies every window.open and every webview', () => {
    const { contents, blocked } = locked();
    expect(contents.windowOpenHandler!({ url: 'app://kiosk/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    expect(blocked).toHaveBeenCalledWith('window.open', 'https://example.com/');
  });
});
