/**
 * Presentation mode at 200 % browser zoom, for the README's accessibility
 * section: a 1920×1080 screen seen as 960×540 CSS pixels at twice the density
 * (see e2e/text-size.spec.ts for why `outerWidth` is given back), saved at
 * CSS-pixel size like the other pictures.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { freezeClock } from '../../e2e/frozen-clock';
import { settled } from '../../e2e/settled';

const out = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

test.use({
  viewport: { width: 960, height: 540 },
  deviceScaleFactor: 2,
  screen: { width: 1920, height: 1080 },
});

test('presentation at 200 % browser zoom', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'outerWidth', { get: () => 1920 });
    Object.defineProperty(window, 'outerHeight', { get: () => 1080 });
  });
  await freezeClock(page);
  await page.goto('./?mode=presentation&lang=en&slide=fifth-exporting-province');
  await expect(page.locator('[data-slide]')).toHaveAttribute('data-enlarged', 'true');
  await settled(page);
  await page.screenshot({ path: out('presentation-zoom-200'), scale: 'css' });
});
