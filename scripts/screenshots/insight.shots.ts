/** The Insight view of the admin panel after a synthetic fair week, for the README's exhibitor section. */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import type { InsightEvent } from '../../app/insight/events';
import { encodeLine, localClock } from '../../app/insight/journal';
import { syntheticWeek } from '../../app/testing/insight-week';
import { freezeClock } from '../../e2e/frozen-clock';

const out = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

/** Five days at a fair in Bergamo, a visitor every 7 minutes, one evening's power cut. */
const { events } = syntheticWeek({
  start: Date.parse('2026-04-30T07:00:00Z'),
  days: 5,
  openHours: 9,
  visitEveryMinutes: 7,
  powerCutDays: [2],
});
// The host's recoveries that week: a renderer crash on the second day, a hang on the last (today in the picture).
const recoveries: InsightEvent[] = [
  { type: 'recovery', t: Date.parse('2026-05-01T12:14:00Z'), kind: 'crash' },
  { type: 'recovery', t: Date.parse('2026-05-04T09:41:00Z'), kind: 'hang' },
];
const clock = localClock('Europe/Rome');
const days: Record<string, string> = {};
for (const event of [...events, ...recoveries].sort((a, b) => a.t - b.t))
  days[clock.day(event.t)] = (days[clock.day(event.t)] ?? '') + encodeLine(event);

async function openInsight(page: Page): Promise<void> {
  await page.addInitScript((stored: Record<string, string>) => {
    for (const [day, text] of Object.entries(stored)) localStorage.setItem(`kiosk-insight:${day}`, text);
  }, days);
  await freezeClock(page, Date.parse('2026-05-04T16:30:00Z'));
  await page.goto('./?pin=5555&lang=en');
  await expect(page.locator('.show')).toBeVisible();
  await page.keyboard.press('Control+Alt+Shift+KeyP');
  const pad = page.getByTestId('pin-pad');
  for (const digit of '5555') await pad.getByRole('button', { name: `Digit ${digit}` }).click();
  await pad.getByRole('button', { name: 'OK' }).click();
  await page.getByTestId('admin-panel').getByRole('button', { name: 'Visitor insight' }).click();
  await expect(page.getByTestId('insight-view').locator('svg rect')).toHaveCount(24);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

test.use({ timezoneId: 'Europe/Rome', locale: 'en-GB' });

test('admin: the Insight view, today', async ({ page }) => {
  await openInsight(page);
  await page.screenshot({ path: out('admin-insight') });
});

test('admin: the Insight view, whole period, on a portrait totem', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openInsight(page);
  await page.getByRole('button', { name: 'Whole period' }).click();
  await expect(page.getByTestId('insight-view')).toContainText('5 days');
  await page.screenshot({
    path: fileURLToPath(new URL('../../test-results/admin-insight-portrait.png', import.meta.url)),
  });
});
