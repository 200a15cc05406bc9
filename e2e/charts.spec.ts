/**
 * What a visitor sees on each slide: the headline figure and the key figures
 * in the house number style of each language; a tap on a mark shows its exact
 * value next to it; charts build in once, quickly, and then nothing moves.
 */
import { expect, test, type Page } from './fixtures';
import { type Lang, LANGS, SLIDES, VIEWPORTS, openSlide, walkSlides } from './charts-support';

/** Per slide and language: the headline, then figures that must be on screen (exactly as printed). */
const FIGURES: Record<string, Record<Lang, [headline: string, ...figures: string[]]>> = {
  'intro-overview': {
    it: ['oltre 150 mila', 'quasi 10 mld €', 'quasi 15 mld €', '17,5%'],
    en: ['over 150 thousand', 'almost €10 bn', 'almost €15 bn', '17.5%'],
  },
  'intro-export-propensity': {
    it: ['circa 50%', '40%', '23,8%', '22,2%', 'oltre 100 mld $'],
    en: ['about 50%', '40%', '23.8%', '22.2%', 'over $100 bn'],
  },
  'intro-export-share': {
    it: ['oltre 72%', '70,2%', '59,8%', '57,3%', '53,4%', '935'],
    en: ['over 72%', '70.2%', '59.8%', '57.3%', '53.4%', '935'],
  },
  'intro-domestic-value': { it: ['79,9%', '64%'], en: ['79.9%', '64%'] },
  'second-industrial-province': {
    it: ['9,7 mld €', '10,1 mld €', '156 mila', 'oltre 61 mld €', '56,7 mld €', '1ª', '4ª', '11ª', '19ª'],
    en: ['€9.7 bn', '€10.1 bn', '156 thousand', 'over €61 bn', '€56.7 bn', '1st', '4th', '11th', '19th'],
  },
  'centre-of-gravity': {
    it: ['170 mld €', '72,5%', '2,5 milioni', '67%', '1°', 'Baricentro', 'Bergamo', 'Brescia', 'Treviso'],
    en: [
      '€170 bn',
      '72.5%',
      '2.5 million',
      '67%',
      '1st',
      'Centre of gravity',
      'Bergamo',
      'Brescia',
      'Treviso',
    ],
  },
  'fifth-exporting-province': {
    it: ['13 mld €', '37 mld €', '20 mld €', '10 mld €', 'quasi 46%', '16%', 'circa 10%'],
    en: ['€13 bn', '€37 bn', '€20 bn', '€10 bn', 'almost 46%', '16%', 'about 10%'],
  },
  'sector-export-leadership': {
    it: ['2°', '1.778 mln €', '3.407 mln €', '2.014 mln €', '312 mln €', '9°'],
    en: ['2nd', '€1,778 mln', '€3,407 mln', '€2,014 mln', '€312 mln', '9th'],
  },
  'export-trend': {
    it: ['+350%', '2,9 mld €', '13,1 mld €', '9°', '5°', '+342%', '+107%', '+258%'],
    en: ['+350%', '€2.9 bn', '€13.1 bn', '9th', '5th', '+342%', '+107%', '+258%'],
  },
  'foreign-investment': {
    it: ['137', 'oltre 14 mila', '8,7%', '207', '70'],
    en: ['137', 'over 14 thousand', '8.7%', '207', '70'],
  },
  'global-manufacturing': {
    it: ['733', '252', '25 mila', '464', '65 altri paesi', '4,5%', '3,6%', '2,5%'],
    en: ['733', '252', '25 thousand', '464', '65 other countries', '4.5%', '3.6%', '2.5%'],
  },
  'export-strength': {
    it: ['quasi 2×', '1,8×', '1,7×', '1,6×', '1,4×', '1,3×'],
    en: ['almost 2×', '1.8×', '1.7×', '1.6×', '1.4×', '1.3×'],
  },
  'innovative-manufacturing': {
    it: ['30,7%', '28,3%', '45%', '+1,4%'],
    en: ['30.7%', '28.3%', '45%', '+1.4%'],
  },
  'green-manufacturing': {
    it: ['7.190', '23,4%', '2°', '61%', '30%', '15%', '44%', '24%', 'Lecco', 'Monza e Brianza'],
    en: ['7,190', '23.4%', '2nd', '61%', '30%', '15%', '44%', '24%', 'Lecco', 'Monza and Brianza'],
  },
};

test.use({ reducedMotion: 'reduce' });

test('the table of expected figures covers every slide', () => {
  expect(Object.keys(FIGURES).sort()).toEqual(SLIDES.map((s) => s.id).sort());
});

for (const lang of LANGS) {
  test(`every slide (${lang}) shows its title, headline, key figures and source in the house style, without errors`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await walkSlides(page, lang, async (region, slide) => {
      const [headline, ...figures] = FIGURES[slide.id]![lang];
      await expect(region.getByRole('heading', { level: 1 }), slide.id).toHaveText(slide.title[lang]);
      await expect(region.getByTestId('headline'), slide.id).toHaveText(headline);
      for (const figure of figures) {
        await expect(
          region.getByText(figure, { exact: true }).first(),
          `${slide.id}: ${figure}`,
        ).toBeVisible();
      }
      await expect(region, slide.id).toContainText(slide.source[lang]);
      await expect(region, slide.id).toContainText(slide.caption[lang]);
      for (const chart of slide.charts) {
        if (chart.note) await expect(region, slide.id).toContainText(chart.note[lang]);
      }
    });
    expect(errors).toEqual([]);
  });
}

test('the ranking marks the nine Italian places and leaves the other eleven unnamed', async ({ page }) => {
  const region = await openSlide(page, 'second-industrial-province', 'en');
  const ranking = region.locator('[data-chart="0"]');
  await expect(ranking.locator('rect[data-mark].named')).toHaveCount(9);
  await expect(ranking.locator('rect[data-mark]:not(.named)')).toHaveCount(11);
  await expect(region.getByText('non-Italian', { exact: true })).toHaveCount(11);
  // 9 Italian and 10 German places: the twentieth is said plainly to be from another country.
  await expect(region).toContainText('1 from another country');
  await expect(region.locator('rect.subject[data-mark="bergamo"]')).toHaveCount(1);
});

test('a language switch re-renders every figure', async ({ page }) => {
  const region = await openSlide(page, 'global-manufacturing', 'it');
  await expect(region.getByText('65 altri paesi', { exact: true })).toBeVisible();
  await expect(region.getByText('4,5%', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(region.getByRole('heading', { level: 1 })).toHaveText(
    'Bergamo’s global manufacturing industry',
  );
  await expect(region.getByText('65 other countries', { exact: true })).toBeVisible();
  await expect(region.getByText('4.5%', { exact: true })).toBeVisible();
  await expect(region.getByText('4,5%', { exact: true })).toHaveCount(0);
  await expect(region.getByText('25 thousand', { exact: true })).toBeVisible();
});

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

test.describe('motion', () => {
  // Motion is the subject here: animations run in real time.
  test.use({ reducedMotion: 'no-preference', animationRate: 1 });

  test('each chart builds in once, briefly, as one curtain moving on the compositor; then nothing moves', async ({
    page,
  }) => {
    // Record every Web Animation and every frame loop or interval the page asks for.
    await page.addInitScript(() => {
      const w = window as unknown as {
        __motion: { animations: object[]; frames: number; intervals: number };
      };
      w.__motion = { animations: [], frames: 0, intervals: 0 };
      const built = new Map<Element, Animation>();
      (window as unknown as { __built: typeof built }).__built = built;
      const animate = Element.prototype.animate;
      Element.prototype.animate = function (keyframes, options) {
        // The slide's contents only: the slide's own entrance (and Svelte's 0 ms helpers for it) are the show's.
        if (this.closest('[data-slide]')) {
          w.__motion.animations.push({
            keyframes,
            options,
            target: this.getAttribute('data-reveal') !== null ? 'curtain' : this.tagName.toLowerCase(),
            inChart: this.closest('[data-chart]') !== null,
          });
        }
        const animation = animate.call(this, keyframes, options);
        built.set(this, animation);
        return animation;
      };
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => {
        w.__motion.frames += 1;
        return raf(callback);
      };
      const interval = window.setInterval.bind(window);
      window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
        w.__motion.intervals += 1;
        return interval(handler, timeout, ...args);
      }) as typeof window.setInterval;
    });
    // The first slide after a start appears at once; the next one builds in.
    await openSlide(page, 'centre-of-gravity', 'it', { reducedMotion: false });
    expect(await page.evaluate(() => document.getAnimations().length), 'no build-in at start').toBe(0);
    await page.evaluate(() => {
      const w = window as unknown as {
        __motion: { animations: object[]; frames: number; intervals: number };
      };
      w.__motion = { animations: [], frames: 0, intervals: 0 };
    });
    await page.keyboard.press('ArrowRight');
    const region = page.locator('[data-slide="fifth-exporting-province"]');
    await expect(region).toHaveAttribute('data-ready', 'true');
    const charts = await region.locator('[data-chart]').count();
    expect(charts, 'a slide with two charts').toBe(2);

    // Where each curtain stands against its chart at the start of its build-in and at its end
    // (each build-in replayed, paused, whether or not it has finished by now).
    // The new slide's charts only: the leaving slide may still be fading out, however long that takes.
    const geometry = await region.evaluate((slide) =>
      [...slide.querySelectorAll('[data-chart]')].map((chart) => {
        const curtain = chart.querySelector('[data-reveal]');
        const body = curtain?.parentElement?.parentElement?.getBoundingClientRect();
        const animation = (window as unknown as { __built: Map<Element, Animation> }).__built.get(curtain!);
        if (!curtain || !body || !animation) return null;
        animation.pause();
        animation.currentTime = 0;
        const start = curtain.getBoundingClientRect();
        animation.finish();
        const end = curtain.getBoundingClientRect();
        return {
          coversAtStart: start.left <= body.left && start.right >= body.right && start.top <= body.top,
          offAtEnd: end.left >= body.right,
          paper: getComputedStyle(curtain).backgroundImage.includes('gradient'),
        };
      }),
    );
    expect(geometry, 'one build-in per chart: a curtain over it, then off it').toEqual(
      Array.from({ length: charts }, () => ({ coversAtStart: true, offAtEnd: true, paper: true })),
    );
    // Everything that started finishes (an endless animation never would), and nothing is left running.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);

    const motion = await page.evaluate(
      () =>
        (
          window as unknown as {
            __motion: {
              animations: {
                keyframes: Keyframe[];
                options: KeyframeAnimationOptions;
                target: string;
                inChart: boolean;
              }[];
              frames: number;
              intervals: number;
            };
          }
        ).__motion,
    );
    const inCharts = motion.animations.filter((a) => a.inChart);
    // Marks do not animate one by one: each animated element is a layer the compositor
    // redraws in every frame, which software compositing cannot afford (BENCHMARKS.md).
    expect(
      inCharts.map((a) => a.target),
      'one animation per chart, on its curtain',
    ).toEqual(Array.from({ length: charts }, () => 'curtain'));
    for (const { keyframes, options } of inCharts) {
      const properties = new Set(keyframes.flatMap((k) => Object.keys(k)));
      expect([...properties], 'transform only: the chart is never repainted').toEqual(['transform']);
      expect(Number(options.duration)).toBeGreaterThanOrEqual(300);
      expect(Number(options.duration)).toBeLessThanOrEqual(800);
      expect(options.iterations ?? 1).toBe(1);
      expect(Number(options.delay ?? 0)).toBeLessThanOrEqual(800);
    }
    const delays = inCharts.map((a) => Number(a.options.delay ?? 0));
    expect(delays[1]! - delays[0]!, 'the second chart follows the first').toBeGreaterThanOrEqual(30);
    expect(motion.frames, 'requestAnimationFrame calls').toBe(0);
    expect(motion.intervals, 'setInterval calls').toBe(0);
  });

  test('with reduced motion, charts are at their final state at once', async ({ page }) => {
    // The system setting alone, on a slide reached by a change (the first slide after a start never builds in).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openSlide(page, 'sector-export-leadership', 'en', { reducedMotion: false });
    await page.keyboard.press('ArrowRight');
    const region = page.locator('[data-slide="export-trend"]');
    await expect(region).toHaveAttribute('data-ready', 'true');
    const markAnimations = () =>
      page.evaluate(
        () =>
          document.getAnimations().filter((a) => {
            const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
            return target instanceof Element && target.closest('[data-chart]') !== null;
          }).length,
      );
    expect(await markAnimations()).toBe(0);
    // The curtain lies off the chart, so the chart is in full view at once.
    const curtain = await region.locator('[data-reveal]').first().boundingBox();
    const body = await region.locator('[data-reveal]').first().locator('xpath=../..').boundingBox();
    expect(curtain!.x).toBeGreaterThanOrEqual(body!.x + body!.width);
    const bar = region.locator('rect[data-mark="bergamo"]');
    expect(await bar.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    expect(await bar.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });
});

test('the maps are bundled: showing them requests no data, only the page, its script, style, fonts and icon', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
  for (const id of ['centre-of-gravity', 'global-manufacturing']) {
    const region = await openSlide(page, id, 'it');
    await expect(region.locator('[data-basemap] path').first()).toBeVisible();
  }
  expect(requests.length).toBeGreaterThan(0);
  // The tab's icon is the one request of type "other" a page load makes.
  const icon = (r: string) => /^other .*\/assets\/icon-[\w-]+\.svg$/.test(r);
  expect(requests.filter((r) => !/^(document|script|stylesheet|font) /.test(r) && !icon(r))).toEqual([]);
  expect(requests.filter((r) => /json/i.test(r))).toEqual([]);
});
