/**
 * The exhibitor's config file: where it is looked for, how its text becomes a
 * settings layer, and how it is merged with the command-line flags. Nothing
 * here throws: a missing, unreadable, malformed or partly wrong file gives
 * problems and the show starts with the valid keys and the defaults.
 */
import { z } from 'zod';
import { parseJsonDocument, type Problem } from '../content/problems';
import type { FileRead } from '../content/bundle';
import {
  mergeSettings,
  settingsFromFlags,
  validateLayer,
  type KioskSettings,
  type SettingsLayer,
} from './settings';

export const CONFIG_FILE_NAME = 'kiosk.config.json';

/** A config file is a few hundred bytes; anything far larger is a mistake (a wrong file chosen). */
export const MAX_CONFIG_CHARS = 256 * 1024;

/** Where a config file was looked for, in the order of the search. */
export type ConfigOrigin = 'command line' | 'beside the app' | 'user data';

export interface ConfigCandidate {
  readonly path: string;
  readonly origin: ConfigOrigin;
}

/** `--config PATH` or `--config=PATH`; the last one wins. `undefined` when absent. */
export function configPathFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--config') found = argv[i + 1] ?? '';
    else if (arg.startsWith('--config=')) found = arg.slice('--config='.length);
  });
  return found;
}

/**
 * Picks the config file: the `--config` path if given (even when it is
 * missing: the operator meant that one, so it is reported, not replaced),
 * else the first candidate that exists. No file at all is fine: defaults.
 */
export function chooseConfigFile(
  candidates: readonly ConfigCandidate[],
  exists: (path: string) => boolean,
): ConfigCandidate | undefined {
  const explicit = candidates.find((c) => c.origin === 'command line');
  if (explicit) return explicit;
  return candidates.find((c) => exists(c.path));
}

const ConfigDocumentSchema = z.record(z.string(), z.unknown(), {
  error: 'expected an object of settings, e.g. { "mode": "kiosk" }',
});

/** Keys an editor or a note may add; they are not settings. */
const IGNORED_KEYS = /^(\$schema|\/\/.*|_comment.*)$/;

/** Parses a config file's text into a validated layer and its problems. */
export function parseConfigText(file: string, text: string): { layer: SettingsLayer; problems: Problem[] } {
  if (text.length > MAX_CONFIG_CHARS) {
    return {
      layer: {},
      problems: [{ file, path: '', message: `the file is too large (over ${MAX_CONFIG_CHARS} characters)` }],
    };
  }
  const parsed = parseJsonDocument(file, text, ConfigDocumentSchema);
  if (!parsed.ok) return { layer: {}, problems: [...parsed.problems] };
  const settings = Object.fromEntries(
    Object.entries(parsed.value).filter(([key]) => !IGNORED_KEYS.test(key)),
  );
  return validateLayer(settings, file);
}

export interface LoadedSettings {
  readonly settings: KioskSettings;
  readonly problems: readonly Problem[];
  /** The config file used, if any. */
  readonly file?: ConfigCandidate;
}

/**
 * Defaults ← config file ← command-line flags. `read` is the outcome of
 * reading the chosen file (from the host), or undefined when there is none.
 */
export function loadSettings(
  argv: readonly string[],
  file: ConfigCandidate | undefined,
  read: FileRead | undefined,
): LoadedSettings {
  const problems: Problem[] = [];
  let fileLayer: SettingsLayer = {};
  if (file && read) {
    if ('problem' in read) problems.push({ file: file.path, path: '', message: read.problem });
    else {
      const parsed = parseConfigText(file.path, read.text);
      fileLayer = parsed.layer;
      problems.push(...parsed.problems);
    }
  }
  const flags = settingsFromFlags(argv);
  problems.push(...flags.problems);
  return { settings: mergeSettings(fileLayer, flags.layer), problems, ...(file ? { file } : {}) };
}
