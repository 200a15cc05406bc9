/**
 * How every Playwright run here launches Chromium (e2e, screenshots, bench):
 * Debian's packages where they exist, since `npx playwright install` cannot
 * download on our machines (the headless shell first; the bench asks for the
 * full browser); CHROMIUM_PATH overrides them, and Playwright's own browser is
 * the fallback elsewhere. The flags keep a headless run quiet and offline.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';
import { browserCandidates, findBrowser } from '../scripts/first-run/browser';

export function chromiumLaunchOptions({
  headlessShell = true,
}: { headlessShell?: boolean } = {}): LaunchOptions {
  // The same choice as npm test's preflight (scripts/first-run/ensure-browser.ts).
  const found = findBrowser(browserCandidates(process.env, '', { headlessShell }), existsSync);
  return {
    ...(found && !found.playwrights ? { executablePath: found.path } : {}),
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
