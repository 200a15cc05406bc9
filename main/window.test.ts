import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window';

describe('mainWindowOptions', () => {
  it.each([true, false])('locks the web preferences (production: %s)', (production) => {
    const { webPreferences } = mainWindowOptions({ preload: '/app/out/preload/preload.cjs', production });
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
  });
});
