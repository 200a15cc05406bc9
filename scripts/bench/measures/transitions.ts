/**
 * `transitions`: frame pacing from each slide change until the stage settles
 * (kept for comparison with older rows; the whole loop's budget is the one
 * that counts), against the reference page making the same motion, and what
 * a slide change costs the main thread in CPU time.
 */
import { openBenchPage, type BenchPage } from '../lib/browser';
import { contended, otherCpu, othersNote, type Contention } from '../lib/contention';
import { atMost, below, row, type Measure, type MeasureContext } from '../lib/measure';
import { openReference, startReferenceLoop } from '../lib/reference';
import { fmt } from '../lib/report';
import { chartSlideIds, playlistFor, settle } from '../lib/show';
import { percentAbove, percentile, summarize } from '../lib/stats';
import { markSlideChanges, SLIDE_CHANGE_MARK, startTrace, stopTrace } from '../lib/trace';
import { log, sleep } from '../lib/util';

const BUDGETS = {
  frameP95Ms: 20,
  framesOver33Pct: 1,
} as const;

export interface FrameStats {
  readonly transitions: number;
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly over20Pct: number;
  readonly over33Pct: number;
}

export interface FrameRun extends Contention, FrameStats {
  readonly startSlide: string;
  /** The control page's frames in the same conditions, right after. */
  readonly reference: FrameStats & Contention;
}

/** Transitions measured per run (after one that warms up). */
export const FRAME_TRANSITIONS = 5;

function frameStats(windows: readonly (readonly number[])[]): FrameStats {
  const deltas = windows.flat();
  return {
    transitions: windows.length,
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    p99: percentile(deltas, 99),
    max: deltas.length ? Math.max(...deltas) : Number.NaN,
    over20Pct: percentAbove(deltas, 20),
    // 33.4: two vsyncs at 60 Hz are 33.3 ms, which is a dropped frame but not "over 33 ms" twice over.
    over33Pct: percentAbove(deltas, 33.4),
  };
}

async function recordFrames(bench: BenchPage, periodMs: number): Promise<FrameStats> {
  await bench.page.evaluate(() => window.__bench.frames.start());
  // The first change warms up (first run of the transition code); FRAME_TRANSITIONS more are measured.
  await sleep((FRAME_TRANSITIONS + 1) * periodMs + 1500);
  const windows = await bench.page.evaluate(() => window.__bench.frames.stop());
  return frameStats(windows.slice(1, FRAME_TRANSITIONS + 1));
}

/** `count` runs of FRAME_TRANSITIONS slide changes at 3 s slides, each followed by the reference page. */
export async function framePacing(ctx: MeasureContext, count: number): Promise<FrameRun[]> {
  const ids = playlistFor('').slides.map((s) => s.id);
  const out: FrameRun[] = [];
  for (let r = 0; r < count; r += 1) {
    // Each run starts further along the playlist, so the runs together see every slide build in.
    const startSlide = ids[(r * FRAME_TRANSITIONS) % ids.length]!;
    const bench = await openBenchPage(ctx.browser);
    await bench.page.goto(`${ctx.base}?slideSeconds=3&slide=${startSlide}`);
    await bench.page.locator('.show').waitFor();
    await settle(bench.page);
    const app = await contended(ctx, () => recordFrames(bench, 3000));
    await openReference(bench.page);
    await startReferenceLoop(bench.page, 1000);
    const reference = await contended(ctx, () => recordFrames(bench, 1000));
    await bench.close();
    out.push({ ...app, startSlide, reference });
    log(
      `  frames ${r + 1}/${count}: ${app.transitions} transitions, ${app.frames} frames, p95 ${app.p95.toFixed(1)} ms, ` +
        `>33 ms ${app.over33Pct.toFixed(1)} %${othersNote(app)}; reference p95 ${reference.p95.toFixed(1)} ms, ` +
        `>33 ms ${reference.over33Pct.toFixed(1)} %${othersNote(reference)}`,
    );
  }
  return out;
}

export interface TransitionCost {
  /** Main-thread CPU (trace thread time) from the slide change until 700 ms later, ms. */
  readonly cpuMs: number;
  /** The longest main-thread task in that window: its CPU time and its wall time, ms. */
  readonly longestTaskCpuMs: number;
  readonly longestTaskWallMs: number;
}

/**
 * What a slide change costs the main thread, in CPU time, from a Chrome trace:
 * immune to other processes, unlike frame times. A transition can hold 60 fps
 * only if no task in it needs more than a frame (16.7 ms) of CPU.
 */
export async function transitionCost(ctx: MeasureContext, changes: number): Promise<TransitionCost[]> {
  const bench = await openBenchPage(ctx.browser);
  const first = chartSlideIds()[0] ?? '';
  await bench.page.goto(`${ctx.base}?slideSeconds=3&slide=${first}`);
  await bench.page.locator('.show').waitFor();
  await settle(bench.page);
  await markSlideChanges(bench.page);
  await startTrace(bench.cdp);
  await sleep((changes + 1) * 3000 + 1000);
  const { tasks, marks } = await stopTrace(bench.cdp, SLIDE_CHANGE_MARK);
  await bench.close();
  // The first change warms up, as in the frame measure.
  return marks.slice(1, changes + 1).map((mark) => {
    const inWindow = tasks.filter((t) => t.ts + t.wallMs * 1000 >= mark - 1000 && t.ts <= mark + 700_000);
    const longest = inWindow.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), { ts: 0, wallMs: 0, cpuMs: 0 });
    return {
      cpuMs: inWindow.reduce((s, t) => s + t.cpuMs, 0),
      longestTaskCpuMs: longest.cpuMs,
      longestTaskWallMs: longest.wallMs,
    };
  });
}

export const transitions: Measure = {
  name: 'transitions',
  budgets: BUDGETS,
  async run(ctx, { runs }) {
    log(
      `frame pacing: ${runs} runs × ${FRAME_TRANSITIONS} transitions, each followed by the reference page…`,
    );
    const frames = await framePacing(ctx, runs);
    log(`transition cost: ${runs} slide changes traced…`);
    const cost = await transitionCost(ctx, runs);
    const pick = (f: (r: (typeof frames)[number]) => number) => summarize(frames.map(f));
    const p95 = pick((f) => f.p95);
    const over33 = pick((f) => f.over33Pct);
    const contention = otherCpu(frames);
    const results = {
      frames: {
        definition:
          'requestAnimationFrame intervals from each slide change until the stage settles (one frame on stage, no animation running but the progress bar), attract loop at slideSeconds=3, the first change of each run skipped',
        p50: pick((f) => f.p50),
        p95,
        p99: pick((f) => f.p99),
        over20Pct: pick((f) => f.over20Pct),
        over33Pct: over33,
        reference: {
          definition:
            'the same probe on a plain page making the same motion (scripts/bench/lib/reference.ts)',
          p50: pick((f) => f.reference.p50),
          p95: pick((f) => f.reference.p95),
          p99: pick((f) => f.reference.p99),
          over20Pct: pick((f) => f.reference.over20Pct),
          over33Pct: pick((f) => f.reference.over33Pct),
        },
        otherCpuPct: contention,
        runs: frames,
        mainThreadPerChange: {
          definition:
            'Chrome trace of the renderer main thread, thread (CPU) time: all tasks from a slide change to 700 ms later, and the longest of them',
          cpuMs: summarize(cost.map((c) => c.cpuMs)),
          longestTaskCpuMs: summarize(cost.map((c) => c.longestTaskCpuMs)),
          longestTaskWallMs: summarize(cost.map((c) => c.longestTaskWallMs)),
          changes: cost,
        },
      },
    };
    const rows = [
      row(
        'frameP50',
        'transition frame p50',
        pick((f) => f.p50),
        fmt.ms,
      ),
      row(
        'frameP95',
        'transition frame p95',
        p95,
        fmt.ms,
        atMost(BUDGETS.frameP95Ms, `≤ ${BUDGETS.frameP95Ms} ms`),
      ),
      row(
        'frameP99',
        'transition frame p99',
        pick((f) => f.p99),
        fmt.ms,
      ),
      row(
        'frames20',
        'frames over 20 ms',
        pick((f) => f.over20Pct),
        fmt.pct,
      ),
      row(
        'frames33',
        'frames over 33 ms',
        over33,
        fmt.pct,
        below(BUDGETS.framesOver33Pct, `< ${BUDGETS.framesOver33Pct} %`),
      ),
      row(
        'refP95',
        '  reference page: frame p95',
        pick((f) => f.reference.p95),
        fmt.ms,
      ),
      row(
        'ref33',
        '  reference page: over 33 ms',
        pick((f) => f.reference.over33Pct),
        fmt.pct,
      ),
      row('changeCpu', 'slide change: main-thread CPU', summarize(cost.map((c) => c.cpuMs)), fmt.ms),
      row(
        'longestTask',
        '  longest task in it (CPU)',
        summarize(cost.map((c) => c.longestTaskCpuMs)),
        fmt.ms,
      ),
    ];
    return { results, rows, contention: { frames: contention } };
  },
};
