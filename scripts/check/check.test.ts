/**
 * `npm run check` as an exhibitor runs it: the real script in a child
 * process, its output and its exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('./check.ts', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'kiosk-check-cli-'));

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    // As npm runs it: from the package root, with INIT_CWD where the operator typed the command.
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: work },
  });
  return { code: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

// Each case starts Node with tsx: seconds on a busy machine. The limit only guards against a hang.
describe('npm run check', { timeout: 120_000 }, () => {
  it.each([
    ['a good config', { adminPin: '97531' }, 0, /^check passed: /],
    ['a bad key', { adminPin: '97531', rotation: 45 }, 1, /^check failed: 1 problem; /],
  ])('%s %j: exit %i', (_name, settings, code, summary) => {
    writeFileSync(path.join(work, 'kiosk.config.json'), JSON.stringify(settings));
    const run = check('--config', 'kiosk.config.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
    expect(run.lines.at(-1)).toMatch(summary);
  });

  it('a usage error: exit 2 with the usage', () => {
    const run = check('--config');
    expect(run.code).toBe(2);
    expect(run.lines[0]).toBe('usage error: --config needs a file: --config PATH');
  });
});
