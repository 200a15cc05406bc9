/**
 * `trace`: what the frames of a slide change do, from a Chrome trace of six
 * changes at 3 s slides, with motion and reduced (event counts do not depend
 * on how busy the machine is). Information only: no budget.
 */
import { FRAME_WORK, loopScenarios, traceChanges } from '../lib/loop';
import { row, type Measure } from '../lib/measure';
import { fmt } from '../lib/report';
import { summarize } from '../lib/stats';
import { log } from '../lib/util';

export const frameWork: Measure = {
  name: 'trace',
  budgets: {},
  async run(ctx) {
    const scenario = loopScenarios(12_000)[0]!;
    const changes = 6;
    log(`frame work: ${changes} slide changes traced, with motion and reduced…`);
    const motion = await traceChanges(ctx.browser, ctx.base, scenario, false, changes);
    const floor = await traceChanges(ctx.browser, ctx.base, scenario, true, changes);
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
    const traced = {
      definition:
        'Chrome trace (devtools.timeline, cc, viz, gpu, blink) of 1.5 s after each slide change at 3 s slides, 1920×1080: events of every thread counted per change; paintedScreens = Blink Paint clip area in viewports',
      perChange: table,
      paintedScreens: summarize(motion.map((w) => w.paintedScreens)),
      floorPaintedScreens: summarize(floor.map((w) => w.paintedScreens)),
      beginFrames: summarize(motion.map((w) => w.frames)),
      changes: { motion, floor },
    };
    const rows = (['Paint', 'RasterTask', 'Layout', 'UpdateLayerTree'] as const).flatMap((name) => [
      row(`work:${name}`, `per change: ${name} events`, per(motion, name, 'count'), (v) => v.toFixed(0)),
      row(
        `workMs:${name}`,
        `  ${name} ms (floor ${per(floor, name, 'count').median} events)`,
        per(motion, name, 'ms'),
        fmt.ms,
      ),
    ]);
    rows.push(
      row(
        'painted',
        'per change: painted area, screens',
        summarize(motion.map((w) => w.paintedScreens)),
        (v) => v.toFixed(1),
      ),
    );
    return { results: { frameWork: traced }, rows, contention: {} };
  },
};
