/**
 * `cold`: a cold load of the first chart slide in a fresh browser context, to
 * its first contentful paint and to its first chart painted, and the bytes
 * that load reads (with the built bundle's weight on disk, for reference).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openBenchPage, type BenchPage } from '../lib/browser';
import { contended, otherCpu, othersNote, type Contention } from '../lib/contention';
import { atMost, row, type Measure, type MeasureContext } from '../lib/measure';
import { fmt } from '../lib/report';
import { chartSlideIds } from '../lib/show';
import { summarize } from '../lib/stats';
import { log, ROOT, sleep } from '../lib/util';

const BUDGETS = {
  firstChartMs: 400,
  firstContentfulPaintMs: 300,
  payloadBytes: 1.5 * 1000 * 1000,
} as const;

export interface ColdRun extends Contention {
  readonly paintedAt: number;
  readonly target: string;
  readonly firstContentfulPaint: number | null;
  readonly domContentLoaded: number | null;
  /** Bytes by kind (js, css, fonts, data, geography, html, …) and `total`. */
  readonly bytes: Record<string, number>;
  readonly files: Record<string, number>;
}

/** What a response is, by its URL's path: js, css, fonts, data, geography, html, images or other. */
export function payloadKind(url: string): string {
  const path = new URL(url).pathname.toLowerCase();
  if (/\.(topo|geo)json$/.test(path) || /(^|\/)(geo|maps?|atlas)[^/]*\//.test(path)) return 'geography';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (path.endsWith('.json')) return 'data';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  if (/\.(svg|png|webp|jpe?g|avif|ico)$/.test(path)) return 'images';
  return 'other';
}

/** The deep link the cold load opens: the first slide with a chart. */
export function coldLoadQuery(): string {
  const first = chartSlideIds()[0];
  if (!first) throw new Error('cold load: data/report.json has no slide with a chart to measure');
  return `?slide=${first}`;
}

/** `count` cold loads, each in a fresh context, each waiting for a quiet machine. */
export async function coldLoad(ctx: MeasureContext, count: number): Promise<ColdRun[]> {
  const url = `${ctx.base}${coldLoadQuery()}`;
  const out: ColdRun[] = [];
  for (let r = 0; r < count; r += 1) {
    let open: BenchPage | undefined;
    const run = await contended(
      ctx,
      async () => {
        const bench = await openBenchPage(ctx.browser, { load: true });
        open = bench;
        // Let the new context's renderer start, as a kiosk's browser has before it loads the show.
        await sleep(500);
        const files: Record<string, number> = {};
        const pending: Promise<void>[] = [];
        bench.page.on('requestfinished', (request) => {
          if (!request.url().startsWith('http')) return;
          pending.push(
            request.sizes().then((sizes) => {
              files[request.url()] = sizes.responseBodySize;
            }),
          );
        });
        await bench.page.goto(url);
        await bench.page
          .waitForFunction(() => window.__bench.load !== null, null, { timeout: 30_000 })
          .catch(() => {
            throw new Error(`cold load: no chart svg settled within 30 s on ${url}`);
          });
        const load = await bench.page.evaluate(() => window.__bench.load!);
        // Anything still in flight (a late font, a map) belongs to the load too.
        await bench.page.waitForLoadState('networkidle');
        await Promise.all(pending);
        const bytes: Record<string, number> = { total: 0 };
        for (const [file, size] of Object.entries(files)) {
          const kind = payloadKind(file);
          bytes[kind] = (bytes[kind] ?? 0) + size;
          bytes.total! += size;
        }
        const byPath = Object.fromEntries(Object.entries(files).map(([u, b]) => [new URL(u).pathname, b]));
        return { ...load, bytes, files: byPath };
      },
      true,
      async () => {
        await open?.close();
      },
    );
    out.push(run);
    log(
      `  cold ${r + 1}/${count}: painted at ${run.paintedAt.toFixed(0)} ms (${run.target})${othersNote(run)}`,
    );
  }
  return out;
}

/** Every file of the built bundle, and what the data compiled into the script weighs. */
export function bundleOnDisk(): { bytes: number; gzipBytes: number; inlinedDataBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const content = readFileSync(path);
        bytes += content.length;
        gzipBytes += gzipSync(content).length;
      }
    }
  };
  walk(join(ROOT, 'dist/web'));
  const json = (file: string) => JSON.stringify(JSON.parse(readFileSync(join(ROOT, file), 'utf8'))).length;
  const inlinedDataBytes =
    json('data/report.json') + json('data/locales/it.json') + json('data/locales/en.json');
  return { bytes, gzipBytes, inlinedDataBytes };
}

export const cold: Measure = {
  name: 'cold',
  budgets: BUDGETS,
  async run(ctx, { runs }) {
    const count = 2 * runs;
    log(`cold load and payload: ${count} runs…`);
    const loads = await coldLoad(ctx, count);
    const painted = summarize(loads.map((c) => c.paintedAt));
    const payload = summarize(loads.map((c) => c.bytes.total ?? 0));
    const contention = otherCpu(loads);
    const fcp = summarize(loads.map((c) => c.firstContentfulPaint ?? Number.NaN));
    const results = {
      coldLoad: {
        definition:
          'navigation start → end of the first frame that paints the first chart (its svg) with its fonts loaded, nothing animating in its slide, and two more frames unchanged',
        url: coldLoadQuery(),
        target: loads[0]?.target ?? '?',
        paintedMs: painted,
        firstContentfulPaintMs: fcp,
        domContentLoadedMs: summarize(loads.map((c) => c.domContentLoaded ?? Number.NaN)),
        otherCpuPct: contention,
        runs: loads,
      },
      payload: {
        definition: 'bytes of every response body that the cold load reads (uncompressed, as read from disk)',
        totalBytes: payload,
        byKind: loads[0]?.bytes,
        files: loads[0]?.files,
        bundleOnDisk: bundleOnDisk(),
      },
    };
    const rows = [
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
        atMost(BUDGETS.firstChartMs, `≤ ${BUDGETS.firstChartMs} ms`),
      ),
      row(
        'payload',
        'payload of a cold load',
        payload,
        fmt.kb,
        atMost(BUDGETS.payloadBytes, `≤ ${BUDGETS.payloadBytes / 1e6} MB`),
      ),
    ];
    return { results, rows, contention: { cold: contention } };
  },
};
