/**
 * `--check` in the Electron app: runs the preflight (main/preflight.ts) in
 * place of the show, before any window, single-instance lock or session, and
 * exits with its code. Electron is injected so this is tested in Node.
 */
import type { ExitCode } from '../app/config/preflight';
import type { DisplayLike } from '../app/kiosk/display';
import { executableDir } from './config';
import { appPaths } from './paths';
import { runPreflight } from './preflight';

export interface CheckHost {
  /** process.argv of the main process. */
  readonly argv: readonly string[];
  /** process.defaultApp: true when started as `electron .`, so argv[1] is the app path. */
  readonly defaultApp: boolean;
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** app.getPath('exe'), app.getPath('userData') and app.getAppPath(). */
  readonly exePath: string;
  readonly userData: string;
  readonly appPath: string;
  /** app.commandLine.getSwitchValue('ozone-platform'): 'headless' on a Linux machine without a display. */
  readonly ozonePlatform: string;
  readonly whenReady: () => Promise<unknown>;
  /** screen.getAllDisplays() and getPrimaryDisplay(); only usable once the app is ready. */
  readonly displays: () => { all: readonly DisplayLike[]; primary: DisplayLike };
  readonly print: (line: string) => void;
  readonly exit: (code: ExitCode) => void;
}

/** The flags of an Electron command line: without the executable, and the app path in development. */
export function checkArgs(argv: readonly string[], defaultApp: boolean): string[] {
  return argv.slice(defaultApp ? 2 : 1).filter((arg) => arg !== '--check');
}

/** Runs the preflight and exits; the show never starts. */
export async function runCheckAndExit(host: CheckHost): Promise<void> {
  let code: ExitCode = 1;
  try {
    // Electron docs (api/screen.md): "This module cannot be used until the ready event of the app module is emitted."
    await host.whenReady();
    // Ozone's headless platform reports a made-up screen: the display is not checked there.
    const displays = host.ozonePlatform === 'headless' ? undefined : host.displays();
    const report = await runPreflight({
      args: checkArgs(host.argv, host.defaultApp),
      cwd: host.cwd,
      exeDir: executableDir(host.exePath, host.env, host.platform),
      userData: host.userData,
      dataDir: appPaths(host.appPath).data,
      ...(displays ? { displays } : {}),
    });
    for (const line of report.lines) host.print(line);
    code = report.exitCode;
  } catch (error) {
    host.print(`check: could not run (${error instanceof Error ? error.message : String(error)})`);
  }
  host.exit(code);
}
