/**
 * `npm run soak -- --changes 10000`: runs the kiosk's attract loop for that many
 * slide changes at accelerated time (Playwright's fake clock for the show's
 * timers, CDP Animation.setPlaybackRate for its animations), alternating the
 * language each cycle, with a visitor every few dozen changes (a waking tap,
 * slides, the language switch, a panel) who leaves either by the idle question
 * or by the back-to-loop button. Every 500 changes, at the same point of the
 * loop (slide 1, default language, attract), it forces GC and samples the JS
 * heap, DOM nodes, event listeners and documents. The show records its visitors
 * as a web build does (visitor insight in localStorage, on by default); at the
 * end the soak reads the record back. Exits non-zero if a counter grows past
 * noise (lib/growth.ts), the page throws, or fewer visits were recorded than
 * made. Writes the result into BENCHMARKS.md.
 *
 *   npm run soak -- [--changes 10000] [--sample-every 500] [--visit-every 40]
 *                   [--port 4473] [--skip-build] [--web-dir dist/web] [--no-record] [--json file]
 *
 * `--web-dir` serves a copy of the web build, so that building again (for other
 * tests) during a long soak does not change the files under the page.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ANIMATION_RATE, openAccelerated } from './lib/accelerated';
import { launchChromium, memorySample, type BenchPage } from './lib/browser';
import { judge, TOLERANCES, type Counter, type Sample } from './lib/growth';
import type { MeasureContext } from './lib/measure';
import { fmt, machine, replaceBlock } from './lib/report';
import { serveStatic } from './lib/server';
import { nextLoopSlide, playlistFor, settle, showAttributes } from './lib/show';
import { slope } from './lib/stats';
import { buildWeb, log, ROOT } from './lib/util';
import { locale, QUERY, recorded, visit, type Recorded, type Tally } from './lib/visitor';

const { values: args } = parseArgs({
  options: {
    changes: { type: 'string', default: '10000' },
    'sample-every': { type: 'string', default: '500' },
    'visit-every': { type: 'string', default: '40' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4473' },
    'skip-build': { type: 'boolean', default: false },
    'web-dir': { type: 'string' },
    'no-record': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

/** The load averages (1, 5, 15 min), one decimal: the machine is shared. */
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');

async function main(): Promise<void> {
  const target = Math.max(1, Number(args.changes));
  const sampleEvery = Math.max(1, Number(args['sample-every']));
  const visitEvery = Math.max(0, Number(args['visit-every']));
  if (!args['skip-build']) {
    buildWeb();
  }
  const server = await serveStatic(args['web-dir'] ?? join(ROOT, 'dist/web'), Number(args.port));
  const browser = await launchChromium();
  const host = machine(browser.version());
  const ctx: MeasureContext = { browser, base: server.url, quiet: { thresholdPct: 100, maxWaitMs: 0 } };
  const playlist = playlistFor(QUERY);
  const defaultLocale = playlist.config.defaultLocale;
  const errors: string[] = [];
  const samples: (Sample & { blinkHeap: number; elements: number; seconds: number })[] = [];
  const tally: Tally = {
    changes: 0,
    visits: 0,
    idleReturns: 0,
    buttonReturns: 0,
    languageSwitches: 0,
    panels: 0,
  };
  const started = Date.now();
  const loadAtStart = load();
  let loopChanges = 0;
  let record: Recorded;

  log(
    `soak: ${target} slide changes, a sample every ${sampleEvery}, a visitor every ${visitEvery || '∞'} loop changes ` +
      `(fake clock; animations ×${ANIMATION_RATE}); ${server.url}`,
  );
  let bench: BenchPage | undefined;
  let closing = false;
  try {
    bench = await openAccelerated(ctx, QUERY);
    const { page } = bench;
    page.on('pageerror', (error) => {
      // Closing the page hides it, which is not part of the soak (see BENCHMARKS.md on hidden pages).
      if (closing) return;
      errors.push(`${error.message} (after ${tally.changes} changes, ${tally.visits} visitors)`);
      log(`  page error after ${tally.changes} changes: ${error.stack ?? error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !closing) errors.push(message.text());
    });

    /** One loop change, counting language alternations. */
    const loopStep = async () => {
      const before = await locale(page);
      const after = await nextLoopSlide(page, playlist);
      tally.changes += 1;
      loopChanges += 1;
      if (after.locale !== before) tally.languageSwitches += 1;
      if (visitEvery > 0 && loopChanges % visitEvery === 0) {
        await visit(bench!, tally.visits, tally);
        tally.visits += 1;
      }
    };

    /** Goes on looping to the sampling point (slide 1, default language, attract), then samples. */
    const sample = async () => {
      for (let guard = 0; guard < 10 * playlist.slides.length; guard += 1) {
        const now = await showAttributes(page);
        if (now.phase === 'attract' && now.index === 0 && now.locale === defaultLocale) break;
        await loopStep();
      }
      await settle(page);
      const counters = await memorySample(page, bench!.cdp);
      const entry = { changes: tally.changes, ...counters, seconds: (Date.now() - started) / 1000 };
      samples.push(entry);
      log(
        `  ${String(entry.changes).padStart(6)} changes  heap ${fmt.mb(entry.heapUsed)}  ` +
          `Blink ${fmt.mb(entry.blinkHeap)}  ` +
          `nodes ${entry.nodes}  listeners ${entry.jsEventListeners}  documents ${entry.documents}  ` +
          `(${entry.seconds.toFixed(0)} s)`,
      );
    };

    // Warm-up: one bilingual cycle and one visitor of each kind, so that lazy caches are full.
    const warmup = playlist.slides.length * playlist.config.languages.length;
    for (let i = 0; i < warmup; i += 1) await nextLoopSlide(page, playlist);
    for (let i = 0; i < 6; i += 1) await visit(bench, i, { ...tally });
    await sample();
    const base = tally.changes;
    let next = base + sampleEvery;
    while (tally.changes - base < target) {
      await loopStep();
      if (tally.changes >= next) {
        await sample();
        next += sampleEvery;
      }
    }
    if (samples.at(-1)!.changes < tally.changes) await sample();
    record = await recorded(page);
  } finally {
    closing = true;
    await bench?.close();
    await browser.close();
    await server.close();
  }

  const counters: Counter[] = ['heapUsed', 'nodes', 'jsEventListeners', 'documents'];
  const verdicts = counters.map((c) => judge(samples, c));
  const seconds = Math.round((Date.now() - started) / 1000);
  const failed = verdicts.filter((v) => v.grew);
  const loadAtEnd = load();
  // Warm-up visitors (six) are recorded too; a visit is recorded whole at its end.
  const visitsMade = tally.visits + 6;
  const visitsRecorded = record.lines.end ?? 0;
  if (visitsRecorded < visitsMade) {
    errors.push(`${visitsRecorded} visits recorded in the browser's storage for ${visitsMade} made`);
  }
  const ok = failed.length === 0 && errors.length === 0;
  const report = {
    date: new Date().toISOString(),
    machine: host,
    query: QUERY,
    changes: tally.changes - (samples[0]?.changes ?? 0),
    tally,
    recorded: record,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    seconds,
    animationRate: ANIMATION_RATE,
    tolerances: TOLERANCES,
    verdicts,
    errors,
    ok,
    samples,
  };
  const json = JSON.stringify(report, null, 2);
  process.stdout.write(`${json}\n`);
  if (args.json) writeFileSync(args.json, `${json}\n`);

  const first = samples[0]!;
  const last = samples.at(-1)!;
  const peak = samples.reduce((a, b) => (b.heapUsed > a.heapUsed ? b : a));
  const events = Object.values(record.lines).reduce((a, b) => a + b, 0);
  const lines = [
    `load average (1, 5, 15 min) ${loadAtStart} at the start, ${loadAtEnd} at the end (the machine is shared)`,
    `visitors recorded (localStorage, as a web build): ${visitsRecorded} visits of ${visitsMade} made (with the warm-up's), ` +
      `${events} events (${Object.entries(record.lines)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ')}), ${(record.chars / 1024).toFixed(0)} K characters stored`,
    `${report.changes} slide changes after warm-up in ${Math.round(seconds / 60)} min: ${tally.visits} visitors ` +
      `(${tally.idleReturns} left by the idle question, ${tally.buttonReturns} by the button), ` +
      `${tally.languageSwitches} language changes, ${tally.panels} panels opened`,
    `heap ${(first.heapUsed / 2 ** 20).toFixed(2)} → ${(last.heapUsed / 2 ** 20).toFixed(2)} MB ` +
      `(peak ${(peak.heapUsed / 2 ** 20).toFixed(2)} MB at ${peak.changes} changes), ` +
      `nodes ${first.nodes} → ${last.nodes}, listeners ${first.jsEventListeners} → ${last.jsEventListeners}, ` +
      `documents ${first.documents} → ${last.documents}`,
    `Blink heap (reported, not gated): ${(first.blinkHeap / 2 ** 20).toFixed(2)} → ${(last.blinkHeap / 2 ** 20).toFixed(2)} MB, ` +
      `trend ${(
        (slope(
          samples.map((x) => x.changes),
          samples.map((x) => x.blinkHeap),
        ) *
          1000) /
        1024
      ).toFixed(1)} KB per 1000 changes`,
    ...verdicts.map(
      (v) =>
        `${v.counter}: rise ${v.counter === 'heapUsed' ? `${(v.rise / 1024).toFixed(0)} KB` : v.rise}, ` +
        `trend ${v.counter === 'heapUsed' ? `${(v.trendPer1000 / 1024).toFixed(1)} KB` : v.trendPer1000.toFixed(2)} per 1000 changes` +
        ` → ${v.grew ? 'GROWS' : 'flat'}`,
    ),
    errors.length ? `page errors: ${errors.length} (${errors.slice(0, 3).join(' | ')})` : 'no page errors',
  ];
  log(`\n${lines.join('\n')}\n${ok ? 'soak passed' : 'soak FAILED'}`);

  if (!args['no-record']) {
    const table = [
      '| changes | JS heap (MB) | Blink heap (MB) | DOM nodes | listeners | documents | elapsed |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...samples.map(
        (s) =>
          `| ${s.changes} | ${(s.heapUsed / 2 ** 20).toFixed(2)} | ${(s.blinkHeap / 2 ** 20).toFixed(2)} | ${s.nodes} | ${s.jsEventListeners} | ${s.documents} | ${s.seconds.toFixed(0)} s |`,
      ),
    ].join('\n');
    const box = `${host.cores} cores, ${host.memoryGiB} GiB, Chromium ${host.chromium.split('.')[0]}`;
    replaceBlock(
      join(ROOT, 'BENCHMARKS.md'),
      'soak',
      [
        `Last soak: ${report.date.slice(0, 16).replace('T', ' ')} UTC, commit ${host.commit}, ${box}: **${ok ? 'passed' : 'FAILED'}**.`,
        '',
        ...lines.map((l) => `- ${l}`),
        '',
        table,
      ].join('\n'),
    );
    log('recorded in BENCHMARKS.md');
  }
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
