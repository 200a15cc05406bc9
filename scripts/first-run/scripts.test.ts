/**
 * The first-run scripts as npm runs them, in a child process with a fake
 * environment: no browser, no Electron binary, no network. Each must end
 * with its one message instead of hanging or failing later.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { packagingNodeNote } from './node-version';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'kiosk-first-run-'));
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** The machine's environment without proxies and without the variables the scripts read. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const read = /proxy|^CHROMIUM_PATH$|^PLAYWRIGHT_|^ELECTRON_|electron_|^KIOSK_|^CI$/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !read.test(name)));
  return { ...env, ...extra };
}

/** Runs a script asynchronously (a server in this process may have to answer it). */
function run(script: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join('scripts/first-run', script)],
      { cwd: root, env: cleanEnv(env) },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

/** A URL where nothing listens: the connection is refused at once, as on a machine offline. */
async function deadHost(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return url;
}

/** A host that answers 404 to everything: reachable, but it has no download. */
async function emptyHost(): Promise<string> {
  const server = createServer((_request, response) => response.writeHead(404).end());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const noBrowser = () => ({
  CHROMIUM_PATH: path.join(work, 'no-chromium'),
  KIOSK_TEST_SYSTEM_CHROMIUM: path.join(work, 'no-system-chromium'),
  PLAYWRIGHT_BROWSERS_PATH: path.join(work, 'no-playwright-browsers'),
});

// Each case starts Node with tsx (seconds on a busy machine); the limit only guards against a hang.
describe('npm test', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };

  it('looks for a browser before anything slow, and runs the e2e tests only after the checks pass', () => {
    expect(scripts.test).toBe(
      'npm run preflight:browser && npm run typecheck && npm run lint && npm run test:unit && npm run test:e2e',
    );
  });
});

describe('first-run scripts', { timeout: 180_000 }, () => {
  it('ensure-browser: a browser is there → exit 0, naming it', async () => {
    const result = await run('ensure-browser.ts', { CHROMIUM_PATH: process.execPath });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`e2e browser: CHROMIUM_PATH (${process.execPath})`);
  });

  it('ensure-browser: no browser and no download host → exit 1 with both remedies, install not tried', async () => {
    const result = await run('ensure-browser.ts', {
      ...noBrowser(),
      PLAYWRIGHT_DOWNLOAD_HOST: await deadHost(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^npm test needs Chromium for its e2e tests, and found none:/);
    expect(result.stderr).toContain('is unreachable (ECONNREFUSED)');
    expect(result.stderr).toContain('sudo apt-get install chromium');
    expect(result.stderr).toContain(': npx playwright install chromium');
  });

  it('ensure-electron: no binary and no download host → exit 1, what is missing and how to get it', async () => {
    const dir = path.join(work, 'electron-not-downloaded');
    mkdirSync(dir, { recursive: true });
    const result = await run('ensure-electron.ts', {
      KIOSK_TEST_ELECTRON_DIR: dir,
      ELECTRON_MIRROR: await deadHost(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`(${path.join(dir, 'path.txt')} is missing)`);
    expect(result.stderr).toContain('node node_modules/electron/install.js');
  });

  it('ensure-electron: the binary is there → exit 0, silently', async () => {
    const dir = path.join(work, 'electron-installed');
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    writeFileSync(path.join(dir, 'dist', 'electron'), '');
    const result = await run('ensure-electron.ts', {
      KIOSK_TEST_ELECTRON_DIR: dir,
      ELECTRON_MIRROR: await deadHost(),
    });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('dist-preflight: offline → exit 1 saying why; an old Node is named first, in one line', async () => {
    const result = await run('dist-preflight.ts', { ELECTRON_MIRROR: await deadHost() });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    const note = packagingNodeNote(process.version);
    expect(lines[0]).toBe(note ?? lines[0]);
    expect(lines[note ? 1 : 0]).toMatch(
      /^npm run dist stopped: packaging downloads Electron .* unreachable \(ECONNREFUSED\)\.$/,
    );
  });

  it('dist-preflight: the host answers → exit 0', async () => {
    const result = await run('dist-preflight.ts', { ELECTRON_MIRROR: await emptyHost() });
    expect(result.code).toBe(0);
  });
});
