import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { ContentPayload } from '../app/ipc/contract';
import { folderFingerprint } from './content';
import { ContentWatcher, folderLabel, loadStartContent } from './content-source';
import { createLogger } from './log';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

function copyOfData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-folder-'));
  for (const file of ['report.json', 'locales/it.json', 'locales/en.json']) {
    cpSync(path.join(dataDir, file), path.join(dir, file), { recursive: true });
  }
  return dir;
}

/** Every file's bytes and modification time, to prove nothing was written. */
function snapshot(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return `${file}:${statSync(file).mtimeMs}:${readFileSync(file, 'base64')}`;
    })
    .sort()
    .join('\n');
}

describe('loadStartContent', () => {
  it('shows the bundled content when no folder is configured', async () => {
    const start = await loadStartContent(dataDir, '');
    expect(start.ok && start.payload.origin).toBe('bundled');
  });

  it('shows a valid folder, and leaves its files untouched', async () => {
    const dir = copyOfData();
    const before = snapshot(dir);
    const start = await loadStartContent(dataDir, dir);
    expect(start.ok && start.payload.origin).toBe('folder');
    expect(start.ok && start.payload.problems).toEqual([]);
    expect(snapshot(dir)).toBe(before);
  });

  it('falls back to the bundled content for a folder with one broken file, naming it', async () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'locales/en.json'), '{"app": ');
    const start = await loadStartContent(dataDir, dir);
    if (!start.ok) throw new Error('expected a start');
    expect(start.payload.origin).toBe('bundled');
    expect(start.payload.problems[0]?.message).toContain('the bundled content is shown instead');
    expect(start.payload.problems[1]?.file).toBe(`${dir}/locales/en.json`);
  });

  it('falls back for a folder that does not exist', async () => {
    const start = await loadStartContent(dataDir, '/nonexistent/contenuti');
    expect(start.ok && start.payload.problems.map((p) => p.message)).toContain('file not found');
  });

  it.each([
    ['/media/usb/c', '/media/usb/c/'],
    ['/media/usb/c/', '/media/usb/c/'],
    ['D:\\fiera\\c', 'D:\\fiera\\c\\'],
  ])('labels %s as %s', (folder, label) => {
    expect(folderLabel(folder)).toBe(label);
  });
});

describe('ContentWatcher', () => {
  async function watcher(dir: string, applied: string) {
    let now = 0;
    const updates: ContentPayload[] = [];
    const rejected: ContentPayload[] = [];
    const lines: string[] = [];
    const start = await loadStartContent(dataDir, '');
    if (!start.ok) throw new Error('bundled content must load');
    const w = new ContentWatcher({
      folder: dir,
      bundled: start.bundled,
      applied,
      rejected: '',
      log: createLogger((level, line) => lines.push(`${level} ${line}`)),
      now: () => now,
      timers: { setInterval: vi.fn(), clearInterval: vi.fn() },
      onUpdate: (p) => updates.push(p),
      onRejected: (p) => rejected.push(p),
    });
    const tick = async (seconds = 1) => {
      now += seconds * 1000;
      await w.poll();
    };
    return { w, tick, updates, rejected, lines };
  }

  it('swaps in a folder copied in file by file only once it is complete and settled', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-copy-'));
    const { tick, updates, rejected } = await watcher(dir, '');
    await tick();
    // The copy arrives in pieces: first a half-written report, then the rest.
    const report = readFileSync(path.join(dataDir, 'report.json'), 'utf8');
    writeFileSync(path.join(dir, 'report.json'), report.slice(0, report.length / 2));
    await tick();
    cpSync(path.join(dataDir, 'locales'), path.join(dir, 'locales'), { recursive: true });
    await tick();
    writeFileSync(path.join(dir, 'report.json'), report);
    await tick();
    await tick();
    expect(updates).toEqual([]);
    await tick(3);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.origin).toBe('folder');
    expect(rejected).toEqual([]);
    await tick(10);
    expect(updates).toHaveLength(1);
  });

  it('reports a folder that settles invalid once, and keeps the current content', async () => {
    const dir = copyOfData();
    const { tick, updates, rejected, lines } = await watcher(dir, await folderFingerprint(dir));
    writeFileSync(path.join(dir, 'report.json'), '{"schemaVersion": 1}');
    for (let i = 0; i < 10; i++) await tick();
    expect(updates).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(lines.filter((l) => l.includes('does not validate'))).toHaveLength(1);
  });

  it('never writes to the folder it watches', async () => {
    const dir = copyOfData();
    const before = snapshot(dir);
    const { tick } = await watcher(dir, '');
    for (let i = 0; i < 8; i++) await tick();
    expect(snapshot(dir)).toBe(before);
  });
});

describe('ContentWatcher on a slow folder', () => {
  it('skips polls while one is still reading, and hands nothing on once stopped', async () => {
    const start = await loadStartContent(dataDir, '');
    if (!start.ok) throw new Error('bundled content must load');
    const dir = copyOfData();
    // Each look at the folder waits until the test answers it (a slow network share).
    const answers: ((print: string) => void)[] = [];
    let secondLook!: () => void;
    const looked = new Promise<void>((resolve) => (secondLook = resolve));
    const fingerprintOf = vi.fn(
      () =>
        new Promise<string>((resolve) => {
          answers.push(resolve);
          if (answers.length === 2) secondLook();
        }),
    );
    const onUpdate = vi.fn();
    const w = new ContentWatcher({
      folder: dir,
      bundled: start.bundled,
      applied: '',
      rejected: '',
      log: createLogger(() => {}),
      now: () => 0,
      timers: { setInterval: vi.fn(), clearInterval: vi.fn() },
      onUpdate,
      onRejected: vi.fn(),
      fingerprintOf,
      policy: { settleMs: 0 },
    });
    const first = w.poll();
    await w.poll();
    expect(fingerprintOf).toHaveBeenCalledTimes(1);
    // The folder changed: it is read, then looked at again; the show quits meanwhile.
    answers[0]!('changed');
    await looked;
    w.stop();
    answers[1]!('changed');
    await first;
    expect(onUpdate).not.toHaveBeenCalled();
  });
});

describe('the content modules', () => {
  it('use no file-system call that writes', () => {
    for (const file of ['content.ts', 'content-source.ts']) {
      const source = readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), 'utf8');
      expect(source).not.toMatch(
        /\b(writeFile|appendFile|rename|unlink|rm|rmdir|mkdir|copyFile|cp|open|truncate|chmod|utimes)(Sync)?\s*\(/,
      );
    }
  });
});
