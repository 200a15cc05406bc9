/**
 * Shared by the chart and layout specs: the slides, the four screens the
 * kiosk must work on, and how to open one slide in one language.
 */
import { expect, type Locator, type Page } from '@playwright/test';
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
