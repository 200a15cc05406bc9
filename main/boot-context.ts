/**
 * What every setup step of main/index.ts shares: the host state, the host
 * log, where the app's files are, whether this is a packaged build, the
 * process and the clock. Each step takes it first, then the Electron parts it
 * uses (injected, so each is tested with main/testing/fakes.ts).
 */
import type { BrowserWindow } from 'electron';
import type { HostLog } from './host-log';
import type { HostState } from './host-state';
import type { AppPaths } from './paths';

/** The parts of Node's process the setups read. */
export type HostProcess = Pick<
  NodeJS.Process,
  'argv' | 'env' | 'platform' | 'execPath' | 'cwd' | 'uptime' | 'defaultApp' | 'stdout'
>;

export interface BootContext {
  readonly host: HostState<BrowserWindow>;
  readonly log: HostLog;
  /** app.getPath('userData'): the log, the boot record, the journal, the PIN back-off. */
  readonly userData: string;
  /** app.isPackaged: no devtools, autostart set up, inspection switches refused. */
  readonly production: boolean;
  readonly paths: AppPaths;
  readonly process: HostProcess;
  readonly now: () => number;
}
