/**
 * The rows a bench run appends to BENCHMARKS.md's two tables: the bench table
 * (every measure) and the whole-loop table, each cell picked from the run's
 * rows by key and marked ✓ or ✗ against its budget.
 */
import type { Row } from './measure';
import type { Machine } from './report';

/** [row key, column title] */
type Columns = readonly (readonly [string, string])[];

const LOOP_COLUMNS: Columns = [
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

export const LOOP_HEADER = [
  `| date (UTC) | commit | others' CPU | ${LOOP_COLUMNS.map(([, title]) => title).join(' | ')} | what changed |`,
  `| --- | --- | --- | ${LOOP_COLUMNS.map(() => '---').join(' | ')} | --- |`,
].join('\n');

const BENCH_COLUMNS: Columns = [
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

export const BENCH_HEADER = [
  `| date (UTC) | commit | machine | others' CPU | ${BENCH_COLUMNS.map(([, title]) => title).join(' | ')} |`,
  `| --- | --- | --- | --- | ${BENCH_COLUMNS.map(() => '---').join(' | ')} |`,
].join('\n');

/** The cells of `columns`, each its row's text (by `text`) and verdict mark, or – when not measured. */
function cells(columns: Columns, rows: readonly Row[], text: (row: Row) => string): string {
  return columns
    .map(([key]) => {
      const found = rows.find((r) => r.key === key);
      if (!found) return '–';
      const mark = found.verdict === 'pass' ? ' ✓' : found.verdict === 'FAIL' ? ' ✗' : '';
      return `${text(found)}${mark}`;
    })
    .join(' | ');
}

/** "YYYY-MM-DD HH:MM" of an ISO date. */
const minute = (date: string) => date.slice(0, 16).replace('T', ' ');

/** A row of the whole-loop table: medians only, and what changed since the last row. */
export function loopRow(
  date: string,
  host: Machine,
  load: string,
  rows: readonly Row[],
  note: string,
): string {
  return `| ${minute(date)} | ${host.commit} | ${load} | ${cells(LOOP_COLUMNS, rows, (r) => r.result)} | ${note} |`;
}

/** A row of the bench table: each median with its min–max. */
export function benchRow(date: string, host: Machine, load: string, rows: readonly Row[]): string {
  const box = `${host.cores} cores, ${host.memoryGiB} GiB, Chromium ${host.chromium.split('.')[0]}`;
  const text = (r: Row) => `${r.result} (${r.spread.replace(/ – /g, '–')})`;
  return `| ${minute(date)} | ${host.commit} | ${box} | ${load} | ${cells(BENCH_COLUMNS, rows, text)} |`;
}
