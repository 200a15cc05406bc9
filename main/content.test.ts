import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeProblems } from '../app/content/bundle';
import { describeReadError, loadContentFolder, readTextFile } from './content';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

function copyOfData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-content-'));
  mkdirSync(path.join(dir, 'locales'));
  for (const file of ['report.json', 'locales/it.json', 'locales/en.json']) {
    writeFileSync(path.join(dir, file), readFileSync(path.join(dataDir, file)));
  }
  return dir;
}

describe('loadContentFolder', () => {
  it('loads and validates the bundled data folder', () => {
    const parsed = loadContentFolder(dataDir, 'data/');
    expect(parsed.ok).toBe(true);
  });

  it('names the missing file relative to the folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-empty-'));
    const parsed = loadContentFolder(dir, 'content/');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(describeProblems(parsed.problems)).toContain('content/report.json: file not found');
  });

  it('reports a folder where a file should be', () => {
    const dir = copyOfData();
    const report = path.join(dir, 'report.json');
    writeFileSync(report, '');
    const parsed = loadContentFolder(dir, 'content/', (file) =>
      file === report ? readTextFile(dir) : readTextFile(file),
    );
    if (parsed.ok) throw new Error('expected a problem');
    expect(describeProblems(parsed.problems)).toContain('content/report.json: is a folder, expected a file');
  });
});

describe('describeReadError', () => {
  it.each([
    ['ENOENT', 'file not found'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a folder, expected a file'],
    ['EIO', 'cannot be read (EIO)'],
    [undefined, 'cannot be read (unknown error)'],
  ])('%s → %s', (code, text) => {
    expect(describeReadError(code)).toBe(text);
  });
});
