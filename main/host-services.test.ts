/** Power, single instance, boot record, process guards, nightly reload, autostart. */
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { App, PowerSaveBlocker } from 'electron';
import { FRESH_BOOT_RECORD } from '../app/kiosk/boot-guard';
import { applyAutostart, relaunchArgs, DESKTOP_FILE_NAME, type AutostartHost } from './autostart';
import { readBootRecord, writeBootRecord } from './boot-state';
import { createLogger } from './log';
import { scheduleNightlyReload } from './nightly';
import { keepDisplayAwake } from './power';
import { guardProcess, type ProcessLike } from './process-guards';
import { claimSingleInstance } from './single-instance';
import { FakeClock } from './testing/fakes';

const quiet = () => createLogger(() => {});

describe('keepDisplayAwake', () => {
  it('holds one display blocker, starts it again if it stopped, and releases it', () => {
    const started = new Set<number>();
    let next = 1;
    const blocker = {
      start: vi.fn(() => {
        started.add(next);
        return next++;
      }),
      stop: vi.fn((id: number) => started.delete(id)),
      isStarted: (id: number) => started.has(id),
    };
    const clock = new FakeClock();
    const release = keepDisplayAwake(
      blocker as unknown as Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>,
      clock,
      quiet(),
    );
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    clock.advance(5 * 60_000);
    expect(blocker.start).toHaveBeenCalledOnce();
    started.clear();
    clock.advance(60_000);
    expect(blocker.start).toHaveBeenCalledTimes(2);
    release();
    expect(blocker.stop).toHaveBeenCalledWith(2);
    expect(clock.pending).toBe(0);
  });
});

describe('claimSingleInstance', () => {
  it.each([
    [true, true],
    [false, false],
  ])('lock granted %s → keeps running %s; a second launch focuses the first', (granted, expected) => {
    const app = new EventEmitter() as EventEmitter & Pick<App, 'requestSingleInstanceLock'>;
    app.requestSingleInstanceLock = () => granted;
    const focus = vi.fn();
    expect(
      claimSingleInstance(app as unknown as Pick<App, 'requestSingleInstanceLock' | 'on'>, focus, quiet()),
    ).toBe(expected);
    app.emit('second-instance', {}, ['app'], '/');
    expect(focus).toHaveBeenCalledTimes(granted ? 1 : 0);
  });
});

describe('the boot record file', () => {
  it('round-trips, and a damaged or missing file reads as fresh', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-boot-'));
    const file = path.join(dir, 'kiosk-state.json');
    expect(readBootRecord(file)).toEqual(FRESH_BOOT_RECORD);
    const record = { unconfirmedBoots: [1, 2], gpuCrashes: [], hardwareAcceleration: false };
    expect(writeBootRecord(file, record)).toBe(true);
    expect(readBootRecord(file)).toEqual(record);
    writeFileSync(file, '{"unconfirmedBoots": [1,');
    expect(readBootRecord(file)).toEqual(FRESH_BOOT_RECORD);
    expect(writeBootRecord(path.join(dir, 'missing', 'x.json'), record)).toBe(false);
  });
});

describe('guardProcess', () => {
  it('logs uncaught errors and rejections, and keeps the process alive', () => {
    const proc = new EventEmitter();
    const lines: string[] = [];
    const seen: string[] = [];
    guardProcess(
      proc as unknown as ProcessLike,
      createLogger((level, line) => lines.push(`${level} ${line}`)),
      (m) => seen.push(m),
    );
    proc.emit('uncaughtException', new RangeError('boom'));
    proc.emit('unhandledRejection', 'nope', Promise.resolve());
    expect(lines[0]).toMatch(/^error uncaught error in main: RangeError: boom/);
    expect(lines[1]).toBe('error unhandled promise rejection in main: nope');
    expect(seen).toHaveLength(2);
  });
});

describe('scheduleNightlyReload', () => {
  it('reloads at the configured time every day', () => {
    const clock = new FakeClock();
    const start = new Date(2026, 10, 25, 22, 0).getTime();
    const reload = vi.fn();
    const armed = scheduleNightlyReload({
      time: '04:00',
      now: () => new Date(start + clock.now),
      setTimeout: clock.setTimeout,
      reload,
      log: quiet(),
    });
    expect(armed).toBe(true);
    clock.advance(6 * 3_600_000 - 1);
    expect(reload).not.toHaveBeenCalled();
    clock.advance(1);
    expect(reload).toHaveBeenCalledOnce();
    clock.advance(24 * 3_600_000);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does nothing when no time is configured', () => {
    const clock = new FakeClock();
    expect(
      scheduleNightlyReload({
        time: '',
        now: () => new Date(),
        setTimeout: clock.setTimeout,
        reload: vi.fn(),
        log: quiet(),
      }),
    ).toBe(false);
    expect(clock.pending).toBe(0);
  });
});

describe('applyAutostart', () => {
  function host(platform: string): AutostartHost & { files: Map<string, string> } {
    const files = new Map<string, string>();
    return {
      platform,
      execPath: '/opt/Bergamo/bergamo',
      args: ['--config', '/media/usb/kiosk.config.json'],
      autostartDir: '/home/k/.config/autostart',
      setLoginItemSettings: vi.fn(),
      writeFile: (file, text) => files.set(file, text),
      removeFile: (file) => files.delete(file),
      makeDir: vi.fn(),
      files,
    };
  }

  it.each(['win32', 'darwin'])('%s: uses the login item', (platform) => {
    const h = host(platform);
    applyAutostart(true, h, quiet());
    expect(h.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      args: ['--config', '/media/usb/kiosk.config.json'],
    });
    applyAutostart(false, h, quiet());
    expect(h.setLoginItemSettings).toHaveBeenLastCalledWith(expect.objectContaining({ openAtLogin: false }));
  });

  it('win32 portable build: the login item starts the portable .exe, not its temporary copy', () => {
    const h = { ...host('win32'), execPath: 'D:\\Kiosk\\Bergamo.exe', exePath: 'C:\\Temp\\2x\\Bergamo.exe' };
    applyAutostart(true, h, quiet());
    expect(h.setLoginItemSettings).toHaveBeenCalledWith(
      expect.objectContaining({ openAtLogin: true, path: 'D:\\Kiosk\\Bergamo.exe' }),
    );
  });

  it('linux: writes and removes a desktop autostart entry', () => {
    const h = host('linux');
    const file = path.join('/home/k/.config/autostart', DESKTOP_FILE_NAME);
    applyAutostart(true, h, quiet());
    expect(h.files.get(file)).toContain('Exec=/opt/Bergamo/bergamo --config /media/usb/kiosk.config.json');
    applyAutostart(false, h, quiet());
    expect(h.files.has(file)).toBe(false);
  });

  it('never throws when the system refuses', () => {
    const h = {
      ...host('linux'),
      writeFile: () => {
        throw new Error('EACCES');
      },
    };
    expect(() => applyAutostart(true, h, quiet())).not.toThrow();
  });

  it('keeps only the config argument for a start at login', () => {
    expect(relaunchArgs(['/opt/b', '.', '--config', 'k.json', '--inspect=0', '--no-sandbox'])).toEqual([
      '--config',
      'k.json',
    ]);
    expect(relaunchArgs(['/opt/b', '--config=/k.json'])).toEqual(['--config=/k.json']);
  });
});
