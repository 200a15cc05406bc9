/**
 * `tap`: latency from a touch on the stage to the first frame that paints the
 * explore controls, against the reference page answering the same touch.
 */
import itMessages from '../../../data/locales/it.json' with { type: 'json' };
import { openBenchPage, type BenchPage } from '../lib/browser';
import { contended, otherCpu, othersNote, type Contention } from '../lib/contention';
import { atMost, row, type Measure, type MeasureContext } from '../lib/measure';
import { openReference } from '../lib/reference';
import { fmt } from '../lib/report';
import { settle, stageCentre, touch } from '../lib/show';
import { percentile, summarize } from '../lib/stats';
import { log, sleep } from '../lib/util';

const BUDGETS = {
  tapP95Ms: 50,
} as const;

export interface TapStats {
  readonly samples: number[];
  readonly p50: number;
  readonly p95: number;
}

export interface TapRun extends TapStats, Contention {
  /** The control page: a touch that only inserts a bar, same probe. */
  readonly reference: TapStats & Contention;
}

export const TAP_SAMPLES = 20;

async function tapOnce(bench: BenchPage, x: number, y: number): Promise<number> {
  await bench.page.evaluate(() => window.__bench.tap.arm());
  await touch(bench.cdp, x, y);
  const result = await bench.page.evaluate(() => window.__bench.tap.result(2000));
  if (!result) throw new Error('the explore controls did not appear within 2 s of a touch');
  return result.paintedAt - result.inputAt;
}

/** TAP_SAMPLES taps at `point`, each followed by `reset` (which brings back what a tap answers). */
async function sampleTaps(
  bench: BenchPage,
  point: { x: number; y: number },
  reset: () => Promise<void>,
): Promise<TapStats> {
  const samples: number[] = [];
  for (let i = 0; i < TAP_SAMPLES; i += 1) {
    samples.push(await tapOnce(bench, point.x, point.y));
    await reset();
    await sleep(150);
  }
  return { samples, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** `count` runs of TAP_SAMPLES taps on the show, each followed by as many on the reference page. */
export async function tapLatency(ctx: MeasureContext, count: number): Promise<TapRun[]> {
  const out: TapRun[] = [];
  for (let r = 0; r < count; r += 1) {
    const bench = await openBenchPage(ctx.browser);
    // A long slide time: the loop must not change slide while a sample runs.
    await bench.page.goto(`${ctx.base}?slideSeconds=600`);
    await bench.page.locator('.show').waitFor();
    await settle(bench.page);
    const point = await stageCentre(bench.page);
    const back = bench.page.getByRole('button', { name: itMessages.show.backToLoop });
    const app = await contended(ctx, () =>
      sampleTaps(bench, point, async () => {
        await back.click();
        await bench.page.locator('.show[data-phase="attract"]').waitFor();
        await settle(bench.page);
      }),
    );
    await openReference(bench.page);
    const reference = await contended(ctx, () =>
      sampleTaps(bench, point, () => touch(bench.cdp, point.x, point.y)),
    );
    await bench.close();
    out.push({ ...app, reference });
    log(
      `  tap ${r + 1}/${count}: p50 ${app.p50.toFixed(1)} ms, p95 ${app.p95.toFixed(1)} ms${othersNote(app)}; ` +
        `reference p50 ${reference.p50.toFixed(1)} ms, p95 ${reference.p95.toFixed(1)} ms`,
    );
  }
  return out;
}

export const tap: Measure = {
  name: 'tap',
  budgets: BUDGETS,
  async run(ctx, { runs }) {
    log(`tap → explore: ${runs} runs × ${TAP_SAMPLES} taps, each followed by the reference page…`);
    const taps = await tapLatency(ctx, runs);
    const p50 = summarize(taps.map((t) => t.p50));
    const p95 = summarize(taps.map((t) => t.p95));
    const refP95 = summarize(taps.map((t) => t.reference.p95));
    const contention = otherCpu(taps);
    const results = {
      tap: {
        definition:
          'CDP Input.dispatchTouchEvent (touchStart, touchEnd) at the stage centre: the touch event timeStamp → end of the first frame that paints [data-testid=explore-band]',
        p50,
        p95,
        reference: { p50: summarize(taps.map((t) => t.reference.p50)), p95: refP95 },
        otherCpuPct: contention,
        runs: taps,
      },
    };
    const rows = [
      row('tapP50', 'tap → explore p50', p50, fmt.ms),
      row('tapP95', 'tap → explore p95', p95, fmt.ms, atMost(BUDGETS.tapP95Ms, `≤ ${BUDGETS.tapP95Ms} ms`)),
      row('refTapP95', '  reference page: tap p95', refP95, fmt.ms),
    ];
    return { results, rows, contention: { tap: contention } };
  },
};
