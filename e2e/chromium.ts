/**
 * How every Playwright run here launches Chromium (e2e, screenshots, bench):
 * Debian's /usr/bin/chromium where it exists, since `npx playwright install`
 * cannot download on our machines; CHROMIUM_PATH overrides it, and
 * Playwright's own browser is the fallback elsewhere. The flags keep a
 * headless run quiet and offline.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export function chromiumLaunchOptions(): LaunchOptions {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return {
    ...(existsSync(path) ? { executablePath: path } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  };
}
