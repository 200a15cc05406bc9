/**
 * No code file is over 300 lines: past that a file usually holds more than one
 * job. The exceptions are listed with their reason, and a stale one fails.
 */
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const MAX_LINES = 300;

/** Files allowed to be longer, and why. */
const LONGER: Record<string, string> = {
  'scripts/bench/lib/probes.ts':
    'Playwright serializes its functions into the page: each must carry what it uses, so they cannot import each other from smaller modules',
};

/** Lines as an editor numbers them: a final newline does not start another. */
const lineCount = (text: string) =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('file size', () => {
  it.each<[string, number]>([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb\n', 2],
    ['a\n\nb', 3],
  ])('%j has %i lines', (text, lines) => {
    expect(lineCount(text)).toBe(lines);
  });

  const files = sourceFiles();

  it(`keeps every code file within ${MAX_LINES} lines, bar the listed exceptions`, () => {
    const over = files
      .filter((f) => !(f.path in LONGER) && lineCount(f.text) > MAX_LINES)
      .map((f) => `${f.path}: ${lineCount(f.text)} lines`);
    expect(over).toEqual([]);
  });

  it('lists only exceptions that are still needed', () => {
    const stale = Object.keys(LONGER).filter((path) => {
      const file = files.find((f) => f.path === path);
      return !file || lineCount(file.text) <= MAX_LINES;
    });
    expect(stale).toEqual([]);
  });
});
