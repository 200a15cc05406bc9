import { describe, expect, it } from 'vitest';
import type { Mode } from '../app/config/settings';
import { mainWindowOptions } from './window';

const totem = { x: 1920, y: 0, width: 1080, height: 1920 };
const plan = (mode: Mode, production = true) => ({
  preload: '/app/out/preload/preload.cjs',
  production,
  mode,
  display: totem,
});

describe('mainWindowOptions', () => {
  it.each([
    ['kiosk', true],
    ['kiosk', false],
    ['signage', true],
    ['presentation', true],
    ['presentation', false],
  ] as const)('locks the web preferences (%s, production: %s)', (mode, production) => {
    const { webPreferences } = mainWindowOptions(plan(mode, production));
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !production,
    });
    expect(webPreferences).not.toHaveProperty('webSecurity');
    expect(webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it.each<Mode>(['kiosk', 'signage'])(
    '%s: a frameless fullscreen kiosk window covering the chosen display',
    (mode) => {
      expect(mainWindowOptions(plan(mode))).toMatchObject({
        kiosk: true,
        fullscreen: true,
        frame: false,
        x: 1920,
        y: 0,
        width: 1080,
        height: 1920,
        resizable: false,
        movable: false,
        minimizable: false,
        closable: false,
        alwaysOnTop: true,
        show: false,
      });
    },
  );

  it('presentation: a normal window, centred on the chosen display, that can go fullscreen', () => {
    const options = mainWindowOptions(plan('presentation'));
    expect(options).toMatchObject({ fullscreenable: true, width: 1080, height: 800, x: 1920, y: 560 });
    expect(options.kiosk).toBeUndefined();
    expect(options.fullscreen).toBeUndefined();
    expect(options.frame).toBeUndefined();
  });
});
