import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, electronDownloadHost, missingElectronMessage } from './electron-binary';

const dir = '/repo/node_modules/electron';

function files(existing: Record<string, string>) {
  return { exists: (file: string) => file in existing, readText: (file: string) => existing[file] ?? '' };
}

describe('electronBinary', () => {
  it.each([
    [
      'installed',
      {},
      { [`${dir}/path.txt`]: 'electron', [`${dir}/dist/electron`]: '' },
      `${dir}/dist/electron`,
      undefined,
    ],
    ['no path.txt (never downloaded)', {}, {}, undefined, `${dir}/path.txt`],
    ['path.txt but no binary', {}, { [`${dir}/path.txt`]: 'electron\n' }, undefined, `${dir}/dist/electron`],
    [
      'macOS name in path.txt',
      {},
      {
        [`${dir}/path.txt`]: 'Electron.app/Contents/MacOS/Electron',
        [`${dir}/dist/Electron.app/Contents/MacOS/Electron`]: '',
      },
      `${dir}/dist/Electron.app/Contents/MacOS/Electron`,
      undefined,
    ],
    [
      'ELECTRON_OVERRIDE_DIST_PATH',
      { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' },
      { '/opt/e/electron': '' },
      '/opt/e/electron',
      undefined,
    ],
    [
      'ELECTRON_OVERRIDE_DIST_PATH empty',
      { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' },
      {},
      undefined,
      '/opt/e/electron',
    ],
  ])('%s', (_name, env, existing, installedAt, missing) => {
    const result = electronBinary(dir, env, files(existing));
    if (installedAt) expect(result).toEqual({ installed: true, path: path.normalize(installedAt) });
    else expect(result).toEqual({ installed: false, missing: path.normalize(missing!) });
  });
});

describe('electronDownloadHost', () => {
  it.each([
    [{}, 'https://github.com/electron/electron/releases/'],
    [
      { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' },
      'https://npmmirror.com/mirrors/electron/',
    ],
    [{ npm_config_electron_mirror: 'https://m.example/' }, 'https://m.example/'],
  ])('%j → %s', (env, expected) => {
    expect(electronDownloadHost(env)).toBe(expected);
  });
});

describe('missingElectronMessage', () => {
  it('says what is missing, why, and how to get it', () => {
    const message = missingElectronMessage(
      `${dir}/path.txt`,
      'github.com is unreachable (ENOTFOUND)',
      'https://github.com/',
    );
    expect(message).toContain(`${dir}/path.txt is missing`);
    expect(message).toContain('github.com is unreachable (ENOTFOUND)');
    expect(message).toContain('node node_modules/electron/install.js');
    expect(message).toContain('ELECTRON_MIRROR');
  });
});
