/**
 * Finds the Electron binary without triggering its download: requiring the
 * `electron` package fetches the binary on first use, which fails offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  if (process.env.ELECTRON_PATH && existsSync(process.env.ELECTRON_PATH)) {
    return { found: true, path: process.env.ELECTRON_PATH };
  }
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      found: false,
      reason: `the Electron binary is not installed (${pathFile} is missing: the download needs a network this machine does not reach)`,
    };
  }
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `the Electron binary ${binary} is missing` };
}
