import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../app/config/settings';
import { configCandidates, executableDir, loadConfig, resolveContentFolder } from './config';

const exeDir = path.resolve('/opt/kiosk');
const userData = path.resolve('/var/kiosk-data');

describe('configCandidates', () => {
  it('searches --config, then beside the executable, then userData', () => {
    expect(
      configCandidates({
        argv: ['k', '--config', 'fiera.json'],
        cwd: path.resolve('/media/usb'),
        exeDir,
        userData,
      }),
    ).toEqual([
      { path: path.resolve('/media/usb/fiera.json'), origin: 'command line' },
      { path: path.join(exeDir, 'kiosk.config.json'), origin: 'beside the app' },
      { path: path.join(userData, 'kiosk.config.json'), origin: 'user data' },
    ]);
  });
});

describe('loadConfig from disk', () => {
  function folderWith(text: string | undefined): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-config-'));
    if (text !== undefined) writeFileSync(path.join(dir, 'kiosk.config.json'), text);
    return dir;
  }

  it('reads the file beside the executable, flags on top', async () => {
    const dir = folderWith('{"mode": "signage", "rotation": 90}');
    const loaded = await loadConfig({
      argv: ['k', '--rotation=270'],
      cwd: dir,
      exeDir: dir,
      userData: '/nonexistent',
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings).toMatchObject({ mode: 'signage', rotation: 270 });
  });

  it('falls back to userData', async () => {
    const dir = folderWith('{"language": "en"}');
    const loaded = await loadConfig({ argv: ['k'], cwd: dir, exeDir: '/nonexistent', userData: dir });
    expect(loaded.file?.origin).toBe('user data');
    expect(loaded.settings.language).toBe('en');
  });

  it('reports a --config file that does not exist, and runs on the defaults', async () => {
    const loaded = await loadConfig({
      argv: ['k', '--config=/nonexistent/k.json'],
      cwd: '/',
      exeDir: '/nonexistent',
      userData: '/nonexistent',
    });
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems).toEqual([
      { file: path.resolve('/nonexistent/k.json'), path: '', message: 'file not found' },
    ]);
  });

  it('reports a folder given as the config file', async () => {
    const dir = folderWith(undefined);
    const loaded = await loadConfig({ argv: ['k', `--config=${dir}`], cwd: '/', exeDir: dir, userData: dir });
    expect(loaded.problems[0]?.message).toBe('is a folder, expected a file');
  });

  it('runs on the defaults with no config anywhere', async () => {
    const loaded = await loadConfig({
      argv: ['k'],
      cwd: '/',
      exeDir: '/nonexistent',
      userData: '/nonexistent',
    });
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

describe('resolveContentFolder', () => {
  it.each([
    ['', undefined, ''],
    ['contenuti', path.resolve('/media/usb/kiosk.config.json'), path.resolve('/media/usb/contenuti')],
    ['contenuti', undefined, path.join(exeDir, 'contenuti')],
    [path.resolve('/srv/c'), path.resolve('/media/usb/kiosk.config.json'), path.resolve('/srv/c')],
  ])('%j (config %s) → %s', (folder, configPath, expected) => {
    const loaded = {
      settings: DEFAULT_SETTINGS,
      problems: [],
      ...(configPath ? { file: { path: configPath, origin: 'beside the app' as const } } : {}),
    };
    expect(resolveContentFolder(folder, loaded, exeDir)).toBe(expected);
  });
});

describe('executableDir', () => {
  it.each([
    [
      'a Windows portable build',
      'C:/Temp/x/bergamo.exe',
      { PORTABLE_EXECUTABLE_DIR: 'D:/fiera' },
      'win32',
      'D:/fiera',
    ],
    [
      'an AppImage',
      '/tmp/.mount_x/bergamo',
      { APPIMAGE: '/home/k/Apps/bergamo.AppImage' },
      'linux',
      '/home/k/Apps',
    ],
    ['a macOS bundle', '/Applications/Bergamo.app/Contents/MacOS/Bergamo', {}, 'darwin', '/Applications'],
    ['an installed Linux app', '/opt/Bergamo/bergamo', {}, 'linux', '/opt/Bergamo'],
  ])('%s', (_case, exe, env, platform, expected) => {
    expect(executableDir(exe, env, platform)).toBe(expected);
  });
});
