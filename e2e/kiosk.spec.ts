/**
 * The kiosk as a visitor meets it, in the web build, with Playwright's clock
 * standing in for time: the attract loop, the tap that wakes it without
 * pressing anything, touch exploration, and the "still there?" countdown that
 * brings the loop back.
 */
import { expect, test } from './fixtures';
import report from '../data/report.json' with { type: 'json' };
import { expectSlide, open, S, show, slides, swipeLeft, title } from './show-support';

test.use({ hasTouch: true });

test.describe('kiosk: attract loop', () => {
  test('advances by itself, wraps, and alternates the language on each full cycle', async ({ page }) => {
    await open(page, 'slides=intro-overview,intro-export-share,export-trend&slideSeconds=5');
    const picked = ['intro-overview', 'intro-export-share', 'export-trend'].map((id) =>
      slides.find((s) => s.id === id),
    );
    await expect(title(page)).toHaveText(picked[0]!.title.it);
    await expect(page.getByTestId('cta')).toContainText('Tocca per esplorare');
    await expect(page.getByTestId('cta')).toContainText('Touch to explore');
    await expect(page.getByTestId('progress')).toBeVisible();
    await page.clock.runFor(5 * S);
    await expect(title(page)).toHaveText(picked[1]!.title.it);
    await page.clock.runFor(5 * S);
    await expect(title(page)).toHaveText(picked[2]!.title.it);
    await page.clock.runFor(5 * S);
    await expect(title(page)).toHaveText(picked[0]!.title.en);
    await expect(show(page)).toHaveAttribute('data-locale', 'en');
    await page.clock.runFor(15 * S);
    await expect(title(page)).toHaveText(picked[0]!.title.it);
  });

  test('builds the next slide ahead, out of sight, and shows that very slide at the change', async ({
    page,
  }) => {
    await open(page, 'slides=intro-overview,intro-export-share,export-trend&slideSeconds=5');
    const next = slides.find((s) => s.id === 'intro-export-share')!;
    const upcoming = page.locator('.stage > .upcoming');
    await expect(title(page)).toHaveText(slides.find((s) => s.id === 'intro-overview')!.title.it);
    await expect(upcoming).toHaveCount(0);
    // Built a while before its change, once the current slide has built in.
    await page.clock.runFor(4 * S);
    await expect(upcoming.locator(`[data-slide="${next.id}"]`)).toHaveAttribute('data-ready', 'true');
    // Built a part per task, and whole before its change: every chart is there.
    await expect(upcoming.locator('[data-chart]')).toHaveCount(next.charts.length);
    await expect(upcoming).toBeHidden();
    await expect(upcoming).toHaveAttribute('inert', '');
    await expect(upcoming).toHaveAttribute('aria-hidden', 'true');
    await upcoming.evaluate((element) => element.setAttribute('data-built-ahead', ''));
    await page.clock.runFor(1 * S);
    await expect(title(page)).toHaveText(next.title.it);
    const current = page.locator('.stage > .frame:not([inert])');
    await expect(current, 'the slide shown is the one built ahead').toHaveAttribute('data-built-ahead', '');
    await expect(current.locator('[data-chart]')).toHaveCount(next.charts.length);
    await expect(current).not.toHaveAttribute('aria-hidden', 'true');
    // A visitor may go anywhere: what was built for the loop goes.
    await page.clock.runFor(4 * S);
    await expect(upcoming).toHaveCount(1);
    await page.touchscreen.tap(400, 400);
    await expect(show(page)).toHaveAttribute('data-phase', 'explore');
    await expect(upcoming).toHaveCount(0);
  });

  test('a tap enters explore on the same slide and presses nothing underneath', async ({ page }) => {
    await open(page, 'slideSeconds=5');
    await page.clock.runFor(5 * S);
    await expectSlide(page, 1, 'it');
    // Tap exactly where the "next" button of explore mode appears.
    const viewport = page.viewportSize()!;
    const band = await page.getByTestId('attract-band').boundingBox();
    await page.touchscreen.tap(viewport.width * 0.1, band!.y + band!.height / 2);
    await expect(show(page)).toHaveAttribute('data-phase', 'explore');
    await expect(page.getByRole('button', { name: 'Successiva' })).toBeVisible();
    await expectSlide(page, 1, 'it');
    // Paused: time passes, the slide stays.
    await page.clock.runFor(30 * S);
    await expectSlide(page, 1, 'it');
  });

  test('the waking tap over a control does not press it', async ({ page }) => {
    await open(page, 'slideSeconds=30');
    // Measure where explore's "next" button appears, go back to the loop, then tap exactly there.
    await page.touchscreen.tap(10, 10);
    const button = await page.getByRole('button', { name: 'Successiva' }).boundingBox();
    await page.getByRole('button', { name: 'Torna alla presentazione' }).click();
    await expect(show(page)).toHaveAttribute('data-phase', 'attract');
    await page.touchscreen.tap(button!.x + button!.width / 2, button!.y + button!.height / 2);
    await expect(show(page)).toHaveAttribute('data-phase', 'explore');
    await expectSlide(page, 0, 'it');
  });
});

test.describe('kiosk: explore', () => {
  test.beforeEach(async ({ page }) => {
    await open(page, 'slide=intro-export-share');
    await page.touchscreen.tap(400, 400);
    await expect(show(page)).toHaveAttribute('data-phase', 'explore');
  });

  test('buttons, swipes and the index navigate', async ({ page }) => {
    await page.getByRole('button', { name: 'Successiva' }).click();
    await expectSlide(page, 3, 'it');
    await page.getByRole('button', { name: 'Precedente' }).click();
    await expectSlide(page, 2, 'it');

    await swipeLeft(page);
    await expectSlide(page, 3, 'it');

    await page.getByRole('button', { name: 'Indice' }).click();
    const index = page.getByTestId('index-panel');
    await expect(index.getByRole('button')).toHaveCount(slides.length + 1);
    await index.getByRole('button', { name: slides[9]!.title.it }).click();
    await expect(index).toBeHidden();
    await expectSlide(page, 9, 'it');
  });

  test('the language switch changes every text and number format at once', async ({ page }) => {
    await page.getByRole('button', { name: 'Indice' }).click();
    const target = slides.findIndex((s) => s.id === 'second-industrial-province');
    await page.getByTestId('index-panel').getByRole('button', { name: slides[target]!.title.it }).click();
    const headline = page.locator('.frame:not([inert])').getByTestId('headline');
    await expect(headline).toHaveText(/9,7\smld\s€/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(title(page)).toHaveText(slides[target]!.title.en);
    await expect(headline).toHaveText(/€9\.7\sbn/);
    await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('read more shows the full text, the table the exact figures, and the source is always visible', async ({
    page,
  }) => {
    const slide = slides[2]!;
    await expect(page.locator('[data-slide]')).toContainText(slide.source.it);
    await page.getByRole('button', { name: 'Leggi tutto' }).click();
    const readMore = page.getByTestId('read-more-panel');
    await expect(readMore).toContainText(report.intro.paragraphs[1]!.it.slice(0, 80));
    await readMore.getByRole('button', { name: 'Chiudi' }).click();
    await expect(readMore).toBeHidden();
    await page.getByRole('button', { name: 'Tabella' }).click();
    const table = page.getByTestId('table-panel');
    await expect(table.getByRole('row', { name: /USA\s+70,2%/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(table).toBeHidden();
  });

  test('a visible control goes back to the loop', async ({ page }) => {
    await page.getByRole('button', { name: 'Torna alla presentazione' }).click();
    await expect(show(page)).toHaveAttribute('data-phase', 'attract');
    await expect(page.getByTestId('cta')).toBeVisible();
  });

  test('every control is at least 48 px and has a name', async ({ page }) => {
    const buttons = page.getByTestId('explore-band').getByRole('button');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i += 1) {
      const box = (await buttons.nth(i).boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48);
      expect(
        (await buttons.nth(i).getAttribute('aria-label')) ?? (await buttons.nth(i).innerText()),
      ).not.toBe('');
    }
  });
});

test.describe('kiosk: idle', () => {
  test('after idleSeconds a countdown asks "still there?" and then returns to the loop in the default language', async ({
    page,
  }) => {
    await open(page, 'idleSeconds=20&slide=intro-export-share');
    await page.touchscreen.tap(400, 400);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Read more' }).click();
    await page.clock.runFor(20 * S);
    const overlay = page.getByTestId('idle-overlay');
    await expect(overlay).toContainText('Ci sei ancora?');
    await expect(overlay).toContainText('Still there?');
    await expect(page.getByTestId('idle-seconds')).toHaveText('10');
    await page.clock.runFor(3 * S);
    await expect(page.getByTestId('idle-seconds')).toHaveText('7');
    await page.clock.runFor(7 * S);
    await expect(overlay).toBeHidden();
    await expect(show(page)).toHaveAttribute('data-phase', 'attract');
    await expect(page.getByTestId('read-more-panel')).toBeHidden();
    await expectSlide(page, 2, 'it');
  });

  test('a tap during the countdown keeps the visitor where they were', async ({ page }) => {
    await open(page, 'idleSeconds=20&slide=intro-export-share');
    await page.touchscreen.tap(400, 400);
    await page.getByRole('button', { name: 'English' }).click();
    await page.clock.runFor(25 * S);
    await expect(page.getByTestId('idle-overlay')).toBeVisible();
    // Tap where the "back to the loop" control sits: it must not be pressed.
    const back = (await page.getByRole('button', { name: 'Back to the slideshow' }).boundingBox())!;
    await page.touchscreen.tap(back.x + back.width / 2, back.y + back.height / 2);
    await expect(page.getByTestId('idle-overlay')).toBeHidden();
    await expect(show(page)).toHaveAttribute('data-phase', 'explore');
    await expectSlide(page, 2, 'en');
    await page.clock.runFor(15 * S);
    await expect(show(page)).toHaveAttribute('data-phase', 'explore');
  });
});
