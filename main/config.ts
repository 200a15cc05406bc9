/**
 * Finds and reads the exhibitor's config file: `--config PATH`, else
 * `kiosk.config.json` beside the executable, else in userData. The decisions
 * are in app/config/config-file.ts; this file only knows the disk.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { FileRead } from '../app/content/bundle';
import {
  CONFIG_FILE_NAME,
  chooseConfigFile,
  configPathFromArgv,
  loadSettings,
  MAX_CONFIG_CHARS,
  type ConfigCandidate,
  type LoadedSettings,
} from '../app/config/config-file';
import { readTextFile } from './content';

export interface ConfigPlaces {
  readonly argv: readonly string[];
  /** Where a relative `--config` path starts from. */
  readonly cwd: string;
  /** The folder of the executable (for a portable or AppImage build, where the operator put it). */
  readonly exeDir: string;
  readonly userData: string;
}

/** The candidates in search order. */
export function configCandidates(places: ConfigPlaces): ConfigCandidate[] {
  const flag = configPathFromArgv(places.argv);
  const candidates: ConfigCandidate[] = [];
  if (flag !== undefined) candidates.push({ path: path.resolve(places.cwd, flag), origin: 'command line' });
  candidates.push({ path: path.join(places.exeDir, CONFIG_FILE_NAME), origin: 'beside the app' });
  candidates.push({ path: path.join(places.userData, CONFIG_FILE_NAME), origin: 'user data' });
  return candidates;
}

/** Whether something is at `file` (as existsSync answers, without waiting on the disk). */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Loads the settings, reading the disk asynchronously; never rejects. */
export async function loadConfig(
  places: ConfigPlaces,
  exists: (file: string) => Promise<boolean> = pathExists,
  read: (file: string) => Promise<FileRead> = (file) => readTextFile(file, MAX_CONFIG_CHARS * 4),
): Promise<LoadedSettings> {
  const candidates = configCandidates(places);
  // Asked for every candidate at once; the choice itself stays the core's (first that exists).
  const present = new Set(
    (await Promise.all(candidates.map(async (c) => ((await exists(c.path)) ? c.path : '')))).filter(Boolean),
  );
  const file = chooseConfigFile(candidates, (candidate) => present.has(candidate));
  return loadSettings(places.argv, file, file ? await read(file.path) : undefined);
}

/** A relative content folder is relative to the config file that names it (or to the executable). */
export function resolveContentFolder(folder: string, loaded: LoadedSettings, exeDir: string): string {
  if (folder === '') return '';
  const base = loaded.file ? path.dirname(loaded.file.path) : exeDir;
  return path.resolve(base, folder);
}

/**
 * The folder an operator thinks of as "where the app is": beside the portable
 * .exe (which runs from a temporary copy), beside the AppImage file, beside
 * the macOS .app bundle, else the executable's own folder.
 */
export function executableDir(
  exePath: string,
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): string {
  if (env.PORTABLE_EXECUTABLE_DIR) return env.PORTABLE_EXECUTABLE_DIR;
  if (env.APPIMAGE) return path.dirname(env.APPIMAGE);
  if (platform === 'darwin') {
    const bundle = exePath.lastIndexOf('.app/Contents/MacOS/');
    if (bundle > 0) return path.dirname(exePath.slice(0, bundle + '.app'.length));
  }
  return path.dirname(exePath);
}
