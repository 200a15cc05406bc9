/**
 * Shared by the show's specs (show, kiosk, insight): the deck in order, how to open the
 * web build on a frozen clock with charts at their final state, and how to
 * tell which slide is on screen in which language, and a swipe to the next one.
 */
import { expect, type Page } from './fixtures';
import report from '../data/report.json' with { type: 'json' };
import { openShow } from './frozen-clock';

export const slides = [...report.slides].sort((a, b) => a.order - b.order);
export const S = 1000;

/**
 * Opens the web build with time frozen before the page loads: from then
 * on only `runFor` moves it, however long the page takes to appear.
 */
export const open = (page: Page, query: string) => openShow(page, `reducedMotion=1&${query}`);

export const show = (page: Page) => page.locator('.show');
export const title = (page: Page) => page.locator('[data-slide]').getByRole('heading', { level: 1 });

/** The slide at `index` is the current one, its title in `locale`. */
export async function expectSlide(page: Page, index: number, locale: 'it' | 'en'): Promise<void> {
  await expect(show(page)).toHaveAttribute('data-slide-index', String(index));
  await expect(title(page)).toHaveText(slides[index]!.title[locale]);
}

/** A finger's swipe from right to left across the stage (to the next slide). */
export async function swipeLeft(page: Page): Promise<void> {
  const stage = (await page.locator('.stage').boundingBox())!;
  const y = stage.y + stage.height / 2;
  await page.mouse.move(stage.x + stage.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(stage.x + stage.width * 0.5, y, { steps: 5 });
  await page.mouse.move(stage.x + stage.width * 0.2, y, { steps: 5 });
  await page.mouse.up();
}
