/**
 * The exhibitor's preflight (`--check`) on the disk: loads the config, the
 * content folder and the display exactly as the show would, through the
 * show's own loaders, and reports instead of starting. No Electron import:
 * `npm run check` runs this in Node, and the packaged app calls it from main
 * before any window. It only reads the operator's files.
 */
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ADMIN_PIN } from '../app/config/settings';
import { preflightReport, usageErrors, usageReport, type ExitCode } from '../app/config/preflight';
import { unknownSlides } from '../app/kiosk/content-choice';
import { pickDisplay, type DisplayLike } from '../app/kiosk/display';
import type { Problem } from '../app/content/problems';
import { loadConfig, resolveContentFolder } from './config';
import { loadStartContent } from './content-source';

export interface PreflightInput {
  /** The flags: process.argv without the executable (and the app path in development). */
  readonly args: readonly string[];
  readonly cwd: string;
  /** Where "beside the app" is. */
  readonly exeDir: string;
  readonly userData: string;
  /** The bundled content, used when the folder does not validate. */
  readonly dataDir: string;
  /** The screens, or undefined where there is no screen access (Node, a headless run). */
  readonly displays?: { readonly all: readonly DisplayLike[]; readonly primary: DisplayLike };
}

/** Runs the preflight; never throws for bad operator files, and never writes anything. */
export async function runPreflight(input: PreflightInput): Promise<{ lines: string[]; exitCode: ExitCode }> {
  const errors = usageErrors(input.args);
  if (errors.length > 0) return usageReport(errors);

  const loaded = await loadConfig({
    argv: input.args,
    cwd: input.cwd,
    exeDir: input.exeDir,
    userData: input.userData,
  });
  const settings = loaded.settings;
  const source = loaded.file?.path ?? 'command line';
  const problems: Problem[] = [...loaded.problems];
  const notes: string[] = [];

  const folder = resolveContentFolder(settings.contentFolder, loaded, input.exeDir);
  const start = await loadStartContent(input.dataDir, folder);
  if (!start.ok) problems.push({ file: 'bundled data', path: '', message: start.message });
  else {
    problems.push(...start.payload.problems);
    problems.push(...unknownSlides(settings, start.payload.bundle, source));
  }

  let display = `display ${settings.display}`;
  if (input.displays) {
    const picked = pickDisplay(input.displays.all, input.displays.primary, settings.display);
    if (picked.note) problems.push({ file: source, path: 'display', message: picked.note });
    const { width, height } = picked.display.bounds;
    display = `display ${settings.display} (${width}x${height}, ${input.displays.all.length} connected)`;
  } else if (settings.display !== 'primary') {
    notes.push(
      `display ${settings.display} is not checked here (no screen access); run the app's --check on the kiosk`,
    );
  }
  if (settings.adminPin === DEFAULT_ADMIN_PIN && settings.mode !== 'presentation') {
    notes.push(`${source}: adminPin: the default PIN is in use; set your own`);
  }

  const content =
    folder === ''
      ? 'the bundled content'
      : start.ok && start.payload.origin === 'folder'
        ? `the content folder ${folder}`
        : `the bundled content instead of ${folder}`;
  const config = loaded.file ? `config ${loaded.file.path}` : 'no config file (defaults)';
  return preflightReport({
    problems,
    notes,
    using: `${config}; ${settings.mode} mode; ${content}; ${display}`,
  });
}

/**
 * The user-data folder Electron would use for this app (app.getPath('userData')),
 * where the show looks for a config file last: %APPDATA%\NAME, ~/Library/Application
 * Support/NAME, or $XDG_CONFIG_HOME/NAME (default ~/.config/NAME).
 */
export function userDataDir(
  name: string,
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', name);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), name);
}
