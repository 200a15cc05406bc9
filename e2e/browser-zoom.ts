/**
 * A 1920×1080 screen with the browser at 100 % or 200 % zoom, as the show sees it.
 *
 * Since zoom-for-DSF, Chromium folds the zoom into the device scale factor, so
 * a 1920×1080 screen at 200 % lays the page out as 960×540 CSS pixels at a
 * pixel ratio of 2, which is what Playwright's viewport and deviceScaleFactor
 * set (Emulation.setDeviceMetricsOverride). One thing differs: under real zoom
 * `window.outerWidth` stays the window's width in screen pixels
 * (LocalDOMWindow::outerWidth returns ChromeClient's RootWindowRect, not
 * zoomed), while the emulation reports the emulated viewport there. The init
 * script gives it back its real value, which is how the show tells a zoomed
 * page from a small one (app/theme/text-size.ts).
 */
import type { Browser, Page } from '@playwright/test';

/** A new page, in a context of its own (close it when done), on that screen at `zoom`. */
export async function zoomedPage(browser: Browser, zoom: 1 | 2): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1920 / zoom, height: 1080 / zoom },
    deviceScaleFactor: zoom,
    screen: { width: 1920, height: 1080 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'outerWidth', { get: () => 1920 });
    Object.defineProperty(window, 'outerHeight', { get: () => 1080 });
  });
  return page;
}
