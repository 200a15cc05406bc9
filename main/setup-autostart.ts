/**
 * Step 7 of the boot: autostart at login, as configured, set up only by a
 * packaged build (a development run must not register itself). The per-OS
 * work is in main/autostart.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from 'electron';
import { launcherPath } from '../app/kiosk/relaunch';
import { applyAutostart, relaunchArgs } from './autostart';
import type { BootContext } from './boot-context';

/** Turns autostart on or off as configured (packaged builds only). */
export function setupAutostart(
  { process, production, log }: Pick<BootContext, 'process' | 'production' | 'log'>,
  app: Pick<App, 'setLoginItemSettings'>,
  /** The `autostart` setting. */
  enabled: boolean,
): void {
  if (!production) {
    if (enabled) log.info('autostart: only set up by a packaged build');
    return;
  }
  applyAutostart(
    enabled,
    {
      platform: process.platform,
      execPath: launcherPath(process.execPath, process.env, process.platform),
      exePath: process.execPath,
      args: relaunchArgs(process.argv),
      autostartDir: path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'autostart'),
      setLoginItemSettings: (options) => app.setLoginItemSettings(options),
      writeFile: (file, text) => writeFileSync(file, text),
      removeFile: (file) => rmSync(file, { force: true }),
      makeDir: (dir) => mkdirSync(dir, { recursive: true }),
    },
    log,
  );
}
