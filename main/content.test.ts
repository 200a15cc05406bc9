import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeProblems } from '../app/content/bundle';
import { pick, seededRandom } from '../app/testing/fuzz';
import { CONTENT_FILE_LIST, describeReadError, loadContentFolder, readTextFile } from './content';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

function copyOfData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-content-'));
  mkdirSync(path.join(dir, 'locales'));
  for (const file of CONTENT_FILE_LIST) {
    writeFileSync(path.join(dir, file), readFileSync(path.join(dataDir, file)));
  }
  return dir;
}

/** Every entry's kind, size and time (links not followed), to prove the loader changed nothing. */
function snapshot(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const stat = lstatSync(file);
      return `${file}:${stat.mode}:${stat.size}:${stat.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

describe('loadContentFolder', () => {
  it('loads and validates the bundled data folder', async () => {
    const parsed = await loadContentFolder(dataDir, 'data/');
    expect(parsed.ok).toBe(true);
  });

  it('names the missing file relative to the folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-empty-'));
    const parsed = await loadContentFolder(dir, 'content/');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(describeProblems(parsed.problems)).toContain('content/report.json: file not found');
  });

  it('reports a folder where a file should be', async () => {
    const dir = copyOfData();
    const report = path.join(dir, 'report.json');
    writeFileSync(report, '');
    const parsed = await loadContentFolder(dir, 'content/', (file) =>
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

describe('reading never holds main up', () => {
  it('the event loop keeps turning while a read waits on a slow disk', async () => {
    const file = path.join(copyOfData(), 'report.json');
    const order: string[] = [];
    let diskAnswers!: () => void;
    const slowDisk = new Promise<void>((resolve) => (diskAnswers = resolve));
    // The read is stuck after opening until the disk answers; only a timer makes it answer.
    const reading = Promise.resolve(readTextFile(file, undefined, () => slowDisk)).then((read) => {
      order.push('read done');
      return read;
    });
    setTimeout(() => {
      order.push('timer fired');
      diskAnswers();
    }, 0);
    const read = await reading;
    expect(order).toEqual(['timer fired', 'read done']);
    expect(read).toEqual({ text: readFileSync(file, 'utf8') });
  });
});

/** What may stand where a content file is expected; `outside` is a folder beside the content folder. */
type Hostile = (file: string, outside: string) => void;

const replace =
  (make: Hostile): Hostile =>
  (file, outside) => {
    rmSync(file, { force: true });
    make(file, outside);
  };

/** The hostile entries, each with the reason the operator reads. POSIX only (FIFOs, /dev). */
const HOSTILE: readonly [string, Hostile, RegExp][] = [
  ['a FIFO (a plain read blocks forever)', replace((f) => execFileSync('mkfifo', [f])), /not a regular file/],
  [
    'a symlink to /dev/zero (a plain read never ends)',
    replace((f) => symlinkSync('/dev/zero', f)),
    /not a regular file/,
  ],
  ['a symlink to /dev/urandom', replace((f) => symlinkSync('/dev/urandom', f)), /not a regular file/],
  ['a symlink to /dev/null', replace((f) => symlinkSync('/dev/null', f)), /not a regular file/],
  [
    'a symlink to a FIFO outside the folder',
    replace((f, outside) => {
      const fifo = path.join(outside, `${path.basename(f)}.fifo`);
      execFileSync('mkfifo', [fifo]);
      symlinkSync(fifo, f);
    }),
    /not a regular file/,
  ],
  [
    'a symlink to a folder outside the folder',
    replace((f, outside) => symlinkSync(outside, f)),
    /is a folder, expected a file/,
  ],
  ['a symlink to itself', replace((f) => symlinkSync(f, f)), /cannot be read \(ELOOP\)/],
  [
    'two symlinks in a loop',
    replace((f) => {
      symlinkSync(`${f}.other`, f);
      symlinkSync(f, `${f}.other`);
    }),
    /cannot be read \(ELOOP\)/,
  ],
  [
    'a dangling symlink',
    replace((f, outside) => symlinkSync(path.join(outside, 'gone.json'), f)),
    /file not found/,
  ],
  ['a directory named like the file', replace((f) => mkdirSync(f)), /is a folder, expected a file/],
  [
    'a symlink chain ending in a directory named like the file',
    replace((f, outside) => {
      const named = path.join(outside, `${path.basename(f)}.d`);
      mkdirSync(named);
      symlinkSync(named, `${f}.link`);
      symlinkSync(`${f}.link`, f);
    }),
    /is a folder, expected a file/,
  ],
];

describe.skipIf(process.platform === 'win32')('readTextFile on what is not a regular file', () => {
  it.each(HOSTILE)('%s: a problem, at once', async (_case, make, problem) => {
    const dir = copyOfData();
    const file = path.join(dir, 'report.json');
    make(file, mkdtempSync(path.join(tmpdir(), 'kiosk-outside-')));
    const read = await readTextFile(file, 1024);
    expect('problem' in read ? read.problem : 'read').toMatch(problem);
  });

  it('a file larger than the cap is refused before it is read', async () => {
    const file = path.join(copyOfData(), 'report.json');
    writeFileSync(file, 'x'.repeat(2048));
    expect(await readTextFile(file, 1024)).toEqual({
      problem: 'the file is too large (2048 bytes, at most 1024)',
    });
  });

  it('a symlink to a regular file outside the folder is read (the operator may link their files)', async () => {
    const dir = copyOfData();
    const outside = path.join(copyOfData(), 'report.json');
    rmSync(path.join(dir, 'report.json'));
    symlinkSync(outside, path.join(dir, 'report.json'));
    expect((await loadContentFolder(dir, 'content/')).ok).toBe(true);
  });

  it('a FIFO in the folder: the whole load ends with the reasons, never blocks', async () => {
    const dir = copyOfData();
    const file = path.join(dir, 'locales', 'en.json');
    rmSync(file);
    execFileSync('mkfifo', [file]);
    const parsed = await loadContentFolder(dir, 'content/');
    if (parsed.ok) throw new Error('expected a problem');
    expect(describeProblems(parsed.problems)).toContain('content/locales/en.json: not a regular file');
  });
});

describe.skipIf(process.platform === 'win32')('a file that changes while it is read', () => {
  it.each<[string, (file: string) => void, RegExp | 'original']>([
    ['it grows (a copy still running)', (f) => appendFileSync(f, 'y'.repeat(4096)), /changed while/],
    ['it shrinks (truncated)', (f) => truncateSync(f, 10), /changed while/],
    // The opened file is the one read to the end: a swapped-in or deleted name does not change it.
    [
      'another file is renamed over it',
      (f) => {
        writeFileSync(`${f}.new`, 'z'.repeat(50));
        renameSync(`${f}.new`, f);
      },
      'original',
    ],
    ['it is deleted', (f) => rmSync(f), 'original'],
  ])('%s', async (_case, change, outcome) => {
    const file = path.join(copyOfData(), 'report.json');
    const original = 'x'.repeat(100);
    writeFileSync(file, original);
    const read = await readTextFile(file, 1024, () => change(file));
    if (outcome === 'original') expect(read).toEqual({ text: original });
    else expect('problem' in read ? read.problem : 'read').toMatch(outcome);
  });
});

/**
 * Seeded fuzzing of whole folders on disk: each content file is, at random, fine or one of the
 * hostile entries. Every load ends (none hangs main), names exactly the hostile files with their
 * reason, accepts a folder with none, and leaves the folder as it was.
 */
describe.skipIf(process.platform === 'win32')('fuzzing content folders on disk', () => {
  const CASES = 40;
  it(`survives ${CASES} folders of FIFOs, device links, loops and folders named like files`, async () => {
    const random = seededRandom(1111);
    for (let i = 0; i < CASES; i++) {
      const dir = copyOfData();
      const outside = mkdtempSync(path.join(tmpdir(), 'kiosk-outside-'));
      const expected = new Map<string, RegExp>();
      for (const file of CONTENT_FILE_LIST) {
        if (random() < 0.5) continue;
        const [, make, problem] = pick(random, HOSTILE);
        make(path.join(dir, file), outside);
        expected.set(`content/${file}`, problem);
      }
      const before = snapshot(dir);
      const parsed = await loadContentFolder(dir, 'content/');
      expect(snapshot(dir), `case ${i}`).toBe(before);
      if (expected.size === 0) {
        expect(parsed.ok, `case ${i}`).toBe(true);
        continue;
      }
      if (parsed.ok) throw new Error(`case ${i}: a hostile folder was accepted`);
      const named = new Map(parsed.problems.map((p) => [p.file, p.message]));
      for (const [file, problem] of expected) expect(named.get(file), `case ${i} ${file}`).toMatch(problem);
      expect([...named.keys()].sort(), `case ${i}`).toEqual([...expected.keys()].sort());
    }
  });
});
