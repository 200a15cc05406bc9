/**
 * The marks of every chart under a visitor's finger: a tap shows a mark's
 * exact value beside it and the next tap elsewhere hides it, every mark lies
 * under its own target, and every target is at least 48 × 48 px, down to the
 * laptop screens where they are smallest.
 */
import { expect, test, type Page } from './fixtures';
import { VIEWPORTS, openSlide, walkSlides } from './charts-support';

test.use({ reducedMotion: 'reduce' });

/** Per tapped mark: slide, chart, mark, and what its callout must say (in English). */
const TAPS: [slide: string, chart: number, mark: string, texts: string[]][] = [
  ['fifth-exporting-province', 0, 'bergamo', ['Bergamo', '€13 bn']],
  ['fifth-exporting-province', 1, 'america', ['America', 'about 10%']],
  ['sector-export-leadership', 0, 'chemicals', ['Chemicals', '€1,778 mln', '2nd in Italy']],
  ['second-industrial-province', 0, 'rank-3', ['non-Italian', '3rd']],
  ['second-industrial-province', 0, 'brescia', ['Brescia', '€10.1 bn', '1st']],
  ['export-trend', 0, 'bergamo', ['Bergamo', '+350%', '1991: €2.9 bn → 2013: €13.1 bn']],
  ['export-trend', 0, 'italy', ['Italy as a whole', '+258%', '1991: €104.4 bn → 2013: €373.8 bn']],
  ['export-strength', 0, 'reference', ['Italian average', '1×']],
  [
    'foreign-investment',
    0,
    'rest',
    ['70', 'Knowledge-intensive services', 'computed: 207 foreign companies'],
  ],
  ['centre-of-gravity', 0, 'centre', ['Centre of gravity']],
  ['centre-of-gravity', 0, 'monza-brianza', ['Monza and Brianza']],
  ['global-manufacturing', 0, 'usa', ['USA', '94']],
  ['global-manufacturing', 0, 'rest', ['65 other countries', '464', 'computed: 733 in 70 countries']],
  ['green-manufacturing', 0, 'exporters-green', ['Green investors', '44%', 'Export regularly']],
  ['green-manufacturing', 1, 'lecco', ['Lecco', 'value not given in the report']],
];

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
  });
}

test('a tap on a mark shows its exact value beside it, the next tap elsewhere hides it', async ({ page }) => {
  let tapped = 0;
  await walkSlides(page, 'en', async (region, slide) => {
    for (const [, chart, mark, texts] of TAPS.filter(([id]) => id === slide.id)) {
      const name = `${slide.id} › ${mark}`;
      await region.locator(`[data-hit="${chart}:${mark}"]`).click();
      const callout = region.locator(`[data-chart="${chart}"] [data-callout]`);
      await expect(callout, name).toBeVisible();
      for (const text of texts) await expect(callout, name).toContainText(text);
      expect(
        await inViewport(page, `[data-slide="${slide.id}"] [data-chart="${chart}"] [data-callout]`),
        name,
      ).toBe(true);
      // Large: the value reads from three metres (the callout's value type is 48 px at 1080p).
      const size = await callout
        .locator('.value, .label')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size, name).toBeGreaterThanOrEqual(24);
      await region.getByRole('heading', { level: 1 }).click();
      await expect(callout, name).toHaveCount(0);
      tapped += 1;
    }
  });
  expect(tapped).toBe(TAPS.length);
});

test('every mark lies under its own tap target, where a visitor touches it', async ({ page }) => {
  let checked = 0;
  await walkSlides(page, 'en', async (region, slide) => {
    const misplaced = await region.locator('[data-chart]').evaluateAll((charts) =>
      charts.flatMap((chart) => {
        const index = chart.getAttribute('data-chart');
        // A reference line spans the bars; its target is its label under them.
        return [...chart.querySelectorAll('[data-mark]:not(line)')].flatMap((mark) => {
          const id = mark.getAttribute('data-mark');
          const hit = chart.querySelector(`[data-hit="${index}:${id}"]`);
          if (!hit) return [`${index}:${id} has no target`];
          const m = mark.getBoundingClientRect();
          const h = hit.getBoundingClientRect();
          const x = m.left + m.width / 2;
          const y = m.top + m.height / 2;
          const inside = x >= h.left && x <= h.right && y >= h.top && y <= h.bottom;
          return inside
            ? []
            : [
                `${index}:${id} centre (${x | 0}, ${y | 0}) outside its target (${h.top | 0}–${h.bottom | 0})`,
              ];
        });
      }),
    );
    expect(misplaced, slide.id).toEqual([]);
    checked += await region.locator('[data-mark]:not(line)').count();
  });
  expect(checked).toBeGreaterThan(60);
});

test('a tap on another mark moves the callout there', async ({ page }) => {
  const region = await openSlide(page, 'fifth-exporting-province', 'it');
  await region.locator('[data-hit="0:milano"]').click();
  await expect(region.locator('[data-callout]')).toContainText('37 mld €');
  await region.locator('[data-hit="0:varese"]').click();
  await expect(region.locator('[data-callout]')).toHaveCount(1);
  await expect(region.locator('[data-callout]')).toContainText('Varese');
  await expect(region.locator('[data-callout]')).toContainText('10 mld €');
});

test('pointerdown presses the mark at once, before the tap completes', async ({ page }) => {
  const region = await openSlide(page, 'innovative-manufacturing', 'en');
  const box = await region.locator('[data-hit="0:bergamo"]').boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.mouse.down();
  await expect(region.locator('rect[data-mark="bergamo"]')).toHaveClass(/pressed/);
  await expect(region.locator('[data-callout]')).toHaveCount(0);
  await page.mouse.up();
  await expect(region.locator('[data-callout]')).toContainText('30.7%');
});

// The laptop screens, where targets are smallest.
for (const viewport of VIEWPORTS.filter((v) => v.height < 1080)) {
  test.describe(`at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    test('every tappable mark has a target of at least 48 × 48 px on screen', async ({ page }) => {
      let count = 0;
      await walkSlides(page, 'it', async (region, slide) => {
        if (slide.charts.length === 0) return;
        const boxes = await region.locator('[data-hit]').evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { id: el.getAttribute('data-hit'), ...r.toJSON() } as {
              id: string;
              width: number;
              height: number;
              left: number;
              top: number;
              right: number;
              bottom: number;
            };
          }),
        );
        expect(boxes.length, slide.id).toBeGreaterThan(0);
        for (const b of boxes) {
          expect(b.width, `${slide.id} ${b.id}`).toBeGreaterThanOrEqual(48);
          expect(b.height, `${slide.id} ${b.id}`).toBeGreaterThanOrEqual(48);
          expect(
            b.left >= -1 && b.top >= -1 && b.right <= viewport.width + 1 && b.bottom <= viewport.height + 1,
          ).toBe(true);
        }
        count += boxes.length;
      });
      expect(count).toBeGreaterThan(80);
    });
  });
}
