/**
 * Shared by the chart and layout specs: the slides, the four screens the
 * kiosk must work on, and how to open one slide in one language.
 */
import { expect, type Locator, type Page } from './fixtures';
import { ReportSchema } from '../app/report/schema';
import data from '../data/report.json' with { type: 'json' };

export type Lang = 'it' | 'en';
export const LANGS: readonly Lang[] = ['it', 'en'];

export const SLIDES = [...ReportSchema.parse(data).slides].sort((a, b) => a.order - b.order);

export const VIEWPORTS = [
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '1080×1920 totem', width: 1080, height: 1920 },
  { name: '1366×768', width: 1366, height: 768 },
  { name: '1280×800', width: 1280, height: 800 },
] as const;

/**
 * Opens a slide through the URL contract the show keeps
 * (`?mode=presentation&slide=…&lang=…&reducedMotion=1`) and waits until its
 * layout has settled (fonts loaded, text fitted).
 */
export async function openSlide(
  page: Page,
  id: string,
  lang: Lang,
  { reducedMotion = true }: { reducedMotion?: boolean } = {},
): Promise<Locator> {
  const query = `mode=presentation&slide=${id}&lang=${lang}${reducedMotion ? '&reducedMotion=1' : ''}`;
  await page.goto(`./?${query}`);
  const region = page.locator(`[data-slide="${id}"]`);
  await expect(page.locator('[data-slide]')).toHaveCount(1);
  await expect(region).toHaveAttribute('data-ready', 'true');
  return region;
}

/**
 * Opens presentation mode once on the first slide in `lang` and visits every
 * slide in order as a presenter would (Page Down), each once its crossfade is
 * over and its layout has settled. One page load for the whole deck: the load,
 * not the look, is what costs seconds on a 2-core machine.
 */
export async function walkSlides(
  page: Page,
  lang: Lang,
  visit: (region: Locator, slide: (typeof SLIDES)[number]) => Promise<void>,
): Promise<void> {
  await page.goto(`./?mode=presentation&slide=${SLIDES[0]!.id}&lang=${lang}&reducedMotion=1`);
  for (const [index, slide] of SLIDES.entries()) {
    if (index > 0) await page.keyboard.press('PageDown');
    await expect(page.locator('.show')).toHaveAttribute('data-slide-index', String(index));
    const region = page.locator(`[data-slide="${slide.id}"]`);
    await expect(page.locator('[data-slide]')).toHaveCount(1);
    await expect(region).toHaveAttribute('data-ready', 'true');
    await visit(region, slide);
  }
}
