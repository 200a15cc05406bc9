/**
 * Which packaged flavour runs: the e2e build (`npm run dist:e2e`) writes
 * `"kioskBuild": "e2e"` into the packaged package.json (electron-builder's
 * `extraMetadata`), which lives inside the asar with the code, so it cannot
 * be switched from the command line or the environment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** 'e2e' for the Playwright build, else 'shipped'. Never throws. */
export function buildFlavour(appPath: string): 'e2e' | 'shipped' {
  try {
    const manifest = JSON.parse(readFileSync(path.join(appPath, 'package.json'), 'utf8')) as {
      kioskBuild?: unknown;
    };
    return manifest.kioskBuild === 'e2e' ? 'e2e' : 'shipped';
  } catch {
    return 'shipped';
  }
}
