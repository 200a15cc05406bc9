/**
 * The accessibility audit: axe-core with the WCAG 2.2 A and AA rules on every
 * view a visitor, a presenter or an operator can meet: every slide in both
 * languages and its table view, each mode (kiosk attract and explore,
 * presentation, signage), every panel (index, read more, table, help, still
 * there?), the blanked screen, the portrait totem, the admin problems notice,
 * PIN pad and panel, and the safe screen. Zero violations, and no rule is
 * disabled. Views are grouped per page load, with time frozen before the
 * load, and audited once their layout has settled (charts at their final
 * state: motion is not what the rules judge).
 */
import { expect, test, type Page } from './fixtures';
import { RECOVERY_HTML } from '../main/recovery-page';
import { audit } from './axe';
import { LANGS, SLIDES } from './charts-support';
import { openShow } from './frozen-clock';

const S = 1000;

test.use({ reducedMotion: 'reduce', hasTouch: true });
// Each test audits several whole pages, and an audit takes seconds on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });

/** Opens the web build with time frozen before the page loads, and charts at their final state. */
const open = (page: Page, query: string) => openShow(page, `reducedMotion=1&${query}`);

/** One slide on screen (the crossfade over), its text fitted. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-slide]')).toHaveCount(1);
  await expect(page.locator('[data-slide]')).toHaveAttribute('data-ready', 'true');
}

const band = (page: Page) => page.getByTestId('explore-band');
const bandButton = (page: Page, name: RegExp) => band(page).getByRole('button', { name });

for (const lang of LANGS) {
  // The table view's structure is the same in both languages: it is audited in the original's.
  const withTable = lang === 'it';
  test(`every slide in ${lang === 'it' ? 'Italian' : 'English'}${withTable ? ', and its table view' : ''}`, async ({
    page,
  }) => {
    await open(page, `mode=presentation&lang=${lang}`);
    const found: string[] = [];
    for (const [index, slide] of SLIDES.entries()) {
      await expect(page.locator('.show')).toHaveAttribute('data-slide-index', String(index));
      await settled(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Each chart's text alternative (app/charts/summary.ts) is in the page for a screen reader.
      const summaries = page.locator('[data-slide] figure [data-testid="chart-summary"]');
      await expect(summaries).toHaveCount(slide.charts.length);
      for (const summary of await summaries.allTextContents()) expect(summary.length).toBeGreaterThan(20);
      found.push(...(await audit(page, `${slide.id} (${lang})`)));
      if (withTable) {
        // The table view, the charts' full text alternative.
        await bandButton(page, /^Tabella$/).click();
        await expect(page.getByTestId('table-panel')).toBeVisible();
        found.push(...(await audit(page, `${slide.id} table`, { scope: '[data-testid="table-panel"]' })));
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('table-panel')).toHaveCount(0);
      }
      await page.keyboard.press('PageDown');
    }
    expect(found).toEqual([]);
  });
}

test('kiosk: attract loop, explore, index, read more, table, still there? and the portrait totem', async ({
  page,
}) => {
  await open(page, 'mode=kiosk&idleSeconds=60&slide=export-trend');
  const found: string[] = [];
  await settled(page);
  await expect(page.getByTestId('cta')).toBeVisible();
  found.push(...(await audit(page, 'kiosk attract')));

  await page.touchscreen.tap(400, 400);
  await expect(page.locator('.show')).toHaveAttribute('data-phase', 'explore');
  await settled(page);
  found.push(...(await audit(page, 'kiosk explore')));

  for (const [name, testid] of [
    [/^Indice$/, 'index-panel'],
    [/^Leggi tutto$/, 'read-more-panel'],
    [/^Tabella$/, 'table-panel'],
  ] as const) {
    await bandButton(page, name).click();
    await expect(page.getByTestId(testid)).toBeVisible();
    found.push(...(await audit(page, `kiosk ${testid}`)));
    await page.getByTestId(testid).getByRole('button', { name: 'Chiudi' }).click();
    await expect(page.getByTestId(testid)).toHaveCount(0);
  }

  await page.clock.runFor(60 * S);
  await expect(page.getByTestId('idle-overlay')).toBeVisible();
  found.push(...(await audit(page, 'kiosk still there?')));
  await page.touchscreen.tap(400, 400);
  await expect(page.getByTestId('idle-overlay')).toHaveCount(0);

  await page.setViewportSize({ width: 1080, height: 1920 });
  await settled(page);
  found.push(...(await audit(page, 'kiosk explore on a 1080×1920 totem')));
  expect(found).toEqual([]);
});

test('presentation: help, index and read more in English, and the blanked screen', async ({ page }) => {
  await open(page, 'mode=presentation&lang=en&slide=global-manufacturing');
  await settled(page);
  const found: string[] = [];
  for (const [name, testid] of [
    [/^Keys$/, 'help-panel'],
    [/^Index$/, 'index-panel'],
    [/^Read more$/, 'read-more-panel'],
  ] as const) {
    await bandButton(page, name).click();
    await expect(page.getByTestId(testid)).toBeVisible();
    found.push(...(await audit(page, `presentation ${testid} (en)`)));
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(testid)).toHaveCount(0);
  }
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeVisible();
  found.push(...(await audit(page, 'presentation blanked')));
  expect(found).toEqual([]);
});

test('signage: the loop with no call to action', async ({ page }) => {
  await open(page, 'mode=signage&lang=en&slide=centre-of-gravity');
  await settled(page);
  await expect(page.getByTestId('attract-band')).toBeVisible();
  expect(await audit(page, 'signage')).toEqual([]);
});

test('admin: the problems notice, the PIN pad with a wrong PIN, and the admin panel', async ({ page }) => {
  await open(page, 'mode=kiosk&pin=5555&slideSeconds=abc');
  await settled(page);
  const found: string[] = [];
  await expect(page.getByTestId('problems-notice')).toBeVisible();
  found.push(...(await audit(page, 'problems notice')));

  await page.keyboard.press('Control+Alt+Shift+KeyP');
  const pad = page.getByTestId('pin-pad');
  await expect(pad).toBeVisible();
  for (const digit of '1111') await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pin-answer')).not.toBeEmpty();
  found.push(...(await audit(page, 'PIN pad, wrong PIN')));

  for (const digit of '5555') await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('admin-panel')).toBeVisible();
  found.push(...(await audit(page, 'admin panel')));
  expect(found).toEqual([]);
});

test('the safe screen main shows after repeated crashes', async ({ page }) => {
  // The page main serves from memory (main/recovery-page.ts), as it is, from the app's origin.
  await page.route('**/__recovery.html', (route) =>
    route.fulfill({ body: RECOVERY_HTML, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('./__recovery.html');
  await expect(page.locator('p[lang="en"]')).toBeVisible();
  expect(await audit(page, 'safe screen')).toEqual([]);
});

test('the audit itself finds a violation, with the page clock paused', async ({ page }) => {
  // Guards the audit's own plumbing (e2e/axe.ts): an engine that never ran would report nothing.
  await openShow(page, 'reducedMotion=1&mode=presentation&lang=en&slide=intro');
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.dataset.testid = 'nameless';
    document.querySelector('[data-slide]')?.append(button);
  });
  const found = await audit(page, 'a nameless button');
  expect(found).toEqual([expect.stringMatching(/^a nameless button: button-name \(critical\)/)]);
});
