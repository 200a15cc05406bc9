/**
 * The soak's visitor (a waking tap, two slides, the language switch, a panel,
 * and a way back to the loop), the show's URL for it, and what the show
 * records of its visits in the browser's storage.
 */
import type { Page } from '@playwright/test';
import en from '../../../data/locales/en.json' with { type: 'json' };
import it from '../../../data/locales/it.json' with { type: 'json' };
import type { BenchPage } from './browser';
import { playlistFor, settle, showAttributes, stageCentre, touch } from './show';

/** The shortest times the settings allow: the soak runs through the idle question quickly. */
export const QUERY = 'slideSeconds=3&idleSeconds=10&idleWarningSeconds=3';
const MESSAGES = { it: it.show, en: en.show } as const;

export interface Tally {
  changes: number;
  visits: number;
  idleReturns: number;
  buttonReturns: number;
  languageSwitches: number;
  panels: number;
}

/** What the show recorded in the browser's storage: lines per event type, and the characters stored. */
export interface Recorded {
  readonly lines: Record<string, number>;
  readonly chars: number;
}

/** Reads the web build's insight record back (renderer/insight/web-journal.ts: one entry per day). */
export async function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => {
    const lines: Record<string, number> = {};
    let chars = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (!key.startsWith('kiosk-insight:')) continue;
      const text = localStorage.getItem(key) ?? '';
      chars += text.length;
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const type = (JSON.parse(line) as { type: string }).type;
        lines[type] = (lines[type] ?? 0) + 1;
      }
    }
    return { lines, chars };
  });
}

/** The show's current language. */
export async function locale(page: Page): Promise<'it' | 'en'> {
  return (await showAttributes(page)).locale === 'en' ? 'en' : 'it';
}

/** Presses a key and waits for the show to settle. */
async function key(page: Page, name: string): Promise<void> {
  await page.keyboard.press(name);
  await settle(page);
}

/** A visitor: wakes the show, moves two slides, switches the language, opens a panel, and leaves. */
export async function visit(bench: BenchPage, n: number, tally: Tally): Promise<void> {
  const { page, cdp } = bench;
  const playlist = playlistFor(QUERY);
  const point = await stageCentre(page);
  await touch(cdp, point.x, point.y);
  await page.locator('.show[data-phase="explore"]').waitFor();
  await settle(page);
  await key(page, 'ArrowRight');
  tally.changes += 1;
  await key(page, 'l');
  tally.languageSwitches += 1;
  const panel = (['index', 'readMore', 'table'] as const)[n % 3]!;
  await page.getByRole('button', { name: MESSAGES[await locale(page)][panel], exact: true }).click();
  await page.locator('[role="dialog"]').waitFor();
  await key(page, 'Escape');
  await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  tally.panels += 1;
  await key(page, 'ArrowLeft');
  tally.changes += 1;
  if (n % 2 === 0) {
    // Leaves: the idle question, its countdown, and back to the loop.
    await page.clock.runFor(playlist.config.idleMs);
    await page.getByTestId('idle-overlay').waitFor();
    await page.clock.runFor(playlist.config.warningMs);
    tally.idleReturns += 1;
  } else {
    await page.getByRole('button', { name: MESSAGES[await locale(page)].backToLoop }).click();
    tally.buttonReturns += 1;
  }
  await page.locator('.show[data-phase="attract"]').waitFor();
  await settle(page);
}
