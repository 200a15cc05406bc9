/**
 * `npm run bench`: builds the web bundle, serves it on 127.0.0.1, and measures
 * it in headless Chromium through Playwright and the Chrome DevTools Protocol.
 * Every measure runs at least five times; its result is the median of the
 * runs, its spread their min–max. Prints the JSON report on stdout and a short
 * table on stderr, and appends a dated row to BENCHMARKS.md, which defines
 * each measure.
 *
 *   npm run bench -- [--runs 5] [--port 4473] [--changes 1000]
 *                    [--only cold,frames,transitions,trace,attract,still,memory,tap] [--skip-build]
 *                    [--dist dir] [--no-record] [--json file] [--quiet-pct 30] [--quiet-wait 30]
 *                    [--loop-runs 3] [--loop-seconds 30] [--loop-scenarios fhd,default,uhd,cpu4]
 *
 * `--only frames` is the whole-loop frame pacing alone (a few minutes with --loop-runs 1).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser';
import { loopScenarios, recordLoop, traceChanges, FRAME_WORK, type LoopWindow } from './lib/loop';
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
import { playlistFor } from './lib/show';
import { median, summarize, type Summary } from './lib/stats';
import { buildWeb, log, ROOT } from './lib/util';

const BUDGETS = {
  firstChartMs: 400,
  frameP95Ms: 20,
  framesOver33Pct: 1,
  /** Whole loop (issue 12): every frame of a 30 s window at 3 s slides, software compositing. */
  loopOver33Pct: 1,
  loopP95Ms: 17,
  loopWorstMs: 100,
  /** The same with the CPU throttled 4× (a Raspberry-Pi-class player). */
  throttledOver33Pct: 2,
  firstContentfulPaintMs: 300,
  tapP95Ms: 50,
  heapGrowthBytes: 1024 * 1024,
  stillCpuPct: 2,
  payloadBytes: 1.5 * 1000 * 1000,
} as const;

const MEASURES = ['cold', 'frames', 'transitions', 'trace', 'attract', 'still', 'memory', 'tap'] as const;
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
    'loop-runs': { type: 'string', default: '3' },
    /** What changed since the last row (the loop table's last column). */
    note: { type: 'string', default: '' },
    'loop-seconds': { type: 'string', default: '30' },
    'loop-scenarios': { type: 'string', default: 'fhd,default,uhd,cpu4' },
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
      const fcp = summarize(cold.map((c) => c.firstContentfulPaint ?? Number.NaN));
      rows.push(
        row(
          'fcp',
          'cold load → first contentful paint',
          fcp,
          fmt.ms,
          atMost(BUDGETS.firstContentfulPaintMs, `≤ ${BUDGETS.firstContentfulPaintMs} ms`),
        ),
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
      const loopRuns = Math.max(1, Number(args['loop-runs']));
      const minSeconds = Math.max(30, Number(args['loop-seconds']));
      const wanted = new Set(args['loop-scenarios'].split(',').map((s) => s.trim()));
      const scenarios = loopScenarios(playlistFor('').config.slideMs[0]!).filter((s) => wanted.has(s.id));
      const loop: Record<string, unknown> = {
        definition:
          'every requestAnimationFrame interval over a fixed window of real time in the attract loop (after its first change), software compositing; the floor is the same window with reducedMotion=1',
      };
      for (const scenario of scenarios) {
        // At least three slide changes in the window, whatever the slide time.
        const seconds = Math.max(minSeconds, Math.ceil((3 * scenario.slideMs) / 1000));
        const windows: { motion: LoopWindow; floor: LoopWindow }[] = [];
        for (let r = 0; r < loopRuns; r += 1) {
          const motion = await recordLoop(browser, server.url, scenario, false, seconds);
          const floor = await recordLoop(browser, server.url, scenario, true, seconds);
          windows.push({ motion, floor });
          const line = (w: LoopWindow) =>
            `${w.over33Pct.toFixed(2)} % > 33 ms, p95 ${w.p95.toFixed(1)} ms, worst ${w.worst.toFixed(0)} ms, ` +
            `${w.longPerChange.toFixed(1)} long/change (${w.changes} changes, others ${w.otherCpuPct?.toFixed(0) ?? '?'} %)`;
          log(
            `  loop ${scenario.id} ${r + 1}/${loopRuns} (${seconds} s): ${line(motion)}; floor ${line(floor)}; ` +
              `load ${motion.loadAverage[0]}/${floor.loadAverage[0]}`,
          );
        }
        const pick = (f: (w: LoopWindow) => number, which: 'motion' | 'floor' = 'motion') =>
          summarize(windows.map((w) => f(w[which])));
        const over33 = pick((w) => w.over33Pct);
        const over33Budget = scenario.cpuThrottle > 1 ? BUDGETS.throttledOver33Pct : BUDGETS.loopOver33Pct;
        loop[scenario.id] = {
          label: scenario.label,
          seconds,
          over33Pct: over33,
          p95: pick((w) => w.p95),
          worst: pick((w) => w.worst),
          longPerChange: pick((w) => w.longPerChange),
          floor: {
            over33Pct: pick((w) => w.over33Pct, 'floor'),
            p95: pick((w) => w.p95, 'floor'),
            worst: pick((w) => w.worst, 'floor'),
            longPerChange: pick((w) => w.longPerChange, 'floor'),
          },
          loadAverage1m: pick((w) => w.loadAverage[0] ?? Number.NaN),
          otherCpuPct: pick((w) => w.otherCpuPct ?? Number.NaN),
          runs: windows,
        };
        const name = scenario.label;
        rows.push(
          row(`loop33:${scenario.id}`, `loop ${name}: > 33 ms`, over33, fmt.pct, {
            text: `< ${over33Budget} %`,
            ok: (m) => m < over33Budget,
          }),
          row(
            `loopP95:${scenario.id}`,
            '  p95',
            pick((w) => w.p95),
            fmt.ms,
            atMost(BUDGETS.loopP95Ms, `≤ ${BUDGETS.loopP95Ms} ms`),
          ),
          row(
            `loopWorst:${scenario.id}`,
            '  worst frame',
            pick((w) => w.worst),
            fmt.ms,
            atMost(BUDGETS.loopWorstMs, `≤ ${BUDGETS.loopWorstMs} ms`),
          ),
          row(
            `loopLong:${scenario.id}`,
            '  long frames per change',
            pick((w) => w.longPerChange),
            (v) => v.toFixed(1),
          ),
          row(
            `floor33:${scenario.id}`,
            '  floor (reduced motion): > 33 ms',
            pick((w) => w.over33Pct, 'floor'),
            fmt.pct,
          ),
          row(
            `floorWorst:${scenario.id}`,
            '  floor: worst frame',
            pick((w) => w.worst, 'floor'),
            fmt.ms,
          ),
          row(
            `load:${scenario.id}`,
            '  load average (1 min)',
            pick((w) => w.loadAverage[0] ?? Number.NaN),
            (v) => v.toFixed(2),
          ),
        );
      }
      results.loop = loop;
      const others = Object.values(loop)
        .flatMap((v) =>
          typeof v === 'object' && v && 'otherCpuPct' in v
            ? [(v as { otherCpuPct: { median: number } }).otherCpuPct.median]
            : [],
        )
        .filter((v) => Number.isFinite(v));
      contention.loop = others.length ? Math.max(...others) : null;
    }

    if (only.has('trace')) {
      const scenario = loopScenarios(12_000)[0]!;
      const changes = 6;
      log(`frame work: ${changes} slide changes traced, with motion and reduced…`);
      const motion = await traceChanges(browser, server.url, scenario, false, changes);
      const floor = await traceChanges(browser, server.url, scenario, true, changes);
      const per = (work: typeof motion, name: string, key: 'count' | 'ms') =>
        summarize(work.map((w) => w.events[name]?.[key] ?? 0));
      const table = Object.fromEntries(
        FRAME_WORK.map((name) => [
          name,
          {
            count: per(motion, name, 'count'),
            ms: per(motion, name, 'ms'),
            floorCount: per(floor, name, 'count'),
            floorMs: per(floor, name, 'ms'),
          },
        ]),
      );
      results.frameWork = {
        definition:
          'Chrome trace (devtools.timeline, cc, viz, gpu, blink) of 1.5 s after each slide change at 3 s slides, 1920×1080: events of every thread counted per change; paintedScreens = Blink Paint clip area in viewports',
        perChange: table,
        paintedScreens: summarize(motion.map((w) => w.paintedScreens)),
        floorPaintedScreens: summarize(floor.map((w) => w.paintedScreens)),
        beginFrames: summarize(motion.map((w) => w.frames)),
        changes: { motion, floor },
      };
      for (const name of ['Paint', 'RasterTask', 'Layout', 'UpdateLayerTree'] as const) {
        rows.push(
          row(`work:${name}`, `per change: ${name} events`, per(motion, name, 'count'), (v) => v.toFixed(0)),
          row(
            `workMs:${name}`,
            `  ${name} ms (floor ${per(floor, name, 'count').median} events)`,
            per(motion, name, 'ms'),
            fmt.ms,
          ),
        );
      }
      rows.push(
        row(
          'painted',
          'per change: painted area, screens',
          summarize(motion.map((w) => w.paintedScreens)),
          (v) => v.toFixed(1),
        ),
      );
    }

    if (only.has('transitions')) {
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
  // The whole-loop table gets a row whenever the loop was measured, alone or with the rest.
  if (!args['no-record'] && !args.dist && only.has('frames')) {
    const load = known.length ? `${Math.max(...known).toFixed(0)} %` : '?';
    appendTableRow(join(ROOT, 'BENCHMARKS.md'), 'loop', LOOP_HEADER, loopRow(report.date, host, load, rows));
    log('appended a row to the whole-loop table of BENCHMARKS.md');
  }
}

const LOOP_COLUMNS: readonly [string, string][] = [
  ['load:fhd', 'load avg'],
  ['fcp', 'FCP'],
  ['coldLoad', 'first chart'],
  ['loop33:fhd', '3 s: > 33 ms'],
  ['floor33:fhd', 'floor'],
  ['loopP95:fhd', 'p95'],
  ['loopWorst:fhd', 'worst'],
  ['loopLong:fhd', 'long/change'],
  ['loop33:default', '12 s: > 33 ms'],
  ['loop33:uhd', '4K: > 33 ms'],
  ['floor33:uhd', 'floor'],
  ['loopWorst:uhd', 'worst'],
  ['loop33:cpu4', 'CPU×4: > 33 ms'],
  ['floor33:cpu4', 'floor'],
  ['loopWorst:cpu4', 'worst'],
];

const LOOP_HEADER = [
  `| date (UTC) | commit | others' CPU | ${LOOP_COLUMNS.map(([, title]) => title).join(' | ')} | what changed |`,
  `| --- | --- | --- | ${LOOP_COLUMNS.map(() => '---').join(' | ')} | --- |`,
].join('\n');

function loopRow(date: string, host: ReturnType<typeof machine>, load: string, rows: readonly Row[]): string {
  const cell = (key: string) => {
    const found = rows.find((r) => r.key === key);
    if (!found) return '–';
    const mark = found.verdict === 'pass' ? ' ✓' : found.verdict === 'FAIL' ? ' ✗' : '';
    return `${found.result}${mark}`;
  };
  const when = date.slice(0, 16).replace('T', ' ');
  return `| ${when} | ${host.commit} | ${load} | ${LOOP_COLUMNS.map(([key]) => cell(key)).join(' | ')} | ${args.note} |`;
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
