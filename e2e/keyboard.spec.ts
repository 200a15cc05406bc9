/**
 * Presentation mode by keyboard alone: Tab, Shift+Tab, Enter and Escape walk
 * every slide (every mark of its charts and every control), open every panel
 * and come back to the control that opened it, and switch the language, with
 * a visible focus ring on whatever has focus at each step.
 */
import { expect, test, type Page } from './fixtures';
import en from '../data/locales/en.json' with { type: 'json' };
import it from '../data/locales/it.json' with { type: 'json' };
import { SLIDES } from './charts-support';
import { freezeClock } from './frozen-clock';

/** A control's whole name, from the locale files (texts may be reworded; the test follows). */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text: string) => new RegExp(`^${escape(text)}$`);

test.use({ reducedMotion: 'reduce' });
// Hundreds of key presses, each followed by a look at the focused element.
test.describe.configure({ timeout: 300_000 });

interface Focused {
  /** The accessible name as a keyboard user hears it (aria-label, else the text). */
  name: string;
  tag: string;
  /** `data-hit` of a chart mark's target, '' for other controls. */
  hit: string;
  ring: boolean;
  /** The middle of the element is not covered by anything else (WCAG 2.4.11). */
  unobscured: boolean;
  onScreen: boolean;
}

/** What has focus, and whether a keyboard user can see where it is. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth);
    const outline =
      style.outlineStyle !== 'none' && width >= 2 && !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && el.matches(':focus-visible');
    const r = el.getBoundingClientRect();
    const hitAt = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return {
      name: (el.getAttribute('aria-label') ?? el.innerText ?? '').trim(),
      tag: el.tagName.toLowerCase(),
      hit: el.getAttribute('data-hit') ?? '',
      ring: outline || shadow,
      unobscured: hitAt !== null && (hitAt === el || el.contains(hitAt)),
      onScreen: r.width > 0 && r.x >= 0 && r.y >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    };
  });
}

/** Asserts that something has focus and that a keyboard user can see where. */
function expectRingOn(now: Focused | null, step: string): Focused {
  expect(now, `${step}: something has focus`).not.toBeNull();
  expect(now!, `${step}: focus ring on "${now!.name}"`).toMatchObject({
    ring: true,
    unobscured: true,
    onScreen: true,
  });
  return now!;
}

/** Asserts a visible ring on the focused element and returns it. */
async function expectRing(page: Page, step: string): Promise<Focused> {
  return expectRingOn(await focused(page), step);
}

/**
 * Presses Tab (or Shift+Tab) until the focused control's name matches,
 * checking the ring at each step; with `leave`, presses at least once (a
 * round of the page back to where focus is). Returns every control passed.
 */
async function tabTo(
  page: Page,
  name: RegExp,
  { key = 'Tab', leave = false }: { key?: 'Tab' | 'Shift+Tab'; leave?: boolean } = {},
): Promise<Focused[]> {
  const seen: Focused[] = [];
  if (!leave) {
    const now = await focused(page);
    if (now && name.test(now.name)) return seen;
  }
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press(key);
    const focus = await focused(page);
    // Past the last control the browser's own UI has focus for one step: nothing to ring.
    if (!focus) continue;
    const now = expectRingOn(focus, `${key} towards ${name}`);
    seen.push(now);
    if (name.test(now.name)) return seen;
  }
  throw new Error(`no control named ${name} within 80 presses of ${key}`);
}

const show = (page: Page) => page.locator('.show');

test('every slide, every mark and every control by keyboard alone, each with a visible focus ring', async ({
  page,
}) => {
  await freezeClock(page);
  await page.goto('./?mode=presentation&reducedMotion=1&lang=it');
  await expect(show(page)).toHaveAttribute('data-phase', 'explore');

  for (const [index, slide] of SLIDES.entries()) {
    await expect(show(page)).toHaveAttribute('data-slide-index', String(index));
    await expect(page.locator(`[data-slide="${slide.id}"]`)).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-slide]')).toHaveCount(1);
    // Once round the whole page from "Next" back to it: every mark of the slide, then the band.
    const marks = await page
      .locator('.frame [data-hit]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-hit') ?? ''));
    if (index === 0) await tabTo(page, exactly(it.slide.next));
    else await expectRing(page, `"Next" still focused on slide ${index + 1}`);
    const round = await tabTo(page, exactly(it.slide.next), { leave: true });
    expect(
      round.map((f) => f.hit).filter((hit) => hit !== ''),
      `${slide.id}: every mark reachable`,
    ).toEqual(marks);
    expect(round.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        it.slide.previous,
        it.show.index,
        it.show.readMore,
        it.show.table,
        it.language.it,
        en.language.en,
        it.show.help,
      ]),
    );
    if (index < SLIDES.length - 1) await page.keyboard.press('Enter');
  }
});

test('every panel opens from its control, takes focus, and gives it back when it closes', async ({
  page,
}) => {
  await freezeClock(page);
  await page.goto('./?mode=presentation&reducedMotion=1&lang=it&slide=export-trend');
  await expect(page.locator('[data-slide="export-trend"]')).toHaveAttribute('data-ready', 'true');
  const start = SLIDES.findIndex((s) => s.id === 'export-trend');

  for (const [control, testid] of [
    [exactly(it.show.readMore), 'read-more-panel'],
    [exactly(it.show.table), 'table-panel'],
    [exactly(it.show.help), 'help-panel'],
  ] as const) {
    await tabTo(page, control);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId(testid);
    await expect(panel).toBeFocused();
    await expectRing(page, `${testid} opened`);
    // Inside: the close button, then the scrolling body (a keyboard scrolls it); focus stays in the panel.
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: it.show.close })).toBeFocused();
    await expectRing(page, `${testid} close button`);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId(`${testid}-body`)).toBeFocused();
    await expectRing(page, `${testid} body`);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(0);
    const back = await expectRing(page, `back from ${testid}`);
    expect(back.name).toMatch(control);
    await expect(show(page)).toHaveAttribute('data-slide-index', String(start));
  }

  // The index: a slide picked by keyboard, and Escape closes it too.
  await tabTo(page, exactly(it.show.index));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('index-panel')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('index-panel')).toHaveCount(0);
  expect((await expectRing(page, 'back from the index')).name).toBe(it.show.index);
  await page.keyboard.press('Enter');
  await tabTo(page, new RegExp(`^3\\s+${escape(SLIDES[2]!.title.it.slice(0, 20))}`));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('index-panel')).toHaveCount(0);
  await expect(show(page)).toHaveAttribute('data-slide-index', '2');
  expect((await expectRing(page, 'back from a pick in the index')).name).toBe(it.show.index);

  // The language, and the document's language with it, so a screen reader switches voice.
  await tabTo(page, exactly(en.language.en));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: en.slide.next })).toBeVisible();
  await tabTo(page, exactly(it.language.it), { key: 'Shift+Tab' });
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');

  // Auto-play on and off by keyboard.
  await tabTo(page, exactly(it.show.autoplayStart));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: it.show.autoplayStop })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectRing(page, 'auto-play off');
});
