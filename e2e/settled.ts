/**
 * Waits for what a viewer would call a still screen: fonts loaded, every
 * visible slide laid out, and every running animation finished but the
 * progress bar's (it runs for the whole slide time, by design). A state, not a
 * time, so a busy machine only makes it slower.
 */
import { expect, type Page } from '@playwright/test';

/** Resolves once the page's slides are fitted and nothing animates any more. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect(page.locator('[data-slide]:not([data-ready="true"])')).toHaveCount(0);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => {
          const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
          return !(target instanceof Element && target.closest('[data-testid="progress"]'));
        })
        .map((a) =>
          a.finished.then(
            () => undefined,
            () => undefined,
          ),
        ),
    ),
  );
}
