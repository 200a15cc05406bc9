/** The web build shows every slide's texts, figures and source, in both languages. */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import report from '../data/report.json' with { type: 'json' };

const slides = [...report.slides].sort((a, b) => a.order - b.order);

const webBuild = fileURLToPath(new URL('../dist/web/index.html', import.meta.url));

for (const [where, url] of [
  ['a server', './'],
  ['disk (file://)', pathToFileURL(webBuild).href],
] as const) {
  test(`the web build loads from ${where} with its font and no foreign request`, async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(slides[0]!.title.it);
    expect(await page.evaluate(() => document.fonts.check('700 32px "Inter Variable"'))).toBe(true);
    const origin = url === './' ? new URL(baseURL!).origin : 'file://';
    expect(requests.filter((r) => !r.startsWith(origin))).toEqual([]);
  });
}

test('every slide shows its title, headline and source in Italian and English', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('./?mode=presentation&reducedMotion=1');
  for (const slide of slides) {
    const region = page.locator(`[data-slide="${slide.id}"]`);
    await page.getByRole('button', { name: 'Italiano' }).click();
    await expect(region.getByRole('heading', { level: 1 })).toHaveText(slide.title.it);
    await expect(region).toContainText(slide.source.it);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(region.getByRole('heading', { level: 1 })).toHaveText(slide.title.en);
    await expect(region).toContainText(slide.source.en);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  expect(errors).toEqual([]);
});
