/**
 * Shared by the show's specs (show, kiosk): the deck in order, how to open the
 * web build on a frozen clock with charts at their final state, and how to
 * tell which slide is on screen in which language.
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
