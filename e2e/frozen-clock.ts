/**
 * Time for every Playwright run here (e2e, screenshots, bench): frozen before
 * the page loads, then moved only by `page.clock.runFor`, so no test races the
 * wall clock however busy the machine is.
 */
import { expect, type Page } from '@playwright/test';

/** The show's fixed start: a Monday morning at a fair. */
export const SHOW_EPOCH = new Date('2026-05-04T09:00:00Z').getTime();

/**
 * Freezes the page's clock at `time` before the next navigation. Call it before `page.goto`.
 *
 * `clock.install(time)` followed by `clock.pauseAt(time)` races: the installed
 * clock already ticks on the current blank page, so a pause a moment later is
 * "in the past". Fixing the time first makes the pause consume nothing; setting
 * the system time then lets `runFor` move the date again.
 */
export async function freezeClock(page: Page, time: number = SHOW_EPOCH): Promise<void> {
  await page.clock.setFixedTime(time);
  await page.clock.pauseAt(time);
  await page.clock.setSystemTime(time);
}

/**
 * Opens the web build at `./?query` on a clock frozen at `time` before the
 * page loads, and returns once the show is on screen: from then on only
 * `runFor` moves time, however long the page took to appear.
 */
export async function openShow(page: Page, query: string, time: number = SHOW_EPOCH): Promise<void> {
  await freezeClock(page, time);
  await page.goto(`./?${query}`);
  await expect(page.locator('.show')).toBeVisible();
}
