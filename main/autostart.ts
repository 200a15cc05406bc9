/**
 * Autostart at login when configured: the login-item API on Windows and
 * macOS, a `.desktop` file in the user's XDG autostart folder on Linux. When
 * not configured, any entry the app made earlier is removed, so turning the
 * key off works.
 */
import path from 'node:path';
import { autostartMethod, desktopEntry } from '../app/kiosk/autostart';
import type { Logger } from './log';

export const DESKTOP_FILE_NAME = 'bergamo-manifattura-kiosk.desktop';

export interface AutostartHost {
  readonly platform: string;
  /** The program to start: the AppImage or portable .exe where there is one, else the executable. */
  readonly execPath: string;
  /** The running executable itself (process.execPath), when it differs from `execPath`. */
  readonly exePath?: string;
  /** Arguments to pass again (e.g. --config), never the ones Chromium adds. */
  readonly args: readonly string[];
  /** `~/.config/autostart` (or `$XDG_CONFIG_HOME/autostart`). */
  readonly autostartDir: string;
  readonly setLoginItemSettings: (settings: { openAtLogin: boolean; args?: string[]; path?: string }) => void;
  readonly writeFile: (file: string, text: string) => void;
  readonly removeFile: (file: string) => void;
  readonly makeDir: (dir: string) => void;
}

export function applyAutostart(enabled: boolean, host: AutostartHost, log: Logger): void {
  try {
    const method = autostartMethod(host.platform);
    if (method === 'login-item') {
      // Windows starts `path` (default: process.execPath, a temp copy for the portable build).
      const portable =
        host.platform === 'win32' && host.exePath !== undefined && host.execPath !== host.exePath;
      host.setLoginItemSettings({
        openAtLogin: enabled,
        args: [...host.args],
        ...(portable ? { path: host.execPath } : {}),
      });
    } else if (method === 'desktop-entry') {
      const file = path.join(host.autostartDir, DESKTOP_FILE_NAME);
      if (enabled) {
        host.makeDir(host.autostartDir);
        host.writeFile(file, desktopEntry('Bergamo, la manifattura in cifre', host.execPath, host.args));
      } else host.removeFile(file);
    } else {
      if (enabled) log.warn(`autostart: not supported on ${host.platform}`);
      return;
    }
    log.info(`autostart: ${enabled ? 'on' : 'off'} (${method})`);
  } catch (error) {
    log.warn(`autostart: could not be set (${String(error)})`);
  }
}

/** The arguments worth keeping for a start at login: the config file and our own flags. */
export function relaunchArgs(argv: readonly string[]): string[] {
  const kept: string[] = [];
  argv.forEach((arg, i) => {
    const value = argv[i + 1];
    if (arg === '--config' && value !== undefined) kept.push(arg, value);
    else if (arg.startsWith('--config=')) kept.push(arg);
  });
  return kept;
}
