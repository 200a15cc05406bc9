/**
 * The first screen comes from the HTML and the stylesheet, before the script
 * runs (scripts/vite/static-shell.ts): the paper, the bottom band and the
 * call to action in both languages. The app then takes over without moving
 * anything the visitor already sees.
 */
import { expect, test, type Page } from './fixtures';
import en from '../data/locales/en.json' with { type: 'json' };
import it from '../data/locales/it.json' with { type: 'json' };
import { COLORS } from '../app/theme/tokens';

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** Where each language's call to action stands, once the fonts have loaded. */
async function ctaBoxes(page: Page, scope: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return {
    it: await page.locator(`${scope} [lang="it"]`).boundingBox(),
    en: await page.locator(`${scope} [lang="en"]`).boundingBox(),
  };
}

/** Holds every script back until the returned function is called: the page shows HTML and CSS alone. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the first screen paints before the script runs; the app takes it over in place, nothing moves', async ({
  page,
}) => {
  // Hold the script back: what shows meanwhile comes from the HTML and the stylesheet alone.
  const release = await holdScripts(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as unknown as { value: number; sources: { node?: Node | null }[] };
        // The first screen's own text is laid out once more when Inter arrives; it is invisible
        // until then (font-display: block), so a visitor sees nothing move. Anything else counts.
        const inShell = (node?: Node | null) => node instanceof Element && node.closest('.boot') !== null;
        if (!shift.sources.every((source) => inShell(source.node))) w.__shift += shift.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./?reducedMotion=1', { waitUntil: 'commit' });
  await expect(page.getByText(it.show.cta, { exact: true })).toBeVisible();
  await expect(page.getByText(en.show.cta, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(COLORS.paper));
  expect(await page.locator('.show').count(), 'the app has not started').toBe(0);
  // Overscroll is locked only once the first screen is painted: on the root from the start, it
  // held Chromium's first paint back by 100–200 ms (BENCHMARKS.md, "The root's
  // overscroll-behavior held the first paint back").
  const overscroll = () => page.evaluate(() => getComputedStyle(document.documentElement).overscrollBehavior);
  expect(await overscroll(), 'overscroll before the first paint').toBe('auto');
  const before = await ctaBoxes(page, '.boot-cta');

  release();
  await expect(page.getByTestId('cta')).toBeVisible();
  await expect(page.locator('[data-slide]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.boot')).toBeHidden();
  // The kiosk does not bounce: no overscroll on the page once it runs.
  await expect.poll(overscroll).toBe('none');
  expect(await page.evaluate(() => getComputedStyle(document.body).overscrollBehavior)).toBe('none');
  const after = await ctaBoxes(page, '[data-testid="cta"]');
  for (const lang of ['it', 'en'] as const) {
    expect(Math.abs(after[lang]!.x - before[lang]!.x), `${lang} x`).toBeLessThanOrEqual(1);
    expect(Math.abs(after[lang]!.y - before[lang]!.y), `${lang} y`).toBeLessThanOrEqual(1);
  }
  expect(
    await page.evaluate(() => (window as unknown as { __shift: number }).__shift),
    'layout shift of what the app drew',
  ).toBe(0);
});

test('the first screen asks for its font as soon as the page is parsed: no stylesheet to fetch first, no script needed', async ({
  page,
}) => {
  // Inter is invisible until loaded (font-display: block) and asked for only once text using it is
  // laid out: with the styles in index.html (scripts/vite/inline-stylesheet.ts) that is right after
  // the parse, not after one more request and its parse.
  const release = await holdScripts(page);
  const requests: string[] = [];
  page.on('request', (request) =>
    requests.push(`${request.resourceType()} ${new URL(request.url()).pathname}`),
  );
  const font = page.waitForRequest(/inter-latin-[^/]*\.woff2$/);
  await page.goto('./?reducedMotion=1', { waitUntil: 'commit' });
  await font;
  expect(await page.locator('.show').count(), 'the app has not started').toBe(0);
  expect(requests.filter((r) => r.startsWith('stylesheet '))).toEqual([]);
  release();
  await expect(page.locator('[data-slide]')).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(() => document.fonts.check('700 32px "Inter Variable"'))).toBe(true);
});
