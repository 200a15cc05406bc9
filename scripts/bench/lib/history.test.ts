import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchRow, BENCH_HEADER, LOOP_HEADER, loopRow } from './history';
import type { Row } from './measure';
import type { Machine } from './report';
import { ROOT } from './util';

const host: Machine = {
  cores: 2,
  memoryGiB: 23.5,
  cpu: 'test',
  os: 'linux',
  node: 'v22',
  chromium: '156.0.7000.1',
  commit: 'e456aa8',
};

/** Rows as a measure returns them: [key, median, min–max, verdict]. */
const rows = (cells: [string, string, string, Row['verdict']][]): Row[] =>
  cells.map(([key, result, spread, verdict]) => ({ key, measure: key, result, spread, budget: '', verdict }));

describe('BENCHMARKS.md rows', () => {
  it.each([
    ['bench', BENCH_HEADER],
    ['loop', LOOP_HEADER],
  ])('the %s header is the one the file already has', (_, header) => {
    // Rows appended under a different header would break the table.
    const text = readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8');
    expect(text).toContain(`\n${header}\n`);
  });

  it('writes a bench row as the last recorded one reads (median, min–max, mark)', () => {
    const measured = rows([
      ['coldLoad', '168 ms', '154 ms – 260 ms', 'pass'],
      ['frameP95', '17 ms', '17 ms – 33 ms', 'pass'],
      ['frames33', '0.36 %', '0.00 % – 1.20 %', 'pass'],
      ['refP95', '17 ms', '17 ms – 17 ms', 'info'],
      ['attract', '448 ms', '267 ms – 794 ms', 'info'],
      ['still', '0.02 %', '0.02 % – 0.02 %', 'pass'],
      ['heap', '+991 KB', '+979 KB – +991 KB', 'pass'],
      ['nodes', '±0', '±0 – ±0', 'pass'],
      ['tapP95', '31 ms', '31 ms – 31 ms', 'pass'],
      ['payload', '524 KB', '524 KB – 524 KB', 'pass'],
    ]);
    expect(benchRow('2026-11-26T02:07:41.123Z', host, '1 %', measured)).toBe(
      '| 2026-11-26 02:07 | e456aa8 | 2 cores, 23.5 GiB, Chromium 156 | 1 % | 168 ms (154 ms–260 ms) ✓ | 17 ms (17 ms–33 ms) ✓ | 0.36 % (0.00 %–1.20 %) ✓ | 17 ms (17 ms–17 ms) | 448 ms (267 ms–794 ms) | 0.02 % (0.02 %–0.02 %) ✓ | +991 KB (+979 KB–+991 KB) ✓ | ±0 (±0–±0) ✓ | 31 ms (31 ms–31 ms) ✓ | 524 KB (524 KB–524 KB) ✓ |',
    );
  });

  it('writes a loop row with medians only, ✗ for a missed budget, – for what was not measured', () => {
    const measured = rows([
      ['load:fhd', '1.83', '1.83 – 1.83', 'info'],
      ['fcp', '416 ms', '416 ms – 416 ms', 'FAIL'],
      ['loop33:fhd', '0.40 %', '0.40 % – 0.40 %', 'pass'],
      ['loopWorst:cpu4', '667 ms', '667 ms – 667 ms', 'FAIL'],
    ]);
    expect(loopRow('2026-11-29T18:21:00.000Z', host, '3 %', measured, 'quiet machine')).toBe(
      '| 2026-11-29 18:21 | e456aa8 | 3 % | 1.83 | 416 ms ✗ | – | 0.40 % ✓ | – | – | – | – | – | – | – | – | – | – | 667 ms ✗ | quiet machine |',
    );
  });
});
