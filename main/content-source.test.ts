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
  it('shows the bundled content when no folder is configured', () => {
    const start = loadStartContent(dataDir, '');
    expect(start.ok && start.payload.origin).toBe('bundled');
  });

  it('shows a valid folder, and leaves its files untouched', () => {
    const dir = copyOfData();
    const before = snapshot(dir);
    const start = loadStartContent(dataDir, dir);
    expect(start.ok && start.payload.origin).toBe('folder');
    expect(start.ok && start.payload.problems).toEqual([]);
    expect(snapshot(dir)).toBe(before);
  });

  it('falls back to the bundled content for a folder with one broken file, naming it', () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'locales/en.json'), '{"app": ');
    const start = loadStartContent(dataDir, dir);
    if (!start.ok) throw new Error('expected a start');
    expect(start.payload.origin).toBe('bundled');
    expect(start.payload.problems[0]?.message).toContain('the bundled content is shown instead');
    expect(start.payload.problems[1]?.file).toBe(`${dir}/locales/en.json`);
  });

  it('falls back for a folder that does not exist', () => {
    const start = loadStartContent(dataDir, '/nonexistent/contenuti');
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
  function watcher(dir: string, applied: string) {
    let now = 0;
    const updates: ContentPayload[] = [];
    const rejected: ContentPayload[] = [];
    const lines: string[] = [];
    const start = loadStartContent(dataDir, '');
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
    const tick = (seconds = 1) => {
      now += seconds * 1000;
      w.poll();
    };
    return { w, tick, updates, rejected, lines };
  }

  it('swaps in a folder copied in file by file only once it is complete and settled', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-copy-'));
    const { tick, updates, rejected } = watcher(dir, '');
    tick();
    // The copy arrives in pieces: first a half-written report, then the rest.
    const report = readFileSync(path.join(dataDir, 'report.json'), 'utf8');
    writeFileSync(path.join(dir, 'report.json'), report.slice(0, report.length / 2));
    tick();
    cpSync(path.join(dataDir, 'locales'), path.join(dir, 'locales'), { recursive: true });
    tick();
    writeFileSync(path.join(dir, 'report.json'), report);
    tick();
    tick();
    expect(updates).toEqual([]);
    tick(3);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.origin).toBe('folder');
    expect(rejected).toEqual([]);
    tick(10);
    expect(updates).toHaveLength(1);
  });

  it('reports a folder that settles invalid once, and keeps the current content', () => {
    const dir = copyOfData();
    const { tick, updates, rejected, lines } = watcher(dir, folderFingerprint(dir));
    writeFileSync(path.join(dir, 'report.json'), '{"schemaVersion": 1}');
    for (let i = 0; i < 10; i++) tick();
    expect(updates).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(lines.filter((l) => l.includes('does not validate'))).toHaveLength(1);
  });

  it('never writes to the folder it watches', () => {
    const dir = copyOfData();
    const before = snapshot(dir);
    const { tick } = watcher(dir, '');
    for (let i = 0; i < 8; i++) tick();
    expect(snapshot(dir)).toBe(before);
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
