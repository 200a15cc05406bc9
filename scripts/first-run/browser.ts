/**
 * Which Chromium the e2e tests drive, decided once for `npm test`'s preflight
 * and for Playwright's launch options: `CHROMIUM_PATH`, then Debian's headless
 * shell, then Debian's `/usr/bin/chromium`, then Playwright's own download.
 * The headless shell comes first because it is what Playwright itself runs
 * headless tests in: the same Blink without the browser's own UI, which on a
 * 2-core machine halves the CPU each test costs. The bench asks for the full
 * browser, as signage players run it.
 */

/** Debian's package `chromium-headless-shell`. */
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/** Debian's package `chromium`. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface BrowserCandidate {
  readonly label: string;
  readonly path: string;
  /** Playwright finds its own browser itself: no executablePath is passed for it. */
  readonly playwrights: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The candidates in order; without `headlessShell`, the full browser only.
 * `KIOSK_TEST_SYSTEM_CHROMIUM` replaces both system paths only so a test can
 * hide the real ones.
 */
export function browserCandidates(
  env: Env,
  playwrightPath: string,
  { headlessShell = true }: { headlessShell?: boolean } = {},
): BrowserCandidate[] {
  const candidates: BrowserCandidate[] = [];
  if (env.CHROMIUM_PATH)
    candidates.push({ label: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH, playwrights: false });
  if (headlessShell)
    candidates.push({
      label: 'system headless shell',
      path: env.KIOSK_TEST_SYSTEM_CHROMIUM ?? SYSTEM_HEADLESS_SHELL,
      playwrights: false,
    });
  candidates.push({
    label: 'system Chromium',
    path: env.KIOSK_TEST_SYSTEM_CHROMIUM ?? SYSTEM_CHROMIUM,
    playwrights: false,
  });
  candidates.push({ label: "Playwright's Chromium", path: playwrightPath, playwrights: true });
  return candidates;
}

/** The first candidate that exists, or undefined. */
export function findBrowser(
  candidates: readonly BrowserCandidate[],
  exists: (path: string) => boolean,
): BrowserCandidate | undefined {
  return candidates.find((candidate) => candidate.path !== '' && exists(candidate.path));
}

/** What to do when no browser is found: try Playwright's download only if its host answers. */
export function nextStep(
  found: BrowserCandidate | undefined,
  hostReachable: boolean,
): 'run' | 'install' | 'stop' {
  if (found) return 'run';
  return hostReachable ? 'install' : 'stop';
}

/** The one message `npm test` prints when it has no browser, naming both remedies. */
export function noBrowserMessage(
  candidates: readonly BrowserCandidate[],
  installFailure: string,
  downloadHost: string,
): string {
  return [
    'npm test needs Chromium for its e2e tests, and found none:',
    ...candidates.map((c) => `  - ${c.label}: ${c.path} does not exist`),
    `  - npx playwright install chromium: ${installFailure}`,
    'Install one of them, then run npm test again:',
    '  - Debian/Ubuntu: sudo apt-get install chromium-headless-shell   (or chromium; or set CHROMIUM_PATH to any Chromium or Chrome)',
    `  - anywhere with access to ${downloadHost}: npx playwright install chromium`,
  ].join('\n');
}

/** Playwright's own download host, as Playwright itself chooses it. */
export function playwrightDownloadHost(env: Env): string {
  return (
    env.PLAYWRIGHT_CHROMIUM_DOWNLOAD_HOST || env.PLAYWRIGHT_DOWNLOAD_HOST || 'https://cdn.playwright.dev'
  );
}
