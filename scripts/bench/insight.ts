/**
 * `npm run bench:insight`: what recording visitors costs.
 * - write cost per event: the host's journal (main/insight-store.ts, one
 *   append per line, as in the app) on this machine's disk, in batches of the
 *   size a visit sends (about a dozen events), 5 runs of 6000 events;
 * - the journal of a busy fair day: 500 visits in 10 hours, in bytes;
 * - the statistics of a busy month (30 such days): time to read and summarize.
 * Prints JSON on stdout; the figures are recorded by hand in BENCHMARKS.md.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeLine, localClock } from '../../app/insight/journal';
import { summarize } from '../../app/insight/stats';
import { syntheticWeek } from '../../app/testing/insight-week';
import { InsightJournal } from '../../main/insight-store';
import { log } from './lib/util';

const clock = localClock('Europe/Rome');
const quiet = { info() {}, warn() {}, error() {} };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * A busy day: a visitor as soon as the last one has gone (each reads three slides, half of them
 * walk away and wait out the idle question), for as long as it takes to reach 500 visits.
 */
function busyDays(days: number) {
  return syntheticWeek({
    start: Date.parse('2026-05-11T05:00:00Z'),
    days,
    openHours: 14.5,
    visitEveryMinutes: 1,
  });
}

async function writeCost(): Promise<{ usPerEvent: number; runs: number[]; batch: number; events: number }> {
  const { events } = busyDays(1);
  const sample = events.slice(0, 6000);
  const batch = 12;
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'insight-bench-'));
    const journal = new InsightJournal({ dir, clock, capBytes: 1e9, log: quiet });
    await journal.append(sample.slice(0, 1)); // the first write lists the folder
    const start = performance.now();
    for (let i = 1; i < sample.length; i += batch) await journal.append(sample.slice(i, i + batch));
    runs.push(((performance.now() - start) * 1000) / (sample.length - 1));
    rmSync(dir, { recursive: true, force: true });
  }
  return { usPerEvent: Math.round(median(runs)), runs: runs.map(Math.round), batch, events: sample.length };
}

async function busyDay(): Promise<{
  visits: number;
  events: number;
  bytes: number;
  bytesPer500Visits: number;
}> {
  const { events, tally } = busyDays(1);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'insight-bench-'));
  const journal = new InsightJournal({ dir, clock, capBytes: 1e9, log: quiet });
  await journal.append(events.slice(0, 1));
  for (let i = 1; i < events.length; i += 400) await journal.append(events.slice(i, i + 400));
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  rmSync(dir, { recursive: true, force: true });
  const visits = tally[0]!.visits;
  return { visits, events: events.length, bytes, bytesPer500Visits: Math.round((bytes / visits) * 500) };
}

function busyMonth(): { days: number; bytes: number; summarizeMs: number } {
  const { events } = busyDays(30);
  const text = events.map(encodeLine).join('');
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    summarize(events, clock, events.at(-1)!.t);
    runs.push(performance.now() - start);
  }
  return { days: 30, bytes: text.length, summarizeMs: Math.round(median(runs)) };
}

async function main(): Promise<void> {
  log('insight: write cost per event…');
  const write = await writeCost();
  log('insight: a busy fair day…');
  const day = await busyDay();
  log('insight: a busy month…');
  const month = busyMonth();
  process.stdout.write(
    `${JSON.stringify({ node: process.version, platform: `${process.platform} ${process.arch}`, write, day, month }, null, 2)}\n`,
  );
}

void main();
