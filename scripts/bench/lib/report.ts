/**
 * The bench's outputs: the machine it ran on, a short text table, and the
 * dated rows and blocks it writes into BENCHMARKS.md between marker comments.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';

export interface Machine {
  readonly cores: number;
  readonly memoryGiB: number;
  readonly cpu: string;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
  readonly commit: string;
}

export function machine(chromium: string): Machine {
  return {
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    commit: gitCommit(),
  };
}

/** Short hash of HEAD, with `+` when the work tree has uncommitted changes. */
export function gitCommit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${hash}+` : hash;
  } catch {
    return 'unknown';
  }
}

export type Verdict = 'pass' | 'FAIL' | 'info';

export interface TableRow {
  readonly measure: string;
  readonly result: string;
  readonly spread: string;
  readonly budget: string;
  readonly verdict: Verdict;
}

/** A plain fixed-width table for the terminal. */
export function textTable(rows: readonly TableRow[]): string {
  const header: TableRow = {
    measure: 'measure',
    result: 'median',
    spread: 'spread',
    budget: 'budget',
    verdict: 'info',
  };
  const cells = [header, ...rows].map((r, i) => [
    r.measure,
    r.result,
    r.spread,
    r.budget,
    i === 0 ? 'verdict' : r.verdict === 'info' ? '' : r.verdict,
  ]);
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/**
 * Inserts `row` just before the `<!-- NAME:end -->` marker in `file` (the last
 * row of a Markdown table ends just above it). Creates the table if the
 * markers are missing.
 */
export function appendTableRow(file: string, name: string, header: string, row: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const end = `<!-- ${name}:end -->`;
  if (text.includes(end)) {
    writeFileSync(file, text.replace(end, `${row}\n${end}`));
    return;
  }
  const table = `\n<!-- ${name}:start -->\n${header}\n${row}\n${end}\n`;
  writeFileSync(file, `${text.trimEnd()}\n${table}`);
}

/** Replaces whatever stands between the `NAME:start` and `NAME:end` markers with `body`. */
export function replaceBlock(file: string, name: string, body: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const block = `${start}\n${body.trim()}\n${end}`;
  if (from >= 0 && to > from) {
    writeFileSync(file, text.slice(0, from) + block + text.slice(to + end.length));
  } else {
    writeFileSync(file, `${text.trimEnd()}\n\n${block}\n`);
  }
}

export const fmt = {
  ms: (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`,
  pct: (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} %`,
  kb: (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`,
  mb: (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`,
  signedKb: (bytes: number) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(0)} KB`,
  signed: (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v)}`,
};

/** "lo–hi" with the same formatter as the median. */
export function range(min: number, max: number, format: (v: number) => string): string {
  return `${format(min)} – ${format(max)}`;
}
