/**
 * What the bench runs inside the page. `installProbes` is registered with
 * `context.addInitScript`, so it runs before the app's own script and before
 * Playwright's fake clock: it keeps the real `requestAnimationFrame`,
 * `setTimeout` and `performance.now`, and every probe below measures in real
 * time even while the show's timers run on the fake clock.
 *
 * Playwright serializes these functions into the page: they must not use
 * anything from this module's scope, only what they define inside.
 */

export interface ProbeOptions {
  /** Watch the cold load until the first chart is fully painted. */
  readonly load: boolean;
  /** Count timer and animation-frame callbacks (the still-slide measure). */
  readonly countTimers: boolean;
}

export interface LoadResult {
  /** ms from navigation start to the end of the frame that painted the settled chart. */
  readonly paintedAt: number;
  /** What was waited for: the first chart's `svg`. */
  readonly target: 'svg';
  readonly firstContentfulPaint: number | null;
  readonly domContentLoaded: number | null;
}

export interface TapResult {
  /** `timeStamp` of the touch's first event (touchstart or pointerdown), ms since navigation start. */
  readonly inputAt: number;
  /** End of the frame that first painted the explore band. */
  readonly paintedAt: number;
}

export interface LoopRecord {
  /** Per frame: [time the frame began (rAF time, ms), interval since the previous frame (ms)]. */
  readonly frames: [number, number][];
  /** rAF-clock times of each `data-slide-index` change. */
  readonly changes: number[];
}

export interface TimerCounts {
  readonly timeouts: number;
  readonly intervals: number;
  readonly animationFrames: number;
}

export interface BenchRuntime {
  readonly real: {
    readonly raf: (callback: FrameRequestCallback) => number;
    readonly setTimeout: (callback: () => void, ms: number) => number;
    readonly now: () => number;
  };
  /** True when nothing in the show moves (progress bar and endless animations aside) and one slide is on stage. */
  settledNow(): boolean;
  /** Resolves once `settledNow()` held for two frames in a row; false on timeout (real ms). */
  settled(timeoutMs: number): Promise<boolean>;
  /** Animations that still run, described, for reports. */
  moving(): string[];
  load: LoadResult | null;
  timers: TimerCounts;
  frames: { start(): void; stop(): number[][] };
  /** Every rAF interval of a window, whatever happens in it, and when the slide changed. */
  loop: { start(): void; stop(): LoopRecord };
  tap: { arm(): void; result(timeoutMs: number): Promise<TapResult | null> };
}

declare global {
  interface Window {
    __bench: BenchRuntime;
  }
}

export function installProbes(options: ProbeOptions): void {
  // tsx (esbuild, keepNames) wraps named functions in `__name(...)` in code that Playwright
  // serializes; give the page a harmless one.
  (globalThis as unknown as { __name: (target: unknown) => unknown }).__name = (target) => target;

  const real = {
    raf: window.requestAnimationFrame.bind(window),
    setTimeout: window.setTimeout.bind(window) as (callback: () => void, ms: number) => number,
    now: performance.now.bind(performance),
  };

  /** Calls `callback` with the time at which the next frame has been painted (rAF, then the task after it). */
  const afterNextPaint = (callback: (paintedAt: number) => void): void => {
    real.raf(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(real.now());
      channel.port2.postMessage(null);
    });
  };

  const isProgress = (target: Element | null): boolean =>
    target?.closest('[data-testid="progress"]') !== null && target !== null;

  const movingAnimations = (within?: Element): Animation[] =>
    document.getAnimations().filter((animation) => {
      const effect = animation.effect as KeyframeEffect | null;
      const target = effect?.target ?? null;
      if (isProgress(target)) return false;
      if (within && !(target && within.contains(target))) return false;
      if (animation.playState !== 'running' && !animation.pending) return false;
      // An endless animation never settles; the still-slide measure reports it.
      return (effect?.getComputedTiming().endTime ?? 0) !== Infinity;
    });

  const settledNow = (): boolean => {
    const stage = document.querySelector('.stage');
    if (!stage || stage.querySelectorAll(':scope > .frame').length !== 1) return false;
    return movingAnimations().length === 0;
  };

  const settled = (timeoutMs: number): Promise<boolean> =>
    new Promise((resolve) => {
      const deadline = real.now() + timeoutMs;
      let streak = 0;
      const check = () => {
        streak = settledNow() ? streak + 1 : 0;
        if (streak >= 2) resolve(true);
        else if (real.now() > deadline) resolve(false);
        else real.raf(check);
      };
      real.raf(check);
    });

  const counts = { timeouts: 0, intervals: 0, animationFrames: 0 };
  if (options.countTimers) {
    const originalTimeout = window.setTimeout;
    const originalInterval = window.setInterval;
    const originalRaf = window.requestAnimationFrame;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      originalTimeout(
        (...a: unknown[]) => {
          counts.timeouts += 1;
          if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      )) as typeof window.setTimeout;
    window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      originalInterval(
        (...a: unknown[]) => {
          counts.intervals += 1;
          if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      )) as typeof window.setInterval;
    window.requestAnimationFrame = (callback: FrameRequestCallback) =>
      originalRaf((time) => {
        counts.animationFrames += 1;
        callback(time);
      });
  }

  const runtime: BenchRuntime = {
    real,
    settledNow,
    settled,
    moving: () =>
      document.getAnimations().map((animation) => {
        const target = (animation.effect as KeyframeEffect | null)?.target;
        const name = target ? `${target.tagName.toLowerCase()}.${[...target.classList].join('.')}` : '?';
        const end = animation.effect?.getComputedTiming().endTime;
        return `${name} ${animation.playState}${end === Infinity ? ' (endless)' : ''}`;
      }),
    load: null,
    timers: counts,
    frames: {
      start() {
        const windows: number[][] = [];
        let current: number[] | null = null;
        let streak = 0;
        let last = 0;
        let running = true;
        const show = document.querySelector('.show');
        const observer = new MutationObserver(() => {
          // A new slide: the frame that shows it, and every frame until it settles, count.
          current ??= [];
          streak = 0;
        });
        if (show) observer.observe(show, { attributes: true, attributeFilter: ['data-slide-index'] });
        const frame = (time: number) => {
          if (!running) return;
          if (current && last > 0) {
            current.push(time - last);
            streak = settledNow() ? streak + 1 : 0;
            if (streak >= 2) {
              windows.push(current);
              current = null;
            }
          }
          last = time;
          real.raf(frame);
        };
        real.raf(frame);
        runtime.frames.stop = () => {
          running = false;
          observer.disconnect();
          return windows;
        };
      },
      stop: () => [],
    },
    loop: {
      start() {
        const frames: [number, number][] = [];
        const changes: number[] = [];
        let last = 0;
        let running = true;
        const show = document.querySelector('.show');
        // performance.now() and rAF times share a clock (the document's time origin).
        const observer = new MutationObserver(() => changes.push(real.now()));
        if (show) observer.observe(show, { attributes: true, attributeFilter: ['data-slide-index'] });
        const frame = (time: number) => {
          if (!running) return;
          if (last > 0) frames.push([time, time - last]);
          last = time;
          real.raf(frame);
        };
        real.raf(frame);
        runtime.loop.stop = () => {
          running = false;
          observer.disconnect();
          return { frames, changes };
        };
      },
      stop: () => ({ frames: [], changes: [] }),
    },
    tap: {
      arm() {
        let inputAt = Number.NaN;
        let paintedAt = Number.NaN;
        let done: ((result: TapResult | null) => void) | null = null;
        const onInput = (event: Event) => {
          if (Number.isNaN(inputAt)) inputAt = event.timeStamp;
        };
        const finish = () => {
          window.removeEventListener('touchstart', onInput, true);
          window.removeEventListener('pointerdown', onInput, true);
          observer.disconnect();
          done?.(Number.isNaN(paintedAt) ? null : { inputAt, paintedAt });
        };
        const observer = new MutationObserver(() => {
          const band = document.querySelector('[data-testid="explore-band"]');
          if (!band || !Number.isNaN(paintedAt)) return;
          observer.disconnect();
          const wait = () => {
            const box = band.getBoundingClientRect();
            if (box.width > 0 && box.height > 0 && getComputedStyle(band).visibility !== 'hidden') {
              afterNextPaint((at) => {
                paintedAt = at;
                finish();
              });
            } else real.raf(wait);
          };
          wait();
        });
        window.addEventListener('touchstart', onInput, { capture: true, passive: true });
        window.addEventListener('pointerdown', onInput, { capture: true, passive: true });
        observer.observe(document.body, { childList: true, subtree: true });
        runtime.tap.result = (timeoutMs) =>
          new Promise((resolve) => {
            if (!Number.isNaN(paintedAt)) {
              resolve({ inputAt, paintedAt });
              return;
            }
            done = resolve;
            real.setTimeout(() => {
              done = null;
              resolve(null);
            }, timeoutMs);
          });
      },
      result: () => Promise.resolve(null),
    },
  };
  window.__bench = runtime;

  if (!options.load) return;

  // --- Cold load: the first frame that paints the first chart settled. ---
  // Target: the slide's first chart `svg`. A candidate frame is one where the target is laid out (and was
  // already present one frame earlier, so its fonts were requested), every font has
  // loaded, and nothing in the slide's frame animates. It is confirmed when the next
  // two frames stay that way with no DOM change in the slide.
  let candidate: { at: number; target: LoadResult['target'] } | null = null;
  let confirmations = 0;
  let seen = false;
  let mutated = false;
  let watched: Element | null = null;
  const slideObserver = new MutationObserver(() => (mutated = true));

  const pick = (): { element: Element; kind: LoadResult['target']; frame: Element } | null => {
    const slide =
      document.querySelector('.stage > .frame:not([inert]) [data-slide]') ??
      document.querySelector('[data-slide]');
    if (!slide) return null;
    const frame = slide.closest('.frame') ?? slide;
    const svg =
      slide.querySelector('[data-chart] svg') ??
      slide.querySelector('figure svg') ??
      slide.querySelector('svg');
    // No svg yet (a chart that waits for its size): keep waiting. Nothing else counts as
    // the first chart, so a slide that lost its chart times out instead of passing.
    return svg ? { element: svg, kind: 'svg', frame } : null;
  };

  const watch = (frame: Element) => {
    if (watched === frame) return;
    slideObserver.disconnect();
    slideObserver.observe(frame, { childList: true, subtree: true, attributes: true, characterData: true });
    watched = frame;
  };

  const tick = () => {
    const found = pick();
    const box = found?.element.getBoundingClientRect();
    const ready =
      found !== null &&
      box !== undefined &&
      box.width > 0 &&
      box.height > 0 &&
      seen &&
      document.fonts.status === 'loaded' &&
      movingAnimations(found.frame).length === 0 &&
      !mutated;
    if (found) {
      watch(found.frame);
      seen = true;
    }
    mutated = false;
    if (!ready || !found) {
      candidate = null;
      confirmations = 0;
      real.raf(tick);
      return;
    }
    if (!candidate) {
      const kind = found.kind;
      // The time this frame finished painting.
      const channel = new MessageChannel();
      const entry = { at: Number.NaN, target: kind };
      channel.port1.onmessage = () => (entry.at = real.now());
      channel.port2.postMessage(null);
      candidate = entry;
      real.raf(tick);
      return;
    }
    confirmations += 1;
    if (confirmations < 2) {
      real.raf(tick);
      return;
    }
    slideObserver.disconnect();
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    runtime.load = {
      paintedAt: candidate.at,
      target: candidate.target,
      firstContentfulPaint: paint ? paint.startTime : null,
      domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
    };
  };
  real.raf(tick);
}
