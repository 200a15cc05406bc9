/**
 * How charts move: each builds in once, briefly, as one curtain on the
 * compositor, and then nothing moves; with reduced motion they are at their
 * final state at once. Animations run in real time here.
 */
import { expect, test, type Page } from './fixtures';
import { openSlide } from './charts-support';

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
    // Frames are asked for only while the slide enters, to time it (app/show/motion-governor.ts):
    // at most its 600 ms at 60 Hz, and none once it has settled.
    expect(motion.frames, 'requestAnimationFrame calls while the slide enters').toBeLessThanOrEqual(40);
    expect(motion.intervals, 'setInterval calls').toBe(0);
    // The entrance's timing may still be ending, however busy the machine: wait for a second with
    // no frame asked for. A frame loop on the still slide never gives one, and fails here.
    const framesAsked = () =>
      page.evaluate(() => (window as unknown as { __motion: { frames: number } }).__motion.frames);
    await expect
      .poll(
        async () => {
          const before = await framesAsked();
          await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
          return (await framesAsked()) - before;
        },
        { message: 'requestAnimationFrame calls in a second of the still slide' },
      )
      .toBe(0);
  });

  test('where the screen cannot draw a slide entering in time, the next slides cut in and their charts still build in', async ({
    page,
  }) => {
    // A screen that cannot keep up, made real: every frame takes 45 ms of the main thread.
    await page.addInitScript(() => {
      const w = window as unknown as { __slowFrames: boolean };
      w.__slowFrames = false;
      const frame = () => {
        const until = performance.now() + 45;
        if (w.__slowFrames) while (performance.now() < until);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await openSlide(page, 'centre-of-gravity', 'it', { reducedMotion: false });
    const stage = page.locator('.stage');
    await page.evaluate(() => ((window as unknown as { __slowFrames: boolean }).__slowFrames = true));
    await page.keyboard.press('ArrowRight');
    // The entrance moves and is timed: once its 600 ms (and three frames at least) are over, the
    // stage says slides now cut, however few frames the busy machine managed to draw.
    await expect(stage, 'decided from the slow entrance').toHaveAttribute('data-motion', 'cut');
    await page.evaluate(() => ((window as unknown as { __slowFrames: boolean }).__slowFrames = false));

    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.show')).toHaveAttribute('data-slide-index', '7');
    await expect(stage).toHaveAttribute('data-motion', 'cut');
    const region = page.locator('[data-slide="sector-export-leadership"]');
    await expect(region).toHaveAttribute('data-ready', 'true');
    // The slide is in place at once, the leaving one gone; the chart's curtain still moves.
    await expect(page.locator('[data-slide]')).toHaveCount(1);
    const moving = await page.evaluate(() =>
      document.getAnimations().map((a) => {
        const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
        return target instanceof Element && target.matches('[data-reveal]') ? 'curtain' : 'other';
      }),
    );
    expect(moving, 'only the chart builds in').toContain('curtain');
    expect(
      moving.filter((m) => m !== 'curtain'),
      'nothing else moves',
    ).toEqual([]);
  });

  test.describe('a leaving slide', () => {
    // Frozen: the leaving slide stays on stage, its motion sampled at its start and its end.
    test.use({ animationRate: 0 });

    /**
     * The leaving slide's opacity and horizontal shift (share of its width) at the start and the end
     * of its exit. Svelte starts a transition with a delay animation and its motion only once that
     * has finished, at a frame: until then there is nothing to sample, and this waits.
     */
    const exit = async (page: Page) => {
      let sampled: Awaited<ReturnType<typeof sampleExit>> = null;
      await expect.poll(async () => (sampled = await sampleExit(page)), 'the exit has begun').not.toBeNull();
      return sampled!;
    };
    const sampleExit = (page: Page) =>
      page.locator('.stage > .frame[inert]').evaluate((frame) => {
        const [motion] = frame.getAnimations().filter((a) => Number(a.effect?.getTiming().duration) > 0);
        if (!motion) return null;
        const at = (time: number) => {
          motion.currentTime = time;
          const style = getComputedStyle(frame);
          const shift = style.transform === 'none' ? 0 : new DOMMatrix(style.transform).m41;
          return { opacity: Number(style.opacity), shift: shift / frame.getBoundingClientRect().width };
        };
        const end = Number(motion.effect!.getTiming().duration) - 1;
        return { start: at(0), end: at(end) };
      });

    for (const [key, way] of [
      ['ArrowRight', -1],
      ['ArrowLeft', 1],
    ] as const) {
      test(`after ${key}, it fades out as it moves aside the way the visitor went`, async ({ page }) => {
        await openSlide(page, 'centre-of-gravity', 'it', { reducedMotion: false });
        await page.keyboard.press(key);
        const { start, end } = await exit(page);
        expect(start).toEqual({ opacity: 1, shift: 0 });
        expect(end.opacity).toBeLessThan(0.05);
        // 6 % of its width, the entrance's distance.
        expect(end.shift * way).toBeCloseTo(0.06, 2);
      });
    }

    test('with reduced motion, it only fades', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openSlide(page, 'centre-of-gravity', 'it', { reducedMotion: false });
      await page.keyboard.press('ArrowRight');
      const { start, end } = await exit(page);
      expect(start).toEqual({ opacity: 1, shift: 0 });
      expect(end.shift).toBe(0);
      expect(end.opacity).toBeLessThan(0.05);
    });
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
