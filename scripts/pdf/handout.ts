/**
 * Prints the handout page (`?handout=it|en`) of the web build to a PDF with
 * Chromium (Playwright's page.pdf): A4 landscape from the page's own @page
 * rule, backgrounds on, text as text, charts as vectors, fonts embedded.
 * Used by `npm run pdf` and by the e2e test that reads the PDF back.
 */
import type { Page } from '@playwright/test';
import type { Locale } from '../../app/report/schema';

/** Opens `url` (the web build with `?handout=<locale>`), waits until it has laid out, and prints it. */
export async function printHandout(page: Page, url: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  await page.goto(url);
  await page.locator('html[data-handout-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
}

/** The handout's URL for a language, relative to the web build's index.html. */
export function handoutUrl(base: string, locale: Locale): string {
  return `${base}?handout=${locale}`;
}
