import { describe, expect, it } from 'vitest';
import { launcherPath, relaunchOptions } from './relaunch';

const EXE = '/tmp/.mount_BergamXYZ/bergamo';

describe('launcherPath', () => {
  it.each<[string, string, Record<string, string>, string]>([
    [
      'an AppImage (execPath is inside its FUSE mount)',
      'linux',
      { APPIMAGE: '/home/k/Bergamo.AppImage' },
      '/home/k/Bergamo.AppImage',
    ],
    [
      'the Windows portable build (execPath is in a temp folder)',
      'win32',
      { PORTABLE_EXECUTABLE_FILE: 'D:\\Kiosk\\Bergamo.exe' },
      'D:\\Kiosk\\Bergamo.exe',
    ],
    ['an installed build', 'linux', {}, EXE],
    ['an installed Windows build', 'win32', {}, EXE],
    ['a stray APPIMAGE on Windows is ignored', 'win32', { APPIMAGE: '/x.AppImage' }, EXE],
    ['macOS', 'darwin', { APPIMAGE: '/x.AppImage', PORTABLE_EXECUTABLE_FILE: 'x.exe' }, EXE],
  ])('%s', (_case, platform, env, expected) => {
    expect(launcherPath(EXE, env, platform)).toBe(expected);
  });
});

describe('relaunchOptions', () => {
  it('relaunches the file the operator started, with the same arguments', () => {
    expect(
      relaunchOptions(EXE, { APPIMAGE: '/home/k/Bergamo.AppImage' }, 'linux', [EXE, '--config', 'k.json']),
    ).toEqual({ execPath: '/home/k/Bergamo.AppImage', args: ['--config', 'k.json'] });
  });

  it('leaves an installed build to Electron (no options)', () => {
    expect(relaunchOptions(EXE, {}, 'linux', [EXE, '--config', 'k.json'])).toBeUndefined();
  });
});
