/**
 * What the command line decides before the show boots: `--check` runs the
 * exhibitor's preflight and `--export-insight=FOLDER` writes the CSV export,
 * each in place of the show (no window, no instance lock); and a packaged
 * build refuses to start with inspection or sandbox-off switches.
 */
import type { App, Screen } from 'electron';
import { wantsCheck } from '../app/config/preflight';
import { inspectionSwitches } from '../app/kiosk/inspection-switches';
import { buildFlavour } from './build-flavour';
import { runCheckAndExit } from './check-run';
import { exportFromCommandLine, insightExportFlag } from './insight';
import type { BootContext } from './boot-context';
import type { Logger } from './log';

export interface CommandLineElectron {
  readonly app: Pick<App, 'getPath' | 'getAppPath' | 'whenReady' | 'exit' | 'commandLine'>;
  readonly screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
}

/** Runs `--check` or `--export-insight` if asked for (each exits when done); returns whether one ran. */
export function runCommandInstead(
  { process, userData, log }: Pick<BootContext, 'process' | 'userData' | 'log'>,
  { app, screen }: CommandLineElectron,
): boolean {
  const exportFolder = insightExportFlag(process.argv);
  if (wantsCheck(process.argv)) {
    // The exhibitor's preflight: checks config, content and display, prints, exits; no window, no lock.
    void runCheckAndExit({
      argv: process.argv,
      defaultApp: Boolean(process.defaultApp),
      platform: process.platform,
      env: process.env,
      cwd: process.cwd(),
      exePath: app.getPath('exe'),
      userData,
      appPath: app.getAppPath(),
      ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'),
      whenReady: () => app.whenReady(),
      displays: () => ({ all: screen.getAllDisplays(), primary: screen.getPrimaryDisplay() }),
      print: (line) => console.log(line),
      exit: (code) => app.exit(code),
    });
    return true;
  }
  if (exportFolder !== undefined) {
    // `--export-insight=FOLDER`: writes the CSV export and exits, without a window or the instance lock.
    void exportFromCommandLine(exportFolder, { userData, log, now: Date.now }, (line) =>
      process.stdout.write(`${line}\n`),
    ).then((code) => app.exit(code));
    return true;
  }
  return false;
}

/**
 * Whether a packaged build was started with a switch it must refuse (then it says why and exits).
 * Fuses cover neither Chromium's remote debugging nor its sandbox-off switch; the e2e flavour needs them.
 */
export function refusesSwitches(
  app: Pick<App, 'isPackaged' | 'getAppPath' | 'exit'>,
  argv: readonly string[],
  log: Logger,
): boolean {
  const refused = app.isPackaged && buildFlavour(app.getAppPath()) !== 'e2e' ? inspectionSwitches(argv) : [];
  if (refused.length === 0) return false;
  log.error(
    `start: refused: a packaged build does not start with ${refused.join(' ')} (inspection or no sandbox)`,
  );
  app.exit(1);
  return true;
}
