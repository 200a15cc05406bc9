/**
 * Visitor insight in the web build: visits made with taps, buttons, a swipe,
 * a panel, a language switch and both ways out become the expected event
 * stream in the browser's storage, and the expected numbers in the admin
 * panel's Insight view. Playwright's clock stands in for time.
 */
import { expect, test, type Page } from './fixtures';
import { openShow, SHOW_EPOCH } from './frozen-clock';
import { swipeLeft } from './show-support';

test.use({ hasTouch: true });

const S = 1000;
const QUERY =
  'reducedMotion=1&slides=intro-overview,intro-export-share,export-trend&slideSeconds=5&idleSeconds=10&idleWarningSeconds=3&pin=5555';

const open = (page: Page, query = QUERY) => openShow(page, query);

const phase = (page: Page) => page.locator('.show');

/** The event types stored for today, in order. */
async function storedTypes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('kiosk-insight:')) lines.push(...(localStorage.getItem(key) ?? '').split('\n'));
    }
    return lines.filter(Boolean).map((line) => (JSON.parse(line) as { type: string }).type);
  });
}

async function openInsight(page: Page): Promise<void> {
  await page.keyboard.press('Control+Alt+Shift+KeyP');
  const pad = page.getByTestId('pin-pad');
  for (const digit of '5555') await pad.getByRole('button', { name: `Cifra ${digit}` }).click();
  await pad.getByRole('button', { name: 'OK' }).click();
  await page.getByTestId('admin-panel').getByRole('button', { name: 'Statistiche visitatori' }).click();
  await expect(page.getByTestId('insight-view')).toBeVisible();
}

test('two visits (one left by the button, one by the idle question) are recorded and counted', async ({
  page,
}) => {
  await open(page);
  await page.clock.runFor(15 * S); // one full loop cycle
  await expect(phase(page)).toHaveAttribute('data-locale', 'en');

  // Visit 1: wake, a button, a swipe, the table, a language switch, back to the loop.
  await page.touchscreen.tap(400, 400);
  await expect(phase(page)).toHaveAttribute('data-phase', 'explore');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(phase(page)).toHaveAttribute('data-slide-index', '1');
  await swipeLeft(page);
  await expect(phase(page)).toHaveAttribute('data-slide-index', '2');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('l');
  await expect(phase(page)).toHaveAttribute('data-locale', 'it');
  await page.clock.runFor(4 * S);
  await page.getByRole('button', { name: 'Torna alla presentazione' }).click();
  await expect(phase(page)).toHaveAttribute('data-phase', 'attract');
  await expect
    .poll(() => storedTypes(page))
    .toEqual(['start', 'loop', 'wake', 'slide', 'slide', 'panel', 'language', 'slide', 'end']);

  // Visit 2: wake, then nobody: the question, its countdown, the loop.
  await page.touchscreen.tap(400, 400);
  await expect(phase(page)).toHaveAttribute('data-phase', 'explore');
  await page.clock.runFor(10 * S);
  await expect(page.getByTestId('idle-overlay')).toBeVisible();
  await page.clock.runFor(3 * S);
  await expect(phase(page)).toHaveAttribute('data-phase', 'attract');
  await expect.poll(async () => (await storedTypes(page)).slice(9)).toEqual(['wake', 'slide', 'end']);

  await openInsight(page);
  await expect(page.getByTestId('insight-visits')).toHaveText('2');
  await expect(page.getByTestId('insight-loops')).toHaveText('1');
  // Visit 1 lasted 4 s with the visitor; visit 2 none (the idle wait is left out): median 2 s.
  await expect(page.getByTestId('insight-median')).toHaveText('2 s');
  await expect(page.getByTestId('insight-slides').getByRole('listitem')).toHaveCount(3);
  // All the reading time was after the switch to Italian, or in English before it.
  await expect(page.getByTestId('insight-share')).toContainText('IT 100%');
  await expect(page.getByTestId('insight-recoveries')).toHaveText('0');
});

test('the export downloads the two CSV files', async ({ page }) => {
  await open(page);
  await page.touchscreen.tap(400, 400);
  await page.getByRole('button', { name: 'Torna alla presentazione' }).click();
  await openInsight(page);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Esporta CSV' }).click();
  await expect(page.getByTestId('insight-view').getByRole('status')).toContainText(
    'kiosk-visits-2026-05-04.csv',
  );
  await expect
    .poll(() => downloads.sort())
    .toEqual(['kiosk-daily-2026-05-04.csv', 'kiosk-visits-2026-05-04.csv']);
});

test('with ?insight=0 nothing is stored, and the view says recording is off', async ({ page }) => {
  await open(page, `${QUERY}&insight=0`);
  await page.touchscreen.tap(400, 400);
  await page.getByRole('button', { name: 'Torna alla presentazione' }).click();
  await expect(phase(page)).toHaveAttribute('data-phase', 'attract');
  expect(await storedTypes(page)).toEqual([]);
  await openInsight(page);
  await expect(page.getByTestId('insight-view')).toContainText('La registrazione è spenta');
  await expect(page.getByTestId('insight-visits')).toHaveText('0');
});

test('the recoveries show in all and by kind; an older record’s page recovery counts as a crash', async ({
  page,
}) => {
  // Recorded by the Electron host in the field; an older build wrote `renderer` for crashes and hangs.
  await page.addInitScript((epoch) => {
    const key = 'kiosk-insight:2026-05-04';
    if (localStorage.getItem(key) !== null) return;
    const kinds = ['crash', 'hang', 'hang', 'gpu', 'renderer'];
    const line = (kind: string, i: number) =>
      `${JSON.stringify({ type: 'recovery', t: epoch - 3_600_000 + i * 1000, kind })}\n`;
    localStorage.setItem(key, kinds.map(line).join(''));
  }, SHOW_EPOCH);
  await open(page);
  await openInsight(page);
  await expect(page.getByTestId('insight-recoveries')).toHaveText('5');
  await expect(page.getByTestId('insight-recovery-kinds').locator('div')).toHaveText([
    /^Arresti anomali\s*2$/,
    /^Blocchi\s*2$/,
    /^Guasti della grafica\s*1$/,
    /^Schermata «Un momento»\s*0$/,
    /^Ridisegni dopo la sospensione\s*0$/,
  ]);
});
