/**
 * Whether the Electron binary is installed, decided the way the `electron`
 * package's own index.js decides it (node_modules/electron/index.js): the
 * binary's name is in `path.txt` and the binary in `dist/`; with
 * ELECTRON_OVERRIDE_DIST_PATH it is in that folder instead. Requiring the
 * package would start a download, so this only looks at files.
 */
import path from 'node:path';

export type ElectronBinary =
  | { readonly installed: true; readonly path: string }
  | { readonly installed: false; readonly missing: string };

type Env = Readonly<Record<string, string | undefined>>;

export interface ElectronFiles {
  readonly exists: (file: string) => boolean;
  readonly readText: (file: string) => string;
}

/** Where the binary is, or which file is missing. `packageDir` is node_modules/electron. */
export function electronBinary(packageDir: string, env: Env, files: ElectronFiles): ElectronBinary {
  const pathFile = path.join(packageDir, 'path.txt');
  const name = files.exists(pathFile) ? files.readText(pathFile).trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron');
    return files.exists(binary) ? { installed: true, path: binary } : { installed: false, missing: binary };
  }
  if (name === '') return { installed: false, missing: pathFile };
  const binary = path.join(packageDir, 'dist', name);
  return files.exists(binary) ? { installed: true, path: binary } : { installed: false, missing: binary };
}

/** The mirror @electron/get downloads from (its documented variables), else GitHub's releases. */
export function electronDownloadHost(env: Env): string {
  return (
    env.ELECTRON_MIRROR ||
    env.electron_config_mirror ||
    env.npm_config_electron_mirror ||
    'https://github.com/electron/electron/releases/'
  );
}

/** What `npm start` says when it cannot get the binary: what is missing and how to get it. */
export function missingElectronMessage(missing: string, why: string, downloadHost: string): string {
  return [
    `npm start needs the Electron binary, which is not installed (${missing} is missing).`,
    `The electron package downloads it on first use from ${downloadHost}; here: ${why}.`,
    'Get it on a machine with internet access, or with ELECTRON_MIRROR set to a mirror you can reach:',
    '  node node_modules/electron/install.js',
    'then run npm start again. (npm test does not need it: the Electron e2e spec is skipped without it.)',
  ].join('\n');
}
