/** One picture of each mode of the show, for the README. */
import { fileURLToPath } from 'node:url';
import { test, type Page } from '@playwright/test';
import { openShow } from '../../e2e/frozen-clock';
import { settled } from '../../e2e/settled';

const out = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

async function open(page: Page, query: string): Promise<void> {
  await openShow(page, query);
  await settled(page);
}

test.use({ hasTouch: true });

test('kiosk: the attract loop', async ({ page }) => {
  await open(page, 'slide=fifth-exporting-province');
  await page.clock.runFor(4000);
  await settled(page);
  await page.screenshot({ path: out('mode-kiosk-attract') });
});

test('kiosk: explore, with the table view', async ({ page }) => {
  await open(page, 'slide=export-trend');
  await page.touchscreen.tap(600, 500);
  await page.getByRole('button', { name: 'English' }).click();
  await settled(page);
  await page.screenshot({ path: out('mode-kiosk-explore') });
  await page.getByRole('button', { name: 'Table' }).click();
  await settled(page);
  await page.screenshot({ path: out('mode-kiosk-table') });
});

test('kiosk: still there?', async ({ page }) => {
  await open(page, 'slide=global-manufacturing&idleSeconds=20');
  await page.touchscreen.tap(600, 500);
  await page.clock.runFor(23_000);
  await settled(page);
  await page.screenshot({ path: out('mode-kiosk-idle') });
});

test('presentation: keys and the help overlay', async ({ page }) => {
  await open(page, 'mode=presentation&lang=en&slide=innovative-manufacturing');
  await page.keyboard.press('?');
  await settled(page);
  await page.screenshot({ path: out('mode-presentation') });
});

test('signage: the loop, nothing to touch', async ({ page }) => {
  await open(page, 'mode=signage&slide=green-manufacturing');
  await settled(page);
  await page.screenshot({ path: out('mode-signage') });
});

test('portrait totem: explore', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await open(page, 'slide=second-industrial-province');
  await page.touchscreen.tap(500, 600);
  await settled(page);
  await page.screenshot({ path: out('mode-kiosk-portrait') });
});
