/**
 * Small helpers every bench script shares: the repository root, progress on
 * stderr, a sleep, and the web build.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Progress goes to stderr: stdout carries the JSON report. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Resolves after `ms` of real time. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `npm run build:web`, its output on stderr (stdout carries the JSON report). */
export function buildWeb(): void {
  log('building the web bundle (npm run build:web)…');
  const build = spawnSync('npm', ['run', '--silent', 'build:web'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (build.status !== 0) throw new Error('the web build failed');
}
