/**
 * Launches the real app with Playwright's Electron driver where the Electron
 * binary exists. Where it does not (our offline machines), every test here is
 * reported as skipped, with the reason.
 *
 * The tests run one after another: the app is a single instance.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import report from '../data/report.json' with { type: 'json' };
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if (!binary.found) console.warn(`[electron e2e] skipped: ${binary.reason}.`);
test.skip(!binary.found, binary.found ? '' : `Skipped: ${binary.reason}.`);
test.describe.configure({ mode: 'serial' });

const first = [...report.slides].sort((a, b) => a.order - b.order)[0]!;

/** Starts the app with a config file of its own (so the machine's config never interferes). */
async function launch(
  config: object,
  ...flags: string[]
): Promise<{ app: ElectronApplication; page: Page; requests: string[] }> {
  if (!binary.found) throw new Error('unreachable: the spec is skipped');
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-'));
  const file = path.join(dir, 'kiosk.config.json');
  writeFileSync(file, JSON.stringify(config));
  const app = await electron.launch({ executablePath: binary.path, args: ['.', '--config', file, ...flags] });
  const page = await app.firstWindow();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title.it);
  return { app, page, requests };
}

/** The main window's state, read in the main process. */
function windowState(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow, Menu }) => {
    const windows = BrowserWindow.getAllWindows();
    const w = windows[0]!;
    return {
      windows: windows.length,
      kiosk: w.isKiosk(),
      fullScreen: w.isFullScreen(),
      menu: Menu.getApplicationMenu() === null ? 'none' : 'set',
      devTools: w.webContents.isDevToolsOpened(),
      url: w.webContents.getURL(),
      zoom: w.webContents.getZoomFactor(),
    };
  });
}

test('the app opens a window that shows the bundled report, without console errors', async () => {
  const { app, page } = await launch({});
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  expect(page.url()).toBe('app://kiosk/index.html');
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(errors).toEqual([]);
  await app.close();
});

for (const mode of ['kiosk', 'signage'] as const) {
  test(`${mode} mode: a fullscreen kiosk window, no menu, no devtools, zoom pinned`, async () => {
    const { app, page } = await launch({ mode });
    expect(await windowState(app)).toMatchObject({
      windows: 1,
      kiosk: true,
      fullScreen: true,
      menu: 'none',
      zoom: 1,
    });
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+Shift+I');
    await page.keyboard.press('F11');
    expect(await windowState(app)).toMatchObject({ fullScreen: true, devTools: false, zoom: 1 });
    await app.close();
  });
}

test('presentation mode: a normal window that goes fullscreen with F11 and leaves it with Esc', async () => {
  const { app, page } = await launch({ mode: 'presentation' });
  expect(await windowState(app)).toMatchObject({ kiosk: false, fullScreen: false, menu: 'none' });
  await page.keyboard.press('F11');
  await expect.poll(async () => (await windowState(app)).fullScreen).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await windowState(app)).fullScreen).toBe(false);
  await app.close();
});

test('no request leaves the app: fetch, images, navigation and new windows are all refused', async () => {
  const { app, page, requests } = await launch({ mode: 'kiosk' });
  const outcome = await page.evaluate(async () => {
    const fetched = await fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    );
    const image = await new Promise<string>((resolve) => {
      const img = new Image();
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('blocked');
      img.src = 'https://example.com/pixel.png';
    });
    const opened = window.open('https://example.com/') === null ? 'blocked' : 'opened';
    return { fetched, image, opened };
  });
  expect(outcome).toEqual({ fetched: 'blocked', image: 'blocked', opened: 'blocked' });
  // Wait for main to have seen (and refused) the navigation: a state, not a time.
  // The listener is in place before the page navigates.
  type Watch = typeof globalThis & { navigationSeen?: Promise<string> };
  await app.evaluate(({ BrowserWindow }) => {
    (globalThis as Watch).navigationSeen = new Promise<string>((resolve) => {
      BrowserWindow.getAllWindows()[0]!.webContents.once('will-navigate', (event) => resolve(event.url));
    });
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  expect(await app.evaluate(() => (globalThis as Watch).navigationSeen)).toBe('https://example.com/');
  expect(await windowState(app)).toMatchObject({ windows: 1, url: 'app://kiosk/index.html' });
  expect(requests.filter((url) => !url.startsWith('app://kiosk/') && !url.startsWith('data:'))).toEqual([]);
  await app.close();
});

test('an invalid config never stops the show: it starts with the valid keys and names each problem', async () => {
  const { app, page } = await launch({ mode: 'presentation', slideSeconds: 'fast', colour: 'red' });
  const notice = page.getByTestId('problems-notice');
  await expect(notice).toContainText('slideSeconds');
  await expect(notice).toContainText('colour');
  expect(await windowState(app)).toMatchObject({ kiosk: false });
  await app.close();
});

test('the admin PIN opens the panel, which can quit the app', async () => {
  const { app, page } = await launch({ mode: 'kiosk', adminPin: '2468' });
  await page.keyboard.press('Control+Alt+Shift+KeyP');
  for (const digit of '2468') await page.getByRole('button', { name: `Cifra ${digit}` }).click();
  await page.getByRole('button', { name: 'OK' }).click();
  const panel = page.getByTestId('admin-panel');
  await expect(panel).toContainText('l’app del chiosco');
  const closed = app.waitForEvent('close');
  await panel.getByRole('button', { name: 'Chiudi l’app' }).click();
  await closed;
});

test('--check runs the preflight and exits with its code, without a window', async () => {
  if (!binary.found) throw new Error('unreachable: the spec is skipped');
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-check-'));
  const file = path.join(dir, 'kiosk.config.json');
  writeFileSync(file, JSON.stringify({ adminPin: '97531', slideSeconds: 1 }));
  const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(binary.path, ['.', '--check', '--config', file], (error, stdout) =>
      resolve({ code: error ? Number(error.code) : 0, stdout }),
    );
  });
  expect(run.stdout).toContain(`${file}: slideSeconds: `);
  expect(run.stdout).toMatch(/check failed: 1 problem; /);
  expect(run.code).toBe(1);
});
