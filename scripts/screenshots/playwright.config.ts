/**
 * `npm run screenshots`: one picture per slide and language, of the web build
 * at 1080p, into docs/screenshots/. Not part of `npm test`: pictures are for
 * people, the e2e specs are the checks.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4175);

export default defineConfig({
  testDir: '.',
  testMatch: /\.shots\.ts$/,
  outputDir: '../../test-results/screenshots',
  fullyParallel: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1920, height: 1080 },
    // Half the pixels of the screen: sharp enough for a README, a tenth of the bytes.
    deviceScaleFactor: 0.5,
    reducedMotion: 'reduce',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
});
