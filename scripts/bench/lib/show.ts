/**
 * Driving the show from the bench: the playlist the page will build (from the
 * same pure code in app/), slide changes on Playwright's fake clock, taps
 * through CDP, and waiting for the stage to settle.
 */
import type { CDPSession, Page } from '@playwright/test';
import { mergeSettings, settingsFromQuery } from '../../../app/config/settings';
import type { Report } from '../../../app/report/schema';
import { buildPlaylist, type Playlist } from '../../../app/show/playlist';
import report from '../../../data/report.json' with { type: 'json' };

/** The playlist and timings the show will use for this URL query. */
export function playlistFor(query: string): Playlist {
  return buildPlaylist(report as Report, mergeSettings(settingsFromQuery(query).layer));
}

/** Ids of the slides (in show order) that have at least one chart. */
export function chartSlideIds(): string[] {
  return playlistFor('')
    .slides.filter((slide) => slide.charts.length > 0)
    .map((slide) => slide.id);
}

export interface ShowAttributes {
  readonly phase: string;
  readonly index: number;
  readonly locale: string;
}

export async function showAttributes(page: Page): Promise<ShowAttributes> {
  return page.evaluate(() => {
    const show = document.querySelector('.show');
    return {
      phase: show?.getAttribute('data-phase') ?? '',
      index: Number(show?.getAttribute('data-slide-index') ?? -1),
      locale: show?.getAttribute('data-locale') ?? '',
    };
  });
}

/** Waits (real time) until one slide is on stage and nothing but the progress bar moves. */
export async function settle(page: Page, timeoutMs = 10_000): Promise<void> {
  const ok = await page.evaluate((ms) => window.__bench.settled(ms), timeoutMs);
  if (!ok) {
    const moving = await page.evaluate(() => window.__bench.moving());
    throw new Error(`the show did not settle within ${timeoutMs} ms; animations: ${moving.join(', ')}`);
  }
}

/**
 * Moves the fake clock to the current slide's deadline, which changes the slide
 * once, and waits for the transition to finish. Returns the new attributes.
 */
export async function nextLoopSlide(page: Page, playlist: Playlist): Promise<ShowAttributes> {
  const before = await showAttributes(page);
  const ms = playlist.config.slideMs[before.index] ?? playlist.config.slideMs[0]!;
  await page.clock.runFor(ms);
  await settle(page);
  const after = await showAttributes(page);
  if (after.index === before.index) {
    throw new Error(`slide ${before.index} did not change after ${ms} ms of show time`);
  }
  return after;
}

/**
 * Animations on the document timeline run this many times faster (CDP
 * Animation.setPlaybackRate). The Animation domain is deliberately not
 * enabled: enabled, DevTools keeps a snapshot of every animation ever run,
 * about 450 bytes of heap per slide change, which would read as a leak.
 */
export async function speedUpAnimations(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Animation.setPlaybackRate', { playbackRate: rate });
}

/** A touch (touchStart, touchEnd) dispatched through CDP at a point of the page. */
export async function touch(cdp: CDPSession, x: number, y: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The centre of the stage, where a visitor would tap. */
export async function stageCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.stage').boundingBox();
  if (!box) throw new Error('no stage on the page');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
