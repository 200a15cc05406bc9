/**
 * `memory`: JS heap, DOM nodes and listeners after many slide changes on the
 * fake clock, against a warm-up of one bilingual cycle (both samples show the
 * same slide in the same language).
 */
import { ANIMATION_RATE, openAccelerated } from '../lib/accelerated';
import { memorySample, type MemorySample } from '../lib/browser';
import { atMost, row, type Measure, type MeasureContext } from '../lib/measure';
import { fmt } from '../lib/report';
import { nextLoopSlide, playlistFor } from '../lib/show';
import { summarize } from '../lib/stats';
import { log } from '../lib/util';

const BUDGETS = {
  heapGrowthBytes: 1024 * 1024,
} as const;

export interface MemoryRun {
  readonly changes: number;
  readonly warmup: MemorySample;
  readonly after: MemorySample;
  readonly heapGrowth: number;
  readonly nodeGrowth: number;
  readonly listenerGrowth: number;
  readonly seconds: number;
}

/** `count` runs of at least `changes` slide changes (whole bilingual cycles) after a warm-up cycle. */
export async function memoryGrowth(
  ctx: MeasureContext,
  count: number,
  changes: number,
): Promise<MemoryRun[]> {
  const query = 'slideSeconds=3';
  const playlist = playlistFor(query);
  // Both samples must show the same slide in the same language: whole bilingual cycles.
  const period = playlist.slides.length * playlist.config.languages.length;
  const total = Math.ceil(changes / period) * period;
  const out: MemoryRun[] = [];
  for (let r = 0; r < count; r += 1) {
    const bench = await openAccelerated(ctx, query);
    for (let i = 0; i < period; i += 1) await nextLoopSlide(bench.page, playlist);
    const warmup = await memorySample(bench.page, bench.cdp);
    const started = Date.now();
    for (let i = 0; i < total; i += 1) await nextLoopSlide(bench.page, playlist);
    const seconds = (Date.now() - started) / 1000;
    const after = await memorySample(bench.page, bench.cdp);
    await bench.close();
    const run: MemoryRun = {
      changes: total,
      warmup,
      after,
      heapGrowth: after.heapUsed - warmup.heapUsed,
      nodeGrowth: after.nodes - warmup.nodes,
      listenerGrowth: after.jsEventListeners - warmup.jsEventListeners,
      seconds,
    };
    out.push(run);
    log(
      `  memory ${r + 1}/${count}: ${total} changes in ${seconds.toFixed(0)} s; heap ${(run.heapGrowth / 1024).toFixed(0)} KB, ` +
        `nodes ${run.nodeGrowth}, listeners ${run.listenerGrowth}`,
    );
  }
  return out;
}

export const memory: Measure = {
  name: 'memory',
  budgets: BUDGETS,
  async run(ctx, { runs, changes }) {
    log(`memory: ${runs} runs × ${changes}+ slide changes (fake clock, animations ×${ANIMATION_RATE})…`);
    const mem = await memoryGrowth(ctx, runs, changes);
    const heap = summarize(mem.map((m) => m.heapGrowth));
    const nodes = summarize(mem.map((m) => m.nodeGrowth));
    const blinkHeap = summarize(mem.map((m) => m.after.blinkHeap - m.warmup.blinkHeap));
    const results = {
      memory: {
        definition:
          'JS heap used and DOM nodes (CDP Memory.getDOMCounters) after forced GC: after one bilingual warm-up cycle, and again after N or more slide changes (whole cycles, so both samples show the same slide in the same language)',
        heapGrowthBytes: heap,
        nodeGrowth: nodes,
        listenerGrowth: summarize(mem.map((m) => m.listenerGrowth)),
        blinkHeapGrowthBytes: blinkHeap,
        warmupHeapBytes: summarize(mem.map((m) => m.warmup.heapUsed)),
        warmupNodes: summarize(mem.map((m) => m.warmup.nodes)),
        runs: mem,
      },
    };
    const rows = [
      row(
        'heap',
        `heap growth, ${mem[0]?.changes ?? changes} changes`,
        heap,
        fmt.signedKb,
        atMost(BUDGETS.heapGrowthBytes, `≤ ${BUDGETS.heapGrowthBytes / 2 ** 20} MB`),
      ),
      row('blinkHeap', '  Blink heap growth (info)', blinkHeap, fmt.signedKb),
      // Every run, not the median: a node left behind in any run is a leak.
      row('nodes', 'DOM nodes vs warm-up', nodes, fmt.signed, {
        text: 'back to warm-up',
        ok: () => mem.every((m) => m.nodeGrowth <= 0),
      }),
    ];
    return { results, rows, contention: {} };
  },
};
