/**
 * A slide says it is laid out (`data-ready`) only when it is: at the very
 * moment it says so, every text of it lies inside its box. The handout prints
 * on that word, and every spec measures on it; a slide that said it a frame
 * early had chart labels out of its box, and a busy machine caught it there.
 */
import { expect, test, type Page } from './fixtures';
import { zoomedPage } from './browser-zoom';
import { SLIDES } from './charts-support';

test.use({ reducedMotion: 'reduce' });

/** Watches every slide turn ready, and notes what lies outside it at that moment. */
async function watchReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __ready: string[]; __outside: string[] };
    w.__ready = [];
    w.__outside = [];
    new MutationObserver((records) => {
      for (const { target } of records) {
        if (!(target instanceof HTMLElement) || target.dataset.ready !== 'true') continue;
        const id = target.dataset.slide ?? '?';
        w.__ready.push(id);
        const box = target.getBoundingClientRect();
        // Text in a region that scrolls (enlarged text, key figures) may lie beyond the box.
        const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          const element = node.parentElement;
          if (!text || !element || element.closest('.visually-hidden, [role="region"]')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) {
            if (r.width < 0.5 || r.height < 0.5) continue;
            if (
              r.right > box.right + 1 ||
              r.bottom > box.bottom + 1 ||
              r.left < box.left - 1 ||
              r.top < box.top - 1
            )
              w.__outside.push(
                `${id}: "${text.slice(0, 30)}" at ${Math.round(r.right)}×${Math.round(r.bottom)}`,
              );
          }
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
}

/** Visits every slide by Page Down, each once it says it is ready. */
async function visitAll(page: Page): Promise<{ ready: string[]; outside: string[] }> {
  for (const [index, slide] of SLIDES.entries()) {
    if (index > 0) await page.keyboard.press('PageDown');
    await expect(page.locator(`[data-slide="${slide.id}"]`)).toHaveAttribute('data-ready', 'true');
  }
  return page.evaluate(() => {
    const w = window as unknown as { __ready: string[]; __outside: string[] };
    return { ready: w.__ready, outside: w.__outside };
  });
}

const query = `mode=presentation&lang=it&reducedMotion=1&slide=${SLIDES[0]!.id}`;

test('at 1920×1080, every slide’s charts are inside it when it says it is laid out', async ({ page }) => {
  await watchReady(page);
  await page.goto(`./?${query}`);
  const { ready, outside } = await visitAll(page);
  expect(ready).toEqual(SLIDES.map((slide) => slide.id));
  expect(outside).toEqual([]);
});

test('at 200 % browser zoom, every slide’s charts are inside it when it says it is laid out', async ({
  browser,
}) => {
  const page = await zoomedPage(browser, 2);
  await watchReady(page);
  await page.goto(`./?${query}`);
  await expect(page.locator('[data-slide]')).toHaveAttribute('data-enlarged', 'true');
  const { ready, outside } = await visitAll(page);
  expect(ready).toEqual(SLIDES.map((slide) => slide.id));
  expect(outside).toEqual([]);
  await page.context().close();
});
