/**
 * The one window factory's options, per mode. The web preferences are literal
 * and the same in every mode: isolated, sandboxed, no Node, no webviews, no
 * drag-and-drop navigation (Electron security checklist #1-#3). Kiosk and
 * signage get a frameless fullscreen kiosk window on the configured display;
 * presentation gets a normal window that can go fullscreen.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Mode } from '../app/config/settings';
import type { Rectangle } from '../app/kiosk/display';

export interface WindowPlan {
  /** Absolute path of the bundled CommonJS preload. */
  readonly preload: string;
  /** Packaged builds get no devtools. */
  readonly production: boolean;
  readonly mode: Mode;
  /** The bounds of the display the window goes on. */
  readonly display: Rectangle;
}

export const BACKGROUND_COLOUR = '#f6f4ef';

export function mainWindowOptions(plan: WindowPlan): BrowserWindowConstructorOptions {
  const { display } = plan;
  const shared: BrowserWindowConstructorOptions = {
    show: false,
    backgroundColor: BACKGROUND_COLOUR,
    autoHideMenuBar: true,
    title: 'Bergamo',
    webPreferences: {
      preload: plan.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !plan.production,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      backgroundThrottling: false,
    },
  };
  if (plan.mode === 'presentation') {
    const width = Math.min(1280, display.width);
    const height = Math.min(800, display.height);
    return {
      ...shared,
      x: display.x + Math.round((display.width - width) / 2),
      y: display.y + Math.round((display.height - height) / 2),
      width,
      height,
      minWidth: 800,
      minHeight: 600,
      fullscreenable: true,
    };
  }
  return {
    ...shared,
    x: display.x,
    y: display.y,
    width: display.width,
    height: display.height,
    kiosk: true,
    fullscreen: true,
    fullscreenable: true,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    closable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
  };
}
