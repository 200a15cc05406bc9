/**
 * Checklist items that are about what the code must never contain, and about
 * the release set-up: no shell.openExternal, no dangerous switch or handler in
 * main, an exact Electron pin on a supported major, 64-bit targets only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mainSources = readdirSync(path.join(root, 'main'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('testing'))
  .map((file) => ({ file, text: readFileSync(path.join(root, 'main', file), 'utf8') }));

describe('main/ never contains', () => {
  it('finds the main sources', () => {
    expect(mainSources.map((s) => s.file)).toEqual(
      expect.arrayContaining(['index.ts', 'window.ts', 'preload.ts']),
    );
  });

  it.each([
    ['shell.openExternal (checklist #8)', /\bopenExternal\b/],
    ['a certificate-error handler (checklist #22)', /certificate-error/],
    ['ignore-certificate-errors', /ignore-certificate-errors/],
    ['--no-sandbox', /no-sandbox/],
    ['disable-web-security', /disable-web-security/],
    ['webSecurity: false', /webSecurity\s*:\s*false/],
    ['allowRunningInsecureContent', /allowRunningInsecureContent/],
    ['nodeIntegration: true', /nodeIntegration\w*\s*:\s*true/],
    ['contextIsolation: false', /contextIsolation\s*:\s*false/],
    ['sandbox: false', /sandbox\s*:\s*false/],
    ['a file:// page', /loadFile\(|loadURL\(\s*['"`]file:/],
    [
      'the deprecated protocol registration',
      /register(String|Buffer|File|Http|Stream)Protocol|intercept\w+Protocol/,
    ],
    ['appendSwitch', /appendSwitch\(/],
  ])('%s', (_what, pattern) => {
    expect(mainSources.filter((s) => pattern.test(s.text)).map((s) => s.file)).toEqual([]);
  });
});

describe('the release set-up (checklist #24)', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const builder = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');

  it('pins Electron exactly, on a supported major (44 or later: 64-bit only)', () => {
    const version = pkg.devDependencies.electron ?? '';
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(44);
  });

  it('builds 64-bit targets only', () => {
    const arches = [...builder.matchAll(/arch:\s*\[([^\]]*)\]/g)].flatMap((m) =>
      m[1]!.split(',').map((a) => a.trim()),
    );
    expect(arches.length).toBeGreaterThan(0);
    expect(arches.filter((a) => a !== 'x64' && a !== 'arm64')).toEqual([]);
  });

  it('flips the fuses after packing', () => {
    expect(builder).toMatch(/^afterPack: \.\/scripts\/build\/fuses\.mjs$/m);
    expect(builder).toMatch(/^asar: true$/m);
  });
});
