import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * Damaged or hostile content folders that must never hang or exhaust main: each read ends with a
 * problem naming what is wrong, or the file's text. POSIX only where the OS is (FIFOs, /dev/zero).
 */
describe.skipIf(process.platform === 'win32')('readTextFile on what is not a regular file', () => {
  const folder = () => copyOfData();

  it.each<[string, (dir: string) => string, RegExp]>([
    [
      'a FIFO named report.json (a plain read blocks forever)',
      (dir) => {
        const file = path.join(dir, 'report.json');
        rmSync(file);
        execFileSync('mkfifo', [file]);
        return file;
      },
      /not a regular file/,
    ],
    [
      'a symlink to /dev/zero (a plain read never ends)',
      (dir) => {
        const file = path.join(dir, 'report.json');
        rmSync(file);
        symlinkSync('/dev/zero', file);
        return file;
      },
      /not a regular file/,
    ],
    [
      'a symlink loop',
      (dir) => {
        const file = path.join(dir, 'report.json');
        rmSync(file);
        symlinkSync(path.join(dir, 'loop.json'), file);
        symlinkSync(file, path.join(dir, 'loop.json'));
        return file;
      },
      /cannot be read \(ELOOP\)/,
    ],
    [
      'a directory named like the file',
      (dir) => {
        const file = path.join(dir, 'report.json');
        rmSync(file);
        mkdirSync(file);
        return file;
      },
      /is a folder|not a regular file/,
    ],
    [
      'a file larger than the cap',
      (dir) => {
        const file = path.join(dir, 'report.json');
        writeFileSync(file, 'x'.repeat(2048));
        return file;
      },
      /too large/,
    ],
  ])('%s: a problem, at once', (_case, make, problem) => {
    const file = make(folder());
    const read = readTextFile(file, 1024);
    expect('problem' in read ? read.problem : 'read').toMatch(problem);
  });

  it('a symlink to a regular file outside the folder is read (the operator may link their files)', () => {
    const dir = folder();
    const outside = path.join(copyOfData(), 'report.json');
    rmSync(path.join(dir, 'report.json'));
    symlinkSync(outside, path.join(dir, 'report.json'));
    expect(loadContentFolder(dir, 'content/').ok).toBe(true);
  });

  it('a file that grows past the cap while it is read is refused, not read without end', () => {
    const dir = folder();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, 'x'.repeat(100));
    // The size seen when opening is small; the file then grows (a copy still running).
    const read = readTextFile(file, 1024, () => appendFileSync(file, 'y'.repeat(4096)));
    expect('problem' in read ? read.problem : 'read').toMatch(/changed while|too large/);
  });

  it('a FIFO in the folder: the whole load ends with the bundled-content reasons, never blocks', () => {
    const dir = folder();
    const file = path.join(dir, 'locales', 'en.json');
    rmSync(file);
    execFileSync('mkfifo', [file]);
    const parsed = loadContentFolder(dir, 'content/');
    if (parsed.ok) throw new Error('expected a problem');
    expect(describeProblems(parsed.problems)).toContain('content/locales/en.json: not a regular file');
  });
});
