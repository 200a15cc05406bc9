/**
 * The app's command-line flags share one command line with Chromium,
 * Electron and Electron's Node: a flag of ours that is also one of their
 * switches is acted on by them (`--display` stopped Chromium from starting on
 * Linux/X11). Every flag is checked against the known switches, with sources,
 * in chromium-switches.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KNOWN_SWITCHES, switchSource } from './chromium-switches';
import { CHECK_FLAG } from './preflight';
import { CHROMIUM_SWITCHES, SETTING_FLAG_NAMES } from './settings';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** The flags that are not settings, each with where it is read. */
const HOST_FLAGS: readonly [string, string][] = [
  ['config', 'app/config/config-file.ts configPathFromArgv'],
  [CHECK_FLAG.slice(2), 'app/config/preflight.ts CHECK_FLAG'],
  ['export-insight', 'main/insight.ts insightExportFlag'],
];

const APP_FLAGS = [...SETTING_FLAG_NAMES, ...HOST_FLAGS.map(([name]) => name)];

/** `'--name` string literals in the sources that read the command line (main/ and app/config/). */
function flagLiteralsInSources(): string[] {
  const folders = ['main', 'app/config'];
  return folders.flatMap((folder) =>
    readdirSync(path.join(repo, folder))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) =>
        [...readFileSync(path.join(repo, folder, file), 'utf8').matchAll(/'--([a-z][a-z0-9-]*)/g)].map(
          (match) => match[1]!,
        ),
      ),
  );
}

describe('command-line flags vs Chromium and Electron switches', () => {
  it.each(APP_FLAGS)('--%s is not a Chromium, Electron or Node switch', (flag) => {
    expect(switchSource(flag), `--${flag} is read by ${switchSource(flag)}`).toBeUndefined();
  });

  it('the list covers every flag the sources read', () => {
    const checked = new Set([...APP_FLAGS, ...Object.keys(CHROMIUM_SWITCHES)]);
    expect(flagLiteralsInSources().filter((flag) => !checked.has(flag))).toEqual([]);
  });

  it.each(Object.entries(CHROMIUM_SWITCHES).map(([old, { instead }]) => [old, instead]))(
    'the old --%s is refused because it is a switch (the list finds it), and --%s replaces it',
    (old, instead) => {
      expect(switchSource(old)).toBeDefined();
      expect(APP_FLAGS).toContain(instead);
      expect(APP_FLAGS).not.toContain(old);
    },
  );

  it('the list has the switches from every source it cites', () => {
    const sources = new Set(KNOWN_SWITCHES.values());
    expect(sources.size).toBeGreaterThanOrEqual(10);
    for (const name of ['display', 'lang', 'kiosk', 'no-sandbox', 'inspect', 'remote-debugging-port'])
      expect(switchSource(name), name).toBeDefined();
  });
});
