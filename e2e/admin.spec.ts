/**
 * The operator's layer in the web build: the problems notice, the hidden way
 * into the PIN pad (keyboard chord, long press in the content's corner, also
 * when rotated), the rate-limited PIN pad and the admin panel.
 */
import { expect, test, type Page } from './fixtures';
import { openShow } from './frozen-clock';

const chord = (page: Page) => page.keyboard.press('Control+Alt+Shift+KeyP');

async function enterPin(page: Page, pin: string) {
  const pad = page.getByTestId('pin-pad');
  for (const digit of pin)
    await pad.getByRole('button', { name: new RegExp(`^(Cifra|Digit) ${digit}$`) }).click();
  await pad.getByRole('button', { name: 'OK' }).click();
}

test('wrong settings in the URL show a dismissable notice naming each one, and the show still runs', async ({
  page,
}) => {
  await page.goto('./?slideSeconds=abc&mode=party&lang=en');
  const notice = page.getByTestId('problems-notice');
  await expect(notice).toContainText('URL › slideSeconds: expected a number, got "abc"');
  await expect(notice).toContainText('URL › mode:');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);
});

test('the PIN pad has no text field, big keys, and rate-limits wrong PINs', async ({ page }) => {
  await page.goto('./?lang=en&pin=5555');
  await chord(page);
  const pad = page.getByTestId('pin-pad');
  await expect(pad).toBeVisible();
  await expect(pad.locator('input, textarea, [contenteditable]')).toHaveCount(0);
  for (const box of await pad
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((b) => b.getBoundingClientRect()).map((r) => [r.width, r.height]),
    )) {
    expect(Math.min(...box)).toBeGreaterThanOrEqual(48);
  }
  await enterPin(page, '1111');
  await expect(page.getByTestId('pin-answer')).toHaveText(/2/);
  await enterPin(page, '2222');
  await enterPin(page, '3333');
  await expect(page.getByTestId('pin-answer')).toHaveText(/30/);
  // Locked: even the right PIN is not checked now.
  await enterPin(page, '5555');
  await expect(page.getByTestId('admin-panel')).toHaveCount(0);
});

test('the right PIN opens the admin panel with the status; a browser cannot quit', async ({ page }) => {
  await page.goto('./?pin=5555');
  await chord(page);
  await enterPin(page, '5555');
  const panel = page.getByTestId('admin-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('0.1.0');
  await expect(panel.getByRole('button', { name: /Chiudi l’app|Quit the app/ })).toBeDisabled();
  await panel.getByRole('button', { name: /^(Segnaletica|Signage)$/ }).click();
  await expect(page).toHaveURL(/mode=signage/);
});

test('a 3-second press in the top-left corner opens the PIN pad; a short one does not', async ({ page }) => {
  // On a clock frozen before load, so a hold lasts what the test says, however busy the machine.
  await openShow(page, '');
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.clock.runFor(1000);
  await page.mouse.up();
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);
  await page.mouse.down();
  await page.clock.runFor(3300);
  await page.mouse.up();
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await page.getByRole('button', { name: /^(Annulla|Cancel)$/ }).click();
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);
});

test('rotation 90° turns the show to fill a portrait totem, and the corner follows', async ({ page }) => {
  await openShow(page, 'rotation=90');
  const frame = page.locator('[data-rotation="90"]');
  const box = await frame.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  expect(box).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  // The content is 1080 wide and 1920 tall; its top-left corner is at the screen's top-right.
  expect(
    await frame.evaluate((el) => [(el as HTMLElement).offsetWidth, (el as HTMLElement).offsetHeight]),
  ).toEqual([1080, 1920]);
  await page.mouse.move(1900, 20);
  await page.mouse.down();
  await page.clock.runFor(3300);
  await page.mouse.up();
  await expect(page.getByTestId('pin-pad')).toBeVisible();
});

test('PIN digits typed on a keyboard go to the PIN pad, not to the presentation', async ({ page }) => {
  await page.goto('./?mode=presentation&pin=5555&reducedMotion=1');
  await expect(page.locator('.show')).toHaveAttribute('data-slide-index', '0');
  await chord(page);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await page.keyboard.type('5555');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('admin-panel')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.show')).toHaveAttribute('data-slide-index', '0');
});
