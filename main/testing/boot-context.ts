/**
 * A BootContext for the setup steps' tests: a fresh host state, a host log
 * that keeps its lines, a temporary userData folder, and a process with the
 * given platform and arguments (nothing of the test runner's own process).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BootContext, HostProcess } from '../boot-context';
import { createHostLog } from '../host-log';
import { HostState } from '../host-state';
import { appPaths } from '../paths';

export interface TestContext extends BootContext {
  /** Every line logged, as `level message`. */
  readonly lines: string[];
}

/** A context for one setup step; `process` fields override a Linux process started with no flags. */
export function testContext(
  options: { production?: boolean; process?: Partial<HostProcess>; now?: () => number } = {},
): TestContext {
  const lines: string[] = [];
  const write = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  const log = createHostLog({ info: write('info'), warn: write('warn'), error: write('error') });
  const userData = mkdtempSync(path.join(tmpdir(), 'kiosk-setup-'));
  return {
    host: new HostState() as BootContext['host'],
    log,
    lines,
    userData,
    production: options.production ?? true,
    paths: appPaths(userData),
    process: {
      argv: ['/opt/kiosk/bergamo'],
      env: {},
      platform: 'linux',
      execPath: '/opt/kiosk/bergamo',
      cwd: () => userData,
      uptime: () => 1,
      defaultApp: false,
      stdout: process.stdout,
      ...options.process,
    } as HostProcess,
    now: options.now ?? (() => 1_000_000),
  };
}
