/**
 * Launches the real app with Playwright's Electron driver where the Electron
 * binary exists. Where it does not (our offline machines), every test here is
 * reported as skipped, with the reason.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import report from '../data/report.json' with { type: 'json' };
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if (!binary.found) console.warn(`[electron e2e] skipped: ${binary.reason}.`);
test.skip(!binary.found, binary.found ? '' : `Skipped: ${binary.reason}.`);

test('the app opens a window that shows the bundled report, without console errors', async () => {
  if (!binary.found) return;
  const app = await electron.launch({ executablePath: binary.path, args: ['.'] });
  const errors: string[] = [];
  const window = await app.firstWindow();
  window.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const first = [...report.slides].sort((a, b) => a.order - b.order)[0]!;
  await expect(window.getByRole('heading', { level: 1 })).toHaveText(first.title.it);
  expect(window.url()).toBe('app://kiosk/index.html');
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(errors).toEqual([]);
  await app.close();
});
