/**
 * The take-away QR codes, read back by a QR decoder (jsQR) from the pixels
 * on screen: each slide in each language offers the configured URL, large
 * and whole, and its code reads back as that URL.
 */
import { expect, test, type Locator, type Page } from './fixtures';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import report from '../data/report.json' with { type: 'json' };
import { openShow } from './frozen-clock';

const slides = [...report.slides].sort((a, b) => a.order - b.order);
const TEMPLATE = 'https://example.org/bergamo/report?slide={slide}&lang={lang}';
const expected = (slide: string, lang: string) => TEMPLATE.replace('{slide}', slide).replace('{lang}', lang);

/** 6 cm on a 55-inch 1080p panel (0.634 mm per pixel). */
const SIX_CM_PX = 95;

const open = (page: Page, query: string) => openShow(page, `reducedMotion=1&${query}`);

/** Where the element is on the page; read directly, without waiting for frames the paused clock holds. */
async function box(element: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  return element.evaluate((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return { x, y, width, height };
  });
}

/**
 * The QR code's pixels, decoded. A screenshot of the page clipped to the code:
 * an element screenshot waits for animation frames, which the paused clock holds.
 */
async function decode(code: Locator): Promise<string | undefined> {
  const clip = await box(code);
  const png = PNG.sync.read(await code.page().screenshot({ clip }));
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(pixels, png.width, png.height)?.data;
}

test.use({ hasTouch: true });
// Each test loads the whole show; on a busy shared machine that alone can take half the default timeout.
test.describe.configure({ timeout: 90_000 });

for (const lang of ['it', 'en'] as const) {
  test(`every slide in ${lang === 'it' ? 'Italian' : 'English'} offers a QR code that decodes to its URL`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    // A presentation never moves by itself: no clock needed.
    await page.goto(
      `./?reducedMotion=1&mode=presentation&lang=${lang}&qrUrl=${encodeURIComponent(TEMPLATE)}`,
    );
    for (const [index, slide] of slides.entries()) {
      await expect(page.locator('.show')).toHaveAttribute('data-slide-index', String(index));
      await page.getByTestId('take-away').click();
      const panel = page.getByTestId('take-away-panel');
      await expect(panel.getByRole('heading')).toHaveText('Portalo con te · Take it with you');
      const url = expected(slide.id, lang);
      await expect(page.getByTestId('take-away-url')).toHaveText(url);
      const code = page.getByTestId('take-away-qr');
      const where = await box(code);
      expect(where.width).toBeGreaterThanOrEqual(4 * SIX_CM_PX);
      expect(where.y + where.height).toBeLessThanOrEqual(1080);
      // Every slide's code decodes to its URL (renderer/takeaway/qr-svg.test.ts); here the pixels on
      // screen are read back at both ends of the deck, the panel and its size being the same between.
      if (index === 0 || index === slides.length - 1)
        expect(await decode(code), `${slide.id} in ${lang}`).toBe(url);
      // The next slide closes the panel.
      await page.keyboard.press('ArrowRight');
      await expect(panel).toHaveCount(0);
    }
  });
}

test('kiosk: the offer is in the visitor language, and the loop shows a small code of the slide on screen', async ({
  page,
}) => {
  await open(page, `qrInLoop=1&slideSeconds=10&qrUrl=${encodeURIComponent(TEMPLATE)}`);
  const loopCode = page.getByTestId('loop-qr');
  await expect(loopCode).toHaveAttribute('data-url', expected(slides[0]!.id, 'it'));
  expect((await box(loopCode)).width).toBeGreaterThanOrEqual(SIX_CM_PX);
  expect(await decode(loopCode)).toBe(expected(slides[0]!.id, 'it'));
  await page.clock.runFor(10_000);
  await expect(loopCode).toHaveAttribute('data-url', expected(slides[1]!.id, 'it'));
  expect(await decode(loopCode)).toBe(expected(slides[1]!.id, 'it'));

  await page.touchscreen.tap(960, 400);
  await expect(page.locator('.show')).toHaveAttribute('data-phase', 'explore');
  await expect(loopCode).toHaveCount(0);
  await expect(page.getByTestId('take-away')).toHaveText('Portalo con te');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('take-away')).toHaveText('Take it with you');
  await page.getByTestId('take-away').click();
  expect(await decode(page.getByTestId('take-away-qr'))).toBe(expected(slides[1]!.id, 'en'));
});

test('a malformed template is a config problem, and no QR shows anywhere', async ({ page }) => {
  const bad = 'https://example.org/report?slide={id}&lang={lang}';
  await open(page, `qrInLoop=1&qrUrl=${encodeURIComponent(bad)}`);
  const notice = page.getByTestId('problems-notice');
  await expect(notice).toContainText('qrUrl');
  await expect(notice).toContainText('unknown placeholder {id}: only {slide} and {lang} may be used');
  await expect(page.getByTestId('attract-band')).toBeVisible();
  await expect(page.getByTestId('loop-qr')).toHaveCount(0);
  await page.getByRole('button', { name: /Dismiss|Chiudi|Ignora/ }).click();
  await page.touchscreen.tap(960, 400);
  await expect(page.getByTestId('explore-band')).toBeVisible();
  await expect(page.getByTestId('take-away')).toHaveCount(0);
});

test('without a template there is no QR anywhere', async ({ page }) => {
  await open(page, 'qrInLoop=1');
  await expect(page.getByTestId('attract-band')).toBeVisible();
  await expect(page.getByTestId('loop-qr')).toHaveCount(0);
  await page.touchscreen.tap(960, 400);
  await expect(page.getByTestId('explore-band')).toBeVisible();
  await expect(page.getByTestId('take-away')).toHaveCount(0);
});
