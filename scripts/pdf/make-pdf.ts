/**
 * `npm run pdf`: writes dist/report-it.pdf and dist/report-en.pdf from the
 * web build in dist/web (opened from disk: it works from file://), with
 * Debian's Chromium as e2e/chromium.ts launches it. Run after build:web.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { handoutFileName } from '../../app/report/handout';
import { LOCALES } from '../../app/report/schema';
import { chromiumLaunchOptions } from '../../e2e/chromium';
import { handoutUrl, printHandout } from './handout';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const index = pathToFileURL(`${dist}web/index.html`).href;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  // The layout's reference is a 1920×1080 screen; the page size comes from the print stylesheet.
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  for (const locale of LOCALES) {
    const pdf = await printHandout(page, handoutUrl(index, locale));
    const file = `${dist}${handoutFileName(locale)}`;
    writeFileSync(file, pdf);
    console.log(`${file}: ${pdf.length} bytes`);
  }
} finally {
  await browser.close();
}
