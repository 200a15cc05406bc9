/** One screenshot per slide and language: docs/screenshots/<slide-id>.<lang>.png. */
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { LANGS, SLIDES, openSlide } from '../../e2e/charts-support';

const folder = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

for (const slide of SLIDES) {
  for (const lang of LANGS) {
    test(`${slide.id}.${lang}`, async ({ page }) => {
      const region = await openSlide(page, slide.id, lang);
      const box = await region.boundingBox();
      if (!box) throw new Error(`${slide.id} is not on screen`);
      // The slide's own box, a pixel short of the deck's controls below it.
      const clip = { x: box.x, y: box.y, width: Math.floor(box.width), height: Math.floor(box.height) - 1 };
      await page.screenshot({ path: `${folder}${slide.id}.${lang}.png`, clip, animations: 'disabled' });
    });
  }
}
