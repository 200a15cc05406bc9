/**
 * The one window factory's options. The web preferences are literal and locked:
 * isolated, sandboxed, no Node, no webviews (Electron security checklist #1-#3).
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowPlan {
  /** Absolute path of the bundled CommonJS preload. */
  readonly preload: string;
  /** Packaged builds get no devtools. */
  readonly production: boolean;
}

export const BACKGROUND_COLOUR = '#f6f4ef';

export function mainWindowOptions(plan: WindowPlan): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
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
    },
  };
}
