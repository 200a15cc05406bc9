/**
 * `npm run bench`: builds the web bundle, serves it on 127.0.0.1, and measures
 * it in headless Chromium through Playwright and the Chrome DevTools Protocol.
 * Every measure runs at least five times; its result is the median of the
 * runs, its spread their min–max. Prints the JSON report on stdout and a short
 * table on stderr, and appends a dated row to BENCHMARKS.md, which defines
 * each measure.
 *
 *   npm run bench -- [--runs 5] [--port 4473] [--changes 1000]
 *                    [--only cold,frames,attract,still,memory,tap] [--skip-build]
 *                    [--dist dir] [--no-record] [--json file] [--quiet-pct 30] [--quiet-wait 30]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser';
import {
  attractCpu,
  bundleOnDisk,
  coldLoad,
  coldLoadQuery,
  framePacing,
  FRAME_TRANSITIONS,
  memory,
  stillCpu,
  STILL_SECONDS,
  tapLatency,
  TAP_SAMPLES,
  transitionCost,
  ANIMATION_RATE,
  type Contention,
  type MeasureContext,
} from './lib/measures';
import { appendTableRow, fmt, machine, range, textTable, type TableRow, type Verdict } from './lib/report';
import { serveStatic } from './lib/server';
import { median, summarize, type Summary } from './lib/stats';
import { buildWeb, log, ROOT } from './lib/util';

const BUDGETS = {
  firstChartMs: 400,
  frameP95Ms: 20,
  framesOver33Pct: 1,
  tapP95Ms: 50,
  heapGrowthBytes: 1024 * 1024,
  stillCpuPct: 2,
  payloadBytes: 1.5 * 1000 * 1000,
} as const;

const MEASURES = ['cold', 'frames', 'attract', 'still', 'memory', 'tap'] as const;
type MeasureName = (typeof MEASURES)[number];

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4473' },
    changes: { type: 'string', default: '1000' },
    only: { type: 'string', default: MEASURES.join(',') },
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    'no-record': { type: 'boolean', default: false },
    json: { type: 'string' },
    'quiet-pct': { type: 'string', default: '30' },
    'quiet-wait': { type: 'string', default: '30' },
  },
});

interface Row extends TableRow {
  readonly key: string;
}

interface Budget {
  readonly text: string;
  readonly ok: (median: number) => boolean;
}

function row(
  key: string,
  measure: string,
  summary: Summary,
  format: (v: number) => string,
  budget?: Budget,
): Row {
  const verdict: Verdict = budget ? (budget.ok(summary.median) ? 'pass' : 'FAIL') : 'info';
  return {
    key,
    measure,
    result: format(summary.median),
    spread: range(summary.min, summary.max, format),
    budget: budget?.text ?? '',
    verdict,
  };
}

const atMost = (limit: number, text: string): Budget => ({ text, ok: (m) => m <= limit });

/** Median share of the CPU that other processes took during the runs, or null off Linux. */
function otherCpu(runs: readonly Contention[]): number | null {
  const known = runs.map((r) => r.otherCpuPct).filter((v): v is number => v !== null);
  return known.length ? median(known) : null;
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(args.runs));
  const only = new Set(args.only.split(',').map((s) => s.trim()) as MeasureName[]);
  // --dist measures another build (an A/B experiment): no build, no row in BENCHMARKS.md.
  if (!args['skip-build'] && !args.dist) {
    buildWeb();
  }
  const server = await serveStatic(args.dist ?? join(ROOT, 'dist/web'), Number(args.port));
  const browser = await launchChromium();
  const host = machine(browser.version());
  log(
    `serving dist/web on ${server.url}; Chromium ${host.chromium}; ${host.cores} cores, ${host.memoryGiB} GiB`,
  );
  const ctx: MeasureContext = {
    browser,
    base: server.url,
    quiet: { thresholdPct: Number(args['quiet-pct']), maxWaitMs: Number(args['quiet-wait']) * 1000 },
  };
  const started = Date.now();
  const results: Record<string, unknown> = {};
  const rows: Row[] = [];
  const contention: Record<string, number | null> = {};

  try {
    if (only.has('cold')) {
      const count = 2 * runs;
      log(`cold load and payload: ${count} runs…`);
      const cold = await coldLoad(ctx, count);
      const painted = summarize(cold.map((c) => c.paintedAt));
      const payload = summarize(cold.map((c) => c.bytes.total ?? 0));
      contention.cold = otherCpu(cold);
      const target = cold[0]?.target ?? '?';
      results.coldLoad = {
        definition:
          'navigation start → end of the first frame that paints the first chart (its svg) with its fonts loaded, nothing animating in its slide, and two more frames unchanged',
        url: coldLoadQuery(),
        target,
        paintedMs: painted,
        firstContentfulPaintMs: summarize(cold.map((c) => c.firstContentfulPaint ?? Number.NaN)),
        domContentLoadedMs: summarize(cold.map((c) => c.domContentLoaded ?? Number.NaN)),
        otherCpuPct: contention.cold,
        runs: cold,
      };
      results.payload = {
        definition: 'bytes of every response body that the cold load reads (uncompressed, as read from disk)',
        totalBytes: payload,
        byKind: cold[0]?.bytes,
        files: cold[0]?.files,
        bundleOnDisk: bundleOnDisk(),
      };
      rows.push(
        row(
          'coldLoad',
          'cold load → first chart painted',
          painted,
          fmt.ms,
          atMost(BUDGETS.firstChartMs, '≤ 400 ms'),
        ),
        row('payload', 'payload of a cold load', payload, fmt.kb, atMost(BUDGETS.payloadBytes, '≤ 1.5 MB')),
      );
    }

    if (only.has('frames')) {
      log(
        `frame pacing: ${runs} runs × ${FRAME_TRANSITIONS} transitions, each followed by the reference page…`,
      );
      const frames = await framePacing(ctx, runs);
      log(`transition cost: ${runs} slide changes traced…`);
      const cost = await transitionCost(ctx, runs);
      const pick = (f: (r: (typeof frames)[number]) => number) => summarize(frames.map(f));
      const p95 = pick((f) => f.p95);
      const over33 = pick((f) => f.over33Pct);
      contention.frames = otherCpu(frames);
      results.frames = {
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
        otherCpuPct: contention.frames,
        runs: frames,
        mainThreadPerChange: {
          definition:
            'Chrome trace of the renderer main thread, thread (CPU) time: all tasks from a slide change to 700 ms later, and the longest of them',
          cpuMs: summarize(cost.map((c) => c.cpuMs)),
          longestTaskCpuMs: summarize(cost.map((c) => c.longestTaskCpuMs)),
          longestTaskWallMs: summarize(cost.map((c) => c.longestTaskWallMs)),
          changes: cost,
        },
      };
      rows.push(
        row(
          'frameP50',
          'transition frame p50',
          pick((f) => f.p50),
          fmt.ms,
        ),
        row('frameP95', 'transition frame p95', p95, fmt.ms, atMost(BUDGETS.frameP95Ms, '≤ 20 ms')),
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
        row('frames33', 'frames over 33 ms', over33, fmt.pct, {
          text: '< 1 %',
          ok: (m) => m < BUDGETS.framesOver33Pct,
        }),
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
      );
    }

    if (only.has('attract')) {
      log(`attract loop CPU: ${runs} windows of two slide periods…`);
      const attract = await attractCpu(ctx, runs);
      const perMinute = summarize(attract.map((a) => (a.taskMs * 60) / a.seconds));
      contention.attract = otherCpu(attract);
      results.attractLoop = {
        definition:
          'CDP Performance.getMetrics TaskDuration (renderer main thread, thread time) over windows of two slide periods at the default slideSeconds, scaled to one minute of looping',
        taskMsPerMinute: perMinute,
        pctOfOneCore: summarize(attract.map((a) => (100 * a.taskMs) / (a.seconds * 1000))),
        chromiumProcessesMsPerMinute: summarize(attract.map((a) => (a.processMs * 60) / a.seconds)),
        taskMsPerSlideChange: summarize(attract.map((a) => a.taskMs / Math.max(1, a.slideChanges))),
        otherCpuPct: contention.attract,
        runs: attract,
      };
      rows.push(row('attract', 'attract loop CPU per minute', perMinute, (v) => `${v.toFixed(0)} ms`));
    }

    if (only.has('still')) {
      log(`still slide CPU: ${runs} chart slides × ${STILL_SECONDS} s…`);
      const still = await stillCpu(ctx, runs);
      const pct = summarize(still.map((s) => (100 * s.taskMs) / (s.seconds * 1000)));
      results.stillSlide = {
        definition:
          'TaskDuration (thread time) over 10 s while a chart slide sits still (mode=presentation, settled + 1 s), in % of one core; timer and animation-frame callbacks counted over the same window',
        pctOfOneCore: pct,
        chromiumProcessesPctOfOneCore: summarize(still.map((s) => (100 * s.processMs) / (s.seconds * 1000))),
        timerCallbacks: summarize(still.map((s) => s.timeouts + s.intervals)),
        animationFrameCallbacks: summarize(still.map((s) => s.animationFrames)),
        runs: still,
      };
      rows.push(
        row('still', 'still slide CPU, % of a core', pct, fmt.pct, atMost(BUDGETS.stillCpuPct, '≤ 2 %')),
      );
    }

    if (only.has('memory')) {
      const changes = Number(args.changes);
      log(`memory: ${runs} runs × ${changes}+ slide changes (fake clock, animations ×${ANIMATION_RATE})…`);
      const mem = await memory(ctx, runs, changes);
      const heap = summarize(mem.map((m) => m.heapGrowth));
      const nodes = summarize(mem.map((m) => m.nodeGrowth));
      results.memory = {
        definition:
          'JS heap used and DOM nodes (CDP Memory.getDOMCounters) after forced GC: after one bilingual warm-up cycle, and again after N or more slide changes (whole cycles, so both samples show the same slide in the same language)',
        heapGrowthBytes: heap,
        nodeGrowth: nodes,
        listenerGrowth: summarize(mem.map((m) => m.listenerGrowth)),
        blinkHeapGrowthBytes: summarize(mem.map((m) => m.after.blinkHeap - m.warmup.blinkHeap)),
        warmupHeapBytes: summarize(mem.map((m) => m.warmup.heapUsed)),
        warmupNodes: summarize(mem.map((m) => m.warmup.nodes)),
        runs: mem,
      };
      rows.push(
        row('heap', `heap growth, ${mem[0]?.changes ?? changes} changes`, heap, fmt.signedKb, {
          text: '≤ 1 MB',
          ok: (m) => m <= BUDGETS.heapGrowthBytes,
        }),
        row(
          'blinkHeap',
          '  Blink heap growth (info)',
          summarize(mem.map((m) => m.after.blinkHeap - m.warmup.blinkHeap)),
          fmt.signedKb,
        ),
        row('nodes', 'DOM nodes vs warm-up', nodes, fmt.signed, {
          text: 'back to warm-up',
          ok: () => mem.every((m) => m.nodeGrowth <= 0),
        }),
      );
    }

    if (only.has('tap')) {
      log(`tap → explore: ${runs} runs × ${TAP_SAMPLES} taps, each followed by the reference page…`);
      const tap = await tapLatency(ctx, runs);
      const p95 = summarize(tap.map((t) => t.p95));
      contention.tap = otherCpu(tap);
      results.tap = {
        definition:
          'CDP Input.dispatchTouchEvent (touchStart, touchEnd) at the stage centre: the touch event timeStamp → end of the first frame that paints [data-testid=explore-band]',
        p50: summarize(tap.map((t) => t.p50)),
        p95,
        reference: {
          p50: summarize(tap.map((t) => t.reference.p50)),
          p95: summarize(tap.map((t) => t.reference.p95)),
        },
        otherCpuPct: contention.tap,
        runs: tap,
      };
      rows.push(
        row('tapP50', 'tap → explore p50', summarize(tap.map((t) => t.p50)), fmt.ms),
        row('tapP95', 'tap → explore p95', p95, fmt.ms, atMost(BUDGETS.tapP95Ms, '≤ 50 ms')),
        row('refTapP95', '  reference page: tap p95', summarize(tap.map((t) => t.reference.p95)), fmt.ms),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const known = Object.values(contention).filter((v): v is number => v !== null);
  const report = {
    date: new Date().toISOString(),
    machine: host,
    runs,
    seconds: Math.round((Date.now() - started) / 1000),
    budgets: BUDGETS,
    /** Median CPU share other processes took during each measure's runs (% of all cores). */
    otherCpuPct: contention,
    results,
    table: rows,
  };
  const json = JSON.stringify(report, null, 2);
  process.stdout.write(`${json}\n`);
  if (args.json) writeFileSync(args.json, `${json}\n`);
  log(`\n${textTable(rows)}\n`);
  if (known.length) {
    log(
      `other processes used ${Math.max(...known).toFixed(0)} % of this machine's CPU at most (median of a measure's runs)`,
    );
  }
  const failed = rows.filter((r) => r.verdict === 'FAIL').map((r) => r.measure.trim());
  log(failed.length ? `budgets missed: ${failed.join('; ')} (see BENCHMARKS.md)` : 'every budget met');

  if (!args['no-record'] && !args.dist && only.size === MEASURES.length) {
    const load = known.length ? `${Math.max(...known).toFixed(0)} %` : '?';
    appendTableRow(
      join(ROOT, 'BENCHMARKS.md'),
      'bench',
      BENCH_HEADER,
      benchRow(report.date, host, load, rows),
    );
    log('appended a row to BENCHMARKS.md');
  }
}

const BENCH_COLUMNS: readonly [string, string][] = [
  ['coldLoad', 'first chart painted'],
  ['frameP95', 'frame p95'],
  ['frames33', '> 33 ms'],
  ['refP95', 'ref. p95'],
  ['attract', 'attract CPU/min'],
  ['still', 'still CPU'],
  ['heap', 'heap Δ'],
  ['nodes', 'nodes Δ'],
  ['tapP95', 'tap p95'],
  ['payload', 'payload'],
];

const BENCH_HEADER = [
  `| date (UTC) | commit | machine | others' CPU | ${BENCH_COLUMNS.map(([, title]) => title).join(' | ')} |`,
  `| --- | --- | --- | --- | ${BENCH_COLUMNS.map(() => '---').join(' | ')} |`,
].join('\n');

function benchRow(
  date: string,
  host: ReturnType<typeof machine>,
  load: string,
  rows: readonly Row[],
): string {
  const cell = (key: string) => {
    const found = rows.find((r) => r.key === key);
    if (!found) return '–';
    const mark = found.verdict === 'pass' ? ' ✓' : found.verdict === 'FAIL' ? ' ✗' : '';
    return `${found.result} (${found.spread.replace(/ – /g, '–')})${mark}`;
  };
  const when = date.slice(0, 16).replace('T', ' ');
  const box = `${host.cores} cores, ${host.memoryGiB} GiB, Chromium ${host.chromium.split('.')[0]}`;
  return `| ${when} | ${host.commit} | ${box} | ${load} | ${BENCH_COLUMNS.map(([key]) => cell(key)).join(' | ')} |`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
