/**
 * `npm run bench`: builds the web bundle, serves it on 127.0.0.1, and measures
 * it in headless Chromium through Playwright and the Chrome DevTools Protocol.
 * Every measure runs at least five times; its result is the median of the
 * runs, its spread their min–max. Prints the JSON report on stdout and a short
 * table on stderr, and appends a dated row to BENCHMARKS.md, which defines
 * each measure. The measures, each with its budgets, are in measures/.
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
import { benchRow, BENCH_HEADER, LOOP_HEADER, loopRow } from './lib/history';
import type { BenchSettings, MeasureContext, Row } from './lib/measure';
import { appendTableRow, machine, textTable } from './lib/report';
import { serveStatic } from './lib/server';
import { buildWeb, log, ROOT } from './lib/util';
import { MEASURES } from './measures';
import { loopFrames } from './measures/loop-frames';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4473' },
    changes: { type: 'string', default: '1000' },
    only: { type: 'string', default: MEASURES.map((m) => m.name).join(',') },
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

async function main(): Promise<void> {
  const settings: BenchSettings = {
    runs: Math.max(1, Number(args.runs)),
    changes: Number(args.changes),
    loopRuns: Math.max(1, Number(args['loop-runs'])),
    loopSeconds: Math.max(30, Number(args['loop-seconds'])),
    loopScenarios: new Set(args['loop-scenarios'].split(',').map((s) => s.trim())),
  };
  const only = new Set(args.only.split(',').map((s) => s.trim()));
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
    for (const measure of MEASURES.filter((m) => only.has(m.name))) {
      const out = await measure.run(ctx, settings);
      Object.assign(results, out.results);
      rows.push(...out.rows);
      Object.assign(contention, out.contention);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const known = Object.values(contention).filter((v): v is number => v !== null);
  const report = {
    date: new Date().toISOString(),
    machine: host,
    runs: settings.runs,
    seconds: Math.round((Date.now() - started) / 1000),
    budgets: Object.assign({}, ...MEASURES.map((m) => m.budgets)) as Record<string, number>,
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

  const record = !args['no-record'] && !args.dist;
  const load = known.length ? `${Math.max(...known).toFixed(0)} %` : '?';
  if (record && only.size === MEASURES.length) {
    appendTableRow(
      join(ROOT, 'BENCHMARKS.md'),
      'bench',
      BENCH_HEADER,
      benchRow(report.date, host, load, rows),
    );
    log('appended a row to BENCHMARKS.md');
  }
  // The whole-loop table gets a row whenever the loop was measured, alone or with the rest.
  if (record && only.has(loopFrames.name)) {
    appendTableRow(
      join(ROOT, 'BENCHMARKS.md'),
      'loop',
      LOOP_HEADER,
      loopRow(report.date, host, load, rows, args.note),
    );
    log('appended a row to the whole-loop table of BENCHMARKS.md');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
