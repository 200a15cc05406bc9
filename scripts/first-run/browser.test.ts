import { describe, expect, it } from 'vitest';
import {
  browserCandidates,
  findBrowser,
  nextStep,
  noBrowserMessage,
  playwrightDownloadHost,
  SYSTEM_CHROMIUM,
  SYSTEM_HEADLESS_SHELL,
} from './browser';

const PW = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

describe('browserCandidates + findBrowser', () => {
  it.each<[string, Record<string, string>, string[], string | undefined]>([
    [
      'CHROMIUM_PATH first',
      { CHROMIUM_PATH: '/opt/chrome' },
      ['/opt/chrome', SYSTEM_CHROMIUM, PW],
      'CHROMIUM_PATH',
    ],
    [
      'CHROMIUM_PATH missing: the system headless shell',
      { CHROMIUM_PATH: '/opt/chrome' },
      [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM, PW],
      'system headless shell',
    ],
    [
      'no CHROMIUM_PATH: the headless shell before the browser',
      {},
      [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM, PW],
      'system headless shell',
    ],
    ['no headless shell: the system browser', {}, [SYSTEM_CHROMIUM, PW], 'system Chromium'],
    ["neither: Playwright's", {}, [PW], "Playwright's Chromium"],
    ['none', { CHROMIUM_PATH: '/opt/chrome' }, [], undefined],
  ])('%s', (_name, env, existing, expected) => {
    const found = findBrowser(browserCandidates(env, PW), (p) => existing.includes(p));
    expect(found?.label).toBe(expected);
  });

  it('a test can hide the system paths', () => {
    const candidates = browserCandidates({ KIOSK_TEST_SYSTEM_CHROMIUM: '/hidden' }, PW);
    expect(candidates.map((c) => c.path)).toEqual(['/hidden', '/hidden', PW]);
  });

  it('the bench asks for the full browser, as signage players run it', () => {
    const found = findBrowser(browserCandidates({}, PW, { headlessShell: false }), () => true);
    expect(found?.path).toBe(SYSTEM_CHROMIUM);
  });

  it('Playwright without a path (the launch options) is never "found"', () => {
    expect(findBrowser(browserCandidates({}, ''), () => true)?.label).toBe('system headless shell');
    expect(findBrowser(browserCandidates({ KIOSK_TEST_SYSTEM_CHROMIUM: '/x' }, ''), (p) => p === '')).toBe(
      undefined,
    );
  });
});

describe('nextStep', () => {
  const found = { label: 'system Chromium', path: SYSTEM_CHROMIUM, playwrights: false };
  it.each([
    [found, false, 'run'],
    [found, true, 'run'],
    [undefined, true, 'install'],
    [undefined, false, 'stop'],
  ] as const)('found %j, host reachable %s → %s', (browser, reachable, expected) => {
    expect(nextStep(browser, reachable)).toBe(expected);
  });
});

describe('noBrowserMessage', () => {
  it('names every place looked at and both remedies', () => {
    const message = noBrowserMessage(browserCandidates({}, PW), 'not tried', 'cdn.playwright.dev');
    expect(message).toContain(`system headless shell: ${SYSTEM_HEADLESS_SHELL} does not exist`);
    expect(message).toContain(`system Chromium: ${SYSTEM_CHROMIUM} does not exist`);
    expect(message).toContain(`Playwright's Chromium: ${PW} does not exist`);
    expect(message).toContain('apt-get install chromium-headless-shell');
    expect(message).toContain('npx playwright install chromium');
  });
});

describe('playwrightDownloadHost', () => {
  it.each([
    [{}, 'https://cdn.playwright.dev'],
    [{ PLAYWRIGHT_DOWNLOAD_HOST: 'https://mirror.example' }, 'https://mirror.example'],
    [
      {
        PLAYWRIGHT_DOWNLOAD_HOST: 'https://a.example',
        PLAYWRIGHT_CHROMIUM_DOWNLOAD_HOST: 'https://b.example',
      },
      'https://b.example',
    ],
  ])('%j → %s', (env, expected) => {
    expect(playwrightDownloadHost(env)).toBe(expected);
  });
});
