/**
 * Text enlarged to 200 % in presentation mode (WCAG 1.4.4), by the browser's
 * zoom in the web build and by the presenter's text size where there is no
 * zoom (the Electron app): the slide's text and the controls' labels are about
 * twice as large on screen, the layout reflows, nothing is clipped (the text
 * column scrolls and takes focus), the text and the charts do not overlap,
 * and the axe audit still finds nothing. Browser zoom is emulated as
 * e2e/browser-zoom.ts says.
 */
import { expect, test, type Browser, type Page } from './fixtures';
import { audit } from './axe';
import { zoomedPage } from './browser-zoom';
import { SLIDES } from './charts-support';
import { freezeClock } from './frozen-clock';
import { settled } from './settled';

const SLIDE = 'fifth-exporting-province';

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 300_000 });

/** A 1920×1080 screen at 100 % or at 200 % browser zoom, with time frozen before the load. */
async function presentation(browser: Browser, zoom: 1 | 2, query = `slide=${SLIDE}`): Promise<Page> {
  const page = await zoomedPage(browser, zoom);
  await freezeClock(page);
  await page.goto(`./?reducedMotion=1&mode=presentation&lang=it&${query}`);
  await expect(page.locator('.show')).toBeVisible();
  await settled(page);
  return page;
}

/** The height on screen, in device pixels, of the first line of each element's text. */
function textHeights(page: Page, selectors: readonly string[]): Promise<number[]> {
  return page.evaluate(
    (list) =>
      list.map((selector) => {
        const element = document.querySelector(selector);
        const node = element && document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
        if (!node) return 0;
        const range = document.createRange();
        range.selectNodeContents(node);
        return (range.getClientRects()[0]?.height ?? 0) * devicePixelRatio;
      }),
    selectors,
  );
}

const MEASURED = {
  title: '[data-slide] h1',
  body: '[data-slide] .statement',
  caption: '[data-slide] .caption',
  source: '[data-slide] .source',
  position: '[data-testid="position"] [aria-hidden="true"]',
  'language button': '[data-testid="explore-band"] button[lang="it"]',
} as const;

/**
 * What is wrong with the slide on screen: text clipped by a box that cannot be
 * scrolled by keyboard, or off screen; the text column over a chart.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const section = document.querySelector('[data-slide]')!;
    const id = section.getAttribute('data-slide');
    const band = document.querySelector('[data-testid="explore-band"]')!;
    const inside = (r: DOMRect, c: DOMRect) =>
      r.left >= c.left - 1 && r.top >= c.top - 1 && r.right <= c.right + 1 && r.bottom <= c.bottom + 1;
    const screen = new DOMRect(0, 0, innerWidth, innerHeight);
    for (const root of [section, band]) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const element = node.parentElement;
        if (!text || !element || element.closest('.visually-hidden, [aria-hidden="true"] .label')) continue;
        if (getComputedStyle(element).clipPath === 'inset(50%)') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of [...range.getClientRects()].filter((q) => q.width > 0.5 && q.height > 0.5)) {
          // Up to the first box that clips: text outside it must be reachable by scrolling it.
          let clipped = false;
          for (let a: Element | null = element; a && !clipped; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
            if (inside(r, a.getBoundingClientRect())) continue;
            const scrolls = ['auto', 'scroll'].includes(s.overflowY) && a.scrollHeight > a.clientHeight;
            const focusable = (a as HTMLElement).tabIndex >= 0;
            if (!(scrolls && focusable)) {
              found.push(
                `${id}: "${text.slice(0, 40)}" clipped by <${a.tagName.toLowerCase()}.${a.className}>`,
              );
            }
            clipped = true;
          }
          if (!clipped && !inside(r, screen)) found.push(`${id}: "${text.slice(0, 40)}" off screen`);
        }
      }
    }
    // Every box that scrolls is one a keyboard can reach (WCAG 2.1.1).
    for (const element of section.querySelectorAll<HTMLElement>('*')) {
      const s = getComputedStyle(element);
      const scrollsX =
        ['auto', 'scroll'].includes(s.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const scrollsY =
        ['auto', 'scroll'].includes(s.overflowY) && element.scrollHeight > element.clientHeight + 1;
      if ((scrollsX || scrollsY) && element.tabIndex < 0)
        found.push(`${id}: <${element.className}> scrolls, no focus`);
    }
    const column = section.querySelector('.text')!.getBoundingClientRect();
    for (const chart of section.querySelectorAll('.charts > *')) {
      const r = chart.getBoundingClientRect();
      const w = Math.min(r.right, column.right) - Math.max(r.left, column.left);
      const h = Math.min(r.bottom, column.bottom) - Math.max(r.top, column.top);
      if (w > 0 && h > 0) found.push(`${id}: the text column overlaps a chart`);
    }
    return found;
  });
}

test('at 200 % browser zoom the slide’s text and the controls’ labels are twice as large on screen', async ({
  browser,
}) => {
  const names = Object.keys(MEASURED);
  const normal = await presentation(browser, 1);
  const before = await textHeights(normal, Object.values(MEASURED));
  await normal.context().close();

  const zoomed = await presentation(browser, 2);
  await expect(zoomed.locator('[data-slide]')).toHaveAttribute('data-enlarged', 'true');
  const after = await textHeights(zoomed, Object.values(MEASURED));
  const ratios = Object.fromEntries(
    names.map((name, i) => [name, Math.round((after[i]! / before[i]!) * 100) / 100]),
  );
  test
    .info()
    .annotations.push({ type: 'text height at 200 % ÷ at 100 %', description: JSON.stringify(ratios) });
  for (const name of names)
    expect(ratios[name], `${name}: ${JSON.stringify(ratios)}`).toBeGreaterThanOrEqual(1.8);
  expect(await layoutProblems(zoomed)).toEqual([]);
  expect(await audit(zoomed, 'at 200 %')).toEqual([]);
  await zoomed.context().close();
});

test('at 100 % nothing changes: the slide keeps its design layout', async ({ browser }) => {
  const page = await presentation(browser, 1);
  await expect(page.locator('[data-slide]')).not.toHaveAttribute('data-enlarged');
  await expect(page.locator('[data-slide] .text')).not.toHaveAttribute('tabindex');
  const fontSize = await page.locator('[data-slide] h1').evaluate((h) => getComputedStyle(h).fontSize);
  expect(fontSize).toBe('52px');
  await page.context().close();
});

test('at 200 % browser zoom every slide reflows: nothing clipped, no text over a chart, axe clean', async ({
  browser,
}) => {
  const page = await presentation(browser, 2, 'slide=' + SLIDES[0]!.id);
  const problems: string[] = [];
  for (const [index, slide] of SLIDES.entries()) {
    await expect(page.locator('.show')).toHaveAttribute('data-slide-index', String(index));
    await expect(page.locator(`[data-slide="${slide.id}"]`)).toHaveCount(1);
    await settled(page);
    problems.push(...(await layoutProblems(page)));
    problems.push(...(await audit(page, `${slide.id} at 200 %`)));
    await page.keyboard.press('PageDown');
  }
  expect(problems).toEqual([]);
  await page.context().close();
});

test('the presenter’s text size in the help panel enlarges the text without browser zoom, and is kept', async ({
  browser,
}) => {
  const page = await presentation(browser, 1);
  const title = page.locator('[data-slide] h1');
  const size = () => title.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  await page.keyboard.press('?');
  const panel = page.getByTestId('help-panel');
  await expect(panel).toBeVisible();
  const larger = panel.getByRole('button', { name: 'Testo più grande' });
  for (const shown of ['125%', '150%', '175%', '200%', '200%']) {
    await larger.click();
    await expect(panel.getByTestId('text-size')).toHaveText(shown);
  }
  expect(await audit(page, 'help panel at 200 %')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await settled(page);
  expect(await size()).toBe(104);
  expect(await layoutProblems(page)).toEqual([]);
  expect(await audit(page, 'text size 200 %')).toEqual([]);

  // A reload keeps it, as the browser keeps its zoom; reset brings back the design's size.
  await page.reload();
  await settled(page);
  expect(await size()).toBe(104);
  await page.keyboard.press('?');
  await panel.getByRole('button', { name: 'Testo al 100%' }).click();
  await expect(panel.getByTestId('text-size')).toHaveText('100%');
  await page.keyboard.press('Escape');
  await settled(page);
  expect(await size()).toBe(52);
  await page.context().close();
});

test('kiosk mode keeps its fixed design under browser zoom', async ({ browser }) => {
  const page = await presentation(browser, 2);
  await page.goto(`./?reducedMotion=1&mode=kiosk&lang=it&slide=${SLIDE}`);
  await settled(page);
  await expect(page.locator('[data-slide]')).not.toHaveAttribute('data-enlarged');
  expect(await page.locator('html').evaluate((h) => h.style.getPropertyValue('--browser-zoom'))).toBe('');
  await page.context().close();
});
