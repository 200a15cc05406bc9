/**
 * Reach and size for every visitor:
 * - on a 1080×1920 portrait totem, every control of kiosk mode (the explore
 *   band and every panel, with its close button) sits in the lower band of
 *   the screen, within a seated visitor's reach (REACH_BAND_TOP);
 * - presentation mode at 200 % browser zoom (a 1920×1080 screen seen as
 *   960×540 CSS pixels at twice the density): no text is clipped or leaves
 *   the screen, and every control stays whole, apart and on screen.
 */
import { expect, test, type Page } from './fixtures';
import { REACH_BAND_TOP } from '../app/theme/tokens';
import it from '../data/locales/it.json' with { type: 'json' };
import { SLIDES } from './charts-support';
import { openShow } from './frozen-clock';

test.use({ reducedMotion: 'reduce', hasTouch: true });
test.describe.configure({ timeout: 180_000 });

const open = (page: Page, query: string) => openShow(page, `reducedMotion=1&${query}`);

interface Box {
  name: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The boxes of the visible buttons inside `selector`, by accessible name. */
function buttonBoxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [...root.querySelectorAll('button')]
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => {
          const r = b.getBoundingClientRect();
          const name = (b.getAttribute('aria-label') ?? b.innerText).trim();
          return { name, top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        }),
    ),
  );
}

test.describe('on a 1080×1920 portrait totem', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test('every control of kiosk mode is in the lower band, within reach from a wheelchair', async ({
    page,
  }) => {
    await open(page, 'mode=kiosk&slide=fifth-exporting-province');
    await page.touchscreen.tap(540, 1700);
    await expect(page.locator('.show')).toHaveAttribute('data-phase', 'explore');
    const reachTop = 1920 * REACH_BAND_TOP;
    const outOfReach = (boxes: Box[]) =>
      boxes.filter((b) => b.top < reachTop || b.bottom > 1920).map((b) => `${b.name} (${b.top}–${b.bottom})`);

    const band = await buttonBoxes(page, '[data-testid="explore-band"]');
    expect(band.length).toBeGreaterThanOrEqual(8);
    expect(outOfReach(band), 'explore band').toEqual([]);

    for (const [control, testid] of [
      [it.show.index, 'index-panel'],
      [it.show.readMore, 'read-more-panel'],
      [it.show.table, 'table-panel'],
    ] as const) {
      await page.getByTestId('explore-band').getByRole('button', { name: control, exact: true }).click();
      const panel = page.getByTestId(testid);
      await expect(panel).toBeVisible();
      const box = (await panel.boundingBox())!;
      // The panel clips and scrolls what it holds: inside its box is inside the band.
      expect(box.y, `${testid} starts in the band`).toBeGreaterThanOrEqual(reachTop);
      expect(box.y + box.height).toBeLessThanOrEqual(1920);
      expect(outOfReach(await buttonBoxes(page, `[data-testid="${testid}"] header`))).toEqual([]);
      await panel.getByRole('button', { name: it.show.close }).click();
      await expect(panel).toHaveCount(0);
    }
  });
});

test.describe('presentation at 200 % zoom', () => {
  // A 1920×1080 screen with the browser at 200 %: half the CSS pixels, twice the device pixels each.
  test.use({ viewport: { width: 960, height: 540 }, deviceScaleFactor: 2 });

  test('every slide keeps all its text and every control whole, apart and on screen', async ({ page }) => {
    await open(page, 'mode=presentation&lang=it');
    const problems: string[] = [];
    for (const [index, slide] of SLIDES.entries()) {
      await expect(page.locator('.show')).toHaveAttribute('data-slide-index', String(index));
      await expect(page.locator('[data-slide]')).toHaveCount(1);
      await expect(page.locator('[data-slide]')).toHaveAttribute('data-ready', 'true');
      problems.push(
        ...(await page.evaluate((id) => {
          const found: string[] = [];
          const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
          const outside = (r: DOMRect, c: { left: number; top: number; right: number; bottom: number }) =>
            r.left < c.left - 1 || r.top < c.top - 1 || r.right > c.right + 1 || r.bottom > c.bottom + 1;
          const section = document.querySelector(`[data-slide="${id}"]`)!;
          const band = document.querySelector('[data-testid="explore-band"]')!;
          for (const root of [section, band]) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent?.trim() ?? '';
              const element = node.parentElement;
              // Text hidden on purpose for screen readers only (clipped to nothing): the band's
              // labels on narrow screens, where its buttons show their icons and keep their names.
              if (!text || !element || getComputedStyle(element).clipPath === 'inset(50%)') continue;
              if (element.closest('.visually-hidden')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of [...range.getClientRects()].filter((q) => q.width > 0.5 && q.height > 0.5)) {
                if (outside(r, screen)) found.push(`${id}: "${text.slice(0, 40)}" off screen`);
                for (let a: Element | null = element; a && a !== root.parentElement; a = a.parentElement) {
                  const s = getComputedStyle(a);
                  if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
                  if (outside(r, a.getBoundingClientRect())) {
                    found.push(`${id}: "${text.slice(0, 40)}" clipped by <${a.tagName.toLowerCase()}>`);
                    break;
                  }
                }
              }
            }
          }
          const buttons = [...band.querySelectorAll('button')].map((b) => ({
            name: (b.getAttribute('aria-label') ?? b.innerText).trim(),
            r: b.getBoundingClientRect(),
          }));
          for (const [i, a] of buttons.entries()) {
            if (outside(a.r, screen)) found.push(`${id}: control "${a.name}" off screen`);
            if (Math.min(a.r.width, a.r.height) < 48) found.push(`${id}: control "${a.name}" under 48 px`);
            for (const b of buttons.slice(i + 1)) {
              const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (w > 0 && h > 0) found.push(`${id}: controls "${a.name}" and "${b.name}" overlap`);
            }
          }
          return found;
        }, slide.id)),
      );
      await page.keyboard.press('PageDown');
    }
    expect(problems).toEqual([]);
  });

  test('every panel fits, and its close button and the end of its text can be reached', async ({ page }) => {
    await open(page, 'mode=presentation&lang=en&slide=sector-export-leadership');
    for (const [control, testid] of [
      ['Index', 'index-panel'],
      ['Read more', 'read-more-panel'],
      ['Table', 'table-panel'],
      ['Keys', 'help-panel'],
    ] as const) {
      await page.getByTestId('explore-band').getByRole('button', { name: control, exact: true }).click();
      const panel = page.getByTestId(testid);
      await expect(panel).toBeVisible();
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(960);
      expect(box.y + box.height).toBeLessThanOrEqual(540);
      await expect(panel.getByRole('button', { name: 'Close', exact: true })).toBeInViewport({ ratio: 1 });
      // The last line of the panel's text scrolls into view inside it.
      const body = page.getByTestId(`${testid}-body`);
      await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      const last = body.locator('p, tr, li, dd').last();
      await expect(last).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
    }
  });
});
