/**
 * Session and webContents lockdown, applied to every session and every
 * webContents the app ever creates:
 * - every permission request, check, device and display-media request is
 *   denied (deny-by-default: the show needs none of them);
 * - every network request that is not the app's own scheme is cancelled
 *   (the kill-switch behind the CSP);
 * - downloads are cancelled; window.open is denied; webviews never attach;
 *   navigation stays on the app's origin (navigation.ts).
 */
import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';
import { lockNavigation } from './navigation';

/**
 * Whether the window may load `url`: the app's own scheme and host, and
 * `data:` (inline images, never a network request). Devtools' own scheme only
 * in a development build.
 */
export function isRequestAllowed(url: string, allowDevTools = false): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (parsed.protocol === 'data:') return true;
  return allowDevTools && (parsed.protocol === 'devtools:' || parsed.protocol === 'chrome-extension:');
}

export type Blocked = (what: string, detail: string) => void;

/** The parts of a session the lockdown sets. */
export type LockableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
  | 'setSpellCheckerEnabled'
  | 'on'
> & { readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** Denies every permission and cancels every request outside the app, on one session. */
export function lockSession(session: LockableSession, onBlocked: Blocked, allowDevTools = false): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    onBlocked('permission request', permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    onBlocked('screen capture', '');
    callback(null);
  });
  session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, allowDevTools);
    if (!allowed) onBlocked('request', details.url);
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event, item) => {
    event.preventDefault();
    onBlocked('download', item.getURL());
  });
  for (const chooser of ['select-hid-device', 'select-serial-port', 'select-usb-device'] as const) {
    session.on(chooser as 'select-hid-device', (event) => {
      event.preventDefault();
      onBlocked('device chooser', chooser);
    });
  }
}

/** Applies the navigation and window lockdown to one webContents. */
export function lockContents(contents: WebContents, onBlocked: Blocked): void {
  lockNavigation(contents, onBlocked);
}
