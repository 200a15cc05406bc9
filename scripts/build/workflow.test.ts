/**
 * The packaging workflow cannot run here, so it is linted here: with
 * @action-validator/cli (GitHub's workflow schema, bundled: no network), and
 * for what it must do on each OS.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { atLeast, PACKAGING_NODE } from '../first-run/node-version';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = path.join(root, '.github', 'workflows', 'package.yml');
const text = readFileSync(file, 'utf8');
const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@action-validator/cli/package.json')),
  'cli.mjs',
);
const work = mkdtempSync(path.join(tmpdir(), 'kiosk-workflow-'));

function validate(workflow: string) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [cli, workflow], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
    );
  });
}

interface Step {
  readonly run?: string;
  readonly uses?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly jobs: Record<
    string,
    { readonly strategy: { readonly matrix: { readonly include: { os: string }[] } }; readonly steps: Step[] }
  >;
}
const job = Object.values((parse(text) as Workflow).jobs)[0]!;
const runs = job.steps.map((step) => step.run ?? '').join('\n');

// Spawning the validator takes seconds on a busy machine; the limit only guards against a hang.
describe('.github/workflows/package.yml', { timeout: 60_000 }, () => {
  it('passes action-validator', async () => {
    expect(await validate(file)).toEqual({ code: 0, output: '' });
  });

  it.each([
    ['a misspelt key', (t: string) => t.replace('runs-on:', 'run-on:')],
    ['an unknown trigger', (t: string) => t.replace('pull_request:', 'pull_requests:')],
  ])('action-validator rejects %s (the lint can fail)', async (_name, breakIt) => {
    const broken = path.join(work, 'broken.yml');
    writeFileSync(broken, breakIt(text));
    expect((await validate(broken)).code).toBe(1);
  });

  it('runs on Linux, Windows and macOS', () => {
    const oses = job.strategy.matrix.include.map((row) => row.os.split('-')[0]);
    expect(oses.sort()).toEqual(['macos', 'ubuntu', 'windows']);
  });

  it('packages on a Node that packaging supports', () => {
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node'))!;
    expect(atLeast(String(setup.with!['node-version']), PACKAGING_NODE)).toBe(true);
  });

  it.each([
    ['builds the installers', /npx electron-builder --config electron-builder\.yml/],
    ['reads the fuses back', /npx @electron\/fuses read --app/],
    ['checks them against the shipped wire', /scripts\/build\/check-fuses\.ts/],
    ['runs the Electron spec under Xvfb on Linux', /xvfb-run .*npx playwright test --project=electron/],
    ['runs the Electron spec on Windows and macOS', /^npx playwright test --project=electron$/m],
  ])('%s', (_name, pattern) => {
    expect(runs).toMatch(pattern);
  });
});
