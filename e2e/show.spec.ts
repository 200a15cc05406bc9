/**
 * The show as a presenter and a signage player meet it, and what holds in
 * every mode (no foreign request, no context menu, a hidden page), in the web
 * build, with Playwright's clock standing in for time. The kiosk's visitor
 * (attract loop, explore, idle) is in kiosk.spec.ts.
 */
import { expect, test } from './fixtures';
import { expectSlide, open, S, show, slides } from './show-support';

test.use({ hasTouch: true });

test.describe('signage', () => {
  test('ignores taps and keys, loops, and hides the cursor', async ({ page }) => {
    await open(page, 'mode=signage&slideSeconds=5');
    await expect(page.getByTestId('cta')).toHaveCount(0);
    await page.touchscreen.tap(500, 500);
    await page.mouse.click(500, 500);
    await page.keyboard.press('ArrowRight');
    await expect(show(page)).toHaveAttribute('data-phase', 'attract');
    await expectSlide(page, 0, 'it');
    await page.clock.runFor(5 * S);
    await expectSlide(page, 1, 'it');
    expect(await show(page).evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
  });
});

test.describe('presentation', () => {
  test('starts on the first slide in explore, and keys and clickers drive it', async ({ page }) => {
    await open(page, 'mode=presentation');
    await expect(show(page)).toHaveAttribute('data-phase', 'explore');
    await expectSlide(page, 0, 'it');
    await page.clock.runFor(120 * S);
    await expectSlide(page, 0, 'it');

    const presses: [string, number][] = [
      ['PageDown', 1],
      ['ArrowRight', 2],
      ['Space', 3],
      ['PageUp', 2],
      ['ArrowLeft', 1],
      ['End', slides.length - 1],
      ['Home', 0],
      ['5', 4],
      ['0', 9],
    ];
    for (const [key, index] of presses) {
      await page.keyboard.press(key);
      await expect(show(page), `after ${key}`).toHaveAttribute('data-slide-index', String(index));
    }
  });

  test('L switches language, B blanks, ? shows help, A auto-plays', async ({ page }) => {
    await open(page, 'mode=presentation&slideSeconds=5');
    await page.keyboard.press('l');
    await expectSlide(page, 0, 'en');
    await page.keyboard.press('b');
    await expect(page.getByTestId('blank')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('blank')).toBeHidden();
    await expectSlide(page, 0, 'en');
    await page.keyboard.press('?');
    await expect(page.getByTestId('help-panel')).toContainText('PageDown');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await page.clock.runFor(5 * S);
    await expectSlide(page, 1, 'en');
    await page.keyboard.press('a');
    await page.clock.runFor(60 * S);
    await expectSlide(page, 1, 'en');
  });
});

test('a full loop makes no request outside the page’s own origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(baseURL!).origin)) foreign.push(request.url());
  });
  await open(page, 'slideSeconds=3');
  for (let i = 0; i < slides.length; i += 1) await page.clock.runFor(3 * S);
  await expect(show(page)).toHaveAttribute('data-locale', 'en');
  expect(foreign).toEqual([]);
});

test('no context menu, no text selection and no pinch zoom', async ({ page }) => {
  await open(page, 'mode=presentation');
  const prevented = await page.evaluate(() => {
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    return !document.querySelector('h1')!.dispatchEvent(event);
  });
  expect(prevented).toBe(true);
  const styles = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { select: body.userSelect, touch: getComputedStyle(document.querySelector('.show')!).touchAction };
  });
  expect(styles).toEqual({ select: 'none', touch: 'none' });
  // Pinch zoom is stopped by touch-action, not by the viewport meta, which stays scalable (WCAG 1.4.4).
  const viewport = page.locator('meta[name="viewport"]');
  await expect(viewport).not.toHaveAttribute('content', /user-scalable\s*=\s*(no|0)|maximum-scale/);
});

test('a hidden page freezes the loop without errors, and the loop resumes when it is shown again', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await open(page, 'slideSeconds=5');
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { value, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  await page.clock.runFor(60 * S);
  await expectSlide(page, 0, 'it');
  await setVisibility('visible');
  await page.clock.runFor(5 * S);
  await expectSlide(page, 1, 'it');
  expect(errors).toEqual([]);
});
