/**
 * The window's lockdown, per mode. In every mode: the key filter
 * (input-policy.ts) stops reload, zoom and devtools chords; no context menu;
 * zoom pinned at 100 % (visual zoom limits 1–1, Ctrl+wheel undone). In kiosk
 * and signage also: the window returns to fullscreen and focus if it loses
 * them, devtools close if they open, and it cannot be closed except by the
 * admin panel's quit or the system shutting the app down.
 */
import type { BrowserWindow } from 'electron';
import type { Mode } from '../app/config/settings';
import { decideInput } from '../app/kiosk/input-policy';
import type { Logger } from './log';

/** The parts of a window the lockdown uses. */
export type LockableWindow = Pick<
  BrowserWindow,
  | 'on'
  | 'isFullScreen'
  | 'setFullScreen'
  | 'setKiosk'
  | 'focus'
  | 'isFocused'
  | 'isDestroyed'
  | 'restore'
  | 'setClosable'
> & {
  readonly webContents: Pick<
    BrowserWindow['webContents'],
    'on' | 'setVisualZoomLevelLimits' | 'setZoomLevel' | 'setZoomFactor' | 'closeDevTools' | 'insertCSS'
  >;
};

export interface LockdownOptions {
  readonly mode: Mode;
  readonly devTools: boolean;
  readonly log: Logger;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
}

export interface WindowLock {
  /**
   * Lets the window close: the app is quitting. On Windows and macOS a window that is not
   * closable cancels `app.quit()` (NativeWindowViews::Close, NativeWindowMac::Close), so the
   * native flag is lifted too.
   */
  allowClose(): void;
  /** Refuses closes again: a quit was cancelled. */
  refuseClose(): void;
}

/** Signage has no visitor at the screen: no cursor, whatever the page does. */
export const HIDDEN_CURSOR_CSS = '*, *::before, *::after { cursor: none !important; }';

/** How long a kiosk window may be out of fullscreen or focus before it is put back. */
export const REGAIN_MS = 1_000;

export function isLockedMode(mode: Mode): boolean {
  return mode !== 'presentation';
}

/** Applies the lockdown to one window. */
export function lockWindow(window: LockableWindow, options: LockdownOptions): WindowLock {
  const { mode, devTools, log } = options;
  const contents = window.webContents;
  let closable = false;

  contents.on('before-input-event', (event, input) => {
    const decision = decideInput(input, { mode, devTools, fullScreen: window.isFullScreen() });
    if (decision === 'block') event.preventDefault();
    else if (decision === 'toggle-fullscreen') {
      event.preventDefault();
      window.setFullScreen(!window.isFullScreen());
    } else if (decision === 'leave-fullscreen') window.setFullScreen(false);
  });
  contents.on('context-menu', (event) => event.preventDefault());
  const pinZoom = () => {
    contents.setZoomFactor(1);
    void contents.setVisualZoomLevelLimits(1, 1).catch(() => {});
  };
  contents.on('did-finish-load', pinZoom);
  if (mode === 'signage') {
    contents.on('did-finish-load', () => void contents.insertCSS(HIDDEN_CURSOR_CSS).catch(() => {}));
  }
  contents.on('zoom-changed', (event) => {
    event.preventDefault();
    contents.setZoomLevel(0);
  });

  if (!isLockedMode(mode)) return { allowClose: () => {}, refuseClose: () => {} };

  const later = (what: string, action: () => void) =>
    options.setTimeout(() => {
      if (!window.isDestroyed()) {
        log.warn(`lockdown: ${what}`);
        action();
      }
    }, REGAIN_MS);
  window.on('leave-full-screen', () =>
    later('back to fullscreen', () => {
      window.setKiosk(true);
      window.setFullScreen(true);
    }),
  );
  window.on('blur', () =>
    later('focus taken back', () => {
      if (!window.isFocused()) window.focus();
    }),
  );
  window.on('minimize', () => later('restored after minimise', () => window.restore()));
  if (!devTools) {
    contents.on('devtools-opened', () => {
      log.warn('lockdown: devtools closed');
      contents.closeDevTools();
    });
  }
  window.on('close', (event) => {
    if (closable) return;
    event.preventDefault();
    log.warn('lockdown: a close of the kiosk window was refused (use the admin panel to quit)');
  });
  return {
    allowClose: () => {
      closable = true;
      if (!window.isDestroyed()) window.setClosable(true);
    },
    refuseClose: () => {
      closable = false;
      if (!window.isDestroyed()) window.setClosable(false);
    },
  };
}
