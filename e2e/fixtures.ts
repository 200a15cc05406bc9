/**
 * The `test` every web spec runs with: Playwright's, with the page's CSS and
 * Web Animations played fast, as DevTools' animation speed control does
 * (CDP `Animation.setPlaybackRate`, kept across navigations). Each spec still
 * sees every animation start and finish in its final state; what it no longer
 * does is wait out a crossfade or a build-in in real time, which on a 2-core
 * machine was most of the suite's time. Specs about motion itself set
 * `animationRate: 1`.
 */
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Browser, Locator, Page } from '@playwright/test';

export interface MotionOptions {
  /** How many times faster than real time the page's animations run; 1 is real time. */
  animationRate: number;
}

export const test = base.extend<MotionOptions>({
  animationRate: [100, { option: true }],
  page: async ({ page, animationRate }, use) => {
    if (animationRate !== 1) {
      const devtools = await page.context().newCDPSession(page);
      await devtools.send('Animation.setPlaybackRate', { playbackRate: animationRate });
    }
    await use(page);
  },
});
