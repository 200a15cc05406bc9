/**
 * `frames`: frame pacing over the whole attract loop (issue 12), per scenario
 * (lib/loop.ts), with the show's motion and, as the machine's floor, with
 * reduced motion. Its budgets are the ones that judge smoothness.
 */
import { loopScenarios, recordLoop, type LoopWindow } from '../lib/loop';
import { atMost, below, row, type Measure, type Row } from '../lib/measure';
import { fmt } from '../lib/report';
import { playlistFor } from '../lib/show';
import { summarize } from '../lib/stats';
import { log } from '../lib/util';

const BUDGETS = {
  /** Whole loop (issue 12): every frame of a 30 s window at 3 s slides, software compositing. */
  loopOver33Pct: 1,
  loopP95Ms: 17,
  loopWorstMs: 100,
  /** The same with the CPU throttled 4× (a Raspberry-Pi-class player). */
  throttledOver33Pct: 2,
} as const;

const line = (w: LoopWindow) =>
  `${w.over33Pct.toFixed(2)} % > 33 ms, p95 ${w.p95.toFixed(1)} ms, worst ${w.worst.toFixed(0)} ms, ` +
  `${w.longPerChange.toFixed(1)} long/change (${w.changes} changes, others ${w.otherCpuPct?.toFixed(0) ?? '?'} %, slides ${w.slideChange})`;

export const loopFrames: Measure = {
  name: 'frames',
  budgets: BUDGETS,
  async run(ctx, settings) {
    const scenarios = loopScenarios(playlistFor('').config.slideMs[0]!).filter((s) =>
      settings.loopScenarios.has(s.id),
    );
    const loop: Record<string, unknown> = {
      definition:
        'every requestAnimationFrame interval over a fixed window of real time in the attract loop (after its first change), software compositing; the floor is the same window with reducedMotion=1',
    };
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      // At least three slide changes in the window, whatever the slide time.
      const seconds = Math.max(settings.loopSeconds, Math.ceil((3 * scenario.slideMs) / 1000));
      const windows: { motion: LoopWindow; floor: LoopWindow }[] = [];
      for (let r = 0; r < settings.loopRuns; r += 1) {
        const motion = await recordLoop(ctx.browser, ctx.base, scenario, false, seconds);
        const floor = await recordLoop(ctx.browser, ctx.base, scenario, true, seconds);
        windows.push({ motion, floor });
        log(
          `  loop ${scenario.id} ${r + 1}/${settings.loopRuns} (${seconds} s): ${line(motion)}; floor ${line(floor)}; ` +
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
        // Where the screen cannot move slides in time they cut (app/show/motion-governor.ts).
        slideChange: windows.map((w) => w.motion.slideChange),
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
      rows.push(
        row(
          `loop33:${scenario.id}`,
          `loop ${scenario.label}: > 33 ms`,
          over33,
          fmt.pct,
          below(over33Budget, `< ${over33Budget} %`),
        ),
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
    const others = Object.values(loop)
      .flatMap((v) =>
        typeof v === 'object' && v && 'otherCpuPct' in v
          ? [(v as { otherCpuPct: { median: number } }).otherCpuPct.median]
          : [],
      )
      .filter((v) => Number.isFinite(v));
    return {
      results: { loop },
      rows,
      contention: { loop: others.length ? Math.max(...others) : null },
    };
  },
};
