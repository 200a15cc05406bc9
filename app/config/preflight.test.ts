import { describe, expect, it } from 'vitest';
import { preflightReport, usageErrors, usageReport, wantsCheck } from './preflight';

describe('wantsCheck', () => {
  it.each([
    [['/opt/kiosk/bergamo', '--check'], true],
    [['/opt/kiosk/bergamo', '--config', 'k.json'], false],
    [['/opt/kiosk/bergamo', '--checked'], false],
  ])('%j → %s', (argv, expected) => {
    expect(wantsCheck(argv)).toBe(expected);
  });
});

describe('usageErrors', () => {
  it.each([
    ['nothing', [], []],
    ['show flags', ['--config', 'k.json', '--mode=signage', '--content-folder=D:\\c'], []],
    ['--config= with a path', ['--config=k.json'], []],
    ["Chromium switches are the shell's business", ['--no-sandbox', '--ozone-platform=headless'], []],
    ['a macOS Finder process id', ['-psn_0_12345'], []],
    ['--config at the end', ['--config'], ['--config needs a file: --config PATH']],
    ['--config followed by a flag', ['--config', '--mode=kiosk'], ['--config needs a file: --config PATH']],
    ['--config= empty', ['--config='], ['--config= needs a file: --config=PATH']],
    [
      'a value after a space',
      ['--content-folder', 'E:\\contenuti'],
      ['unexpected argument "E:\\contenuti": give the value with "=", e.g. --content-folder=E:\\contenuti'],
    ],
    ['a bare word', ['kiosk.config.json'], ['unexpected argument "kiosk.config.json"']],
  ])('%s', (_name, args, expected) => {
    expect(usageErrors(args)).toEqual(expected);
  });
});

describe('preflightReport', () => {
  const using = 'config k.json; kiosk mode; the bundled content; display primary';

  it('no problems: a passing summary and exit 0, notes shown but not counted', () => {
    const report = preflightReport({ problems: [], notes: ['display 1 is not checked here'], using });
    expect(report.exitCode).toBe(0);
    expect(report.lines).toEqual([
      'note: display 1 is not checked here',
      `check passed: the show would start with these files unchanged (${using})`,
    ]);
  });

  it('problems: one line each (file, place, problem), then the summary, exit 1', () => {
    const report = preflightReport({
      problems: [
        { file: 'k.json', path: 'slideSeconds', message: 'too small' },
        { file: 'usb/', path: '', message: 'did not validate' },
      ],
      notes: [],
      using,
    });
    expect(report.exitCode).toBe(1);
    expect(report.lines).toEqual([
      'k.json: slideSeconds: too small',
      'usb/: did not validate',
      `check failed: 2 problems; the show would start, but not as configured (${using})`,
    ]);
  });

  it('usage errors: each one, then the usage, exit 2', () => {
    const report = usageReport(['--config needs a file: --config PATH']);
    expect(report.exitCode).toBe(2);
    expect(report.lines[0]).toBe('usage error: --config needs a file: --config PATH');
    expect(report.lines[1]).toMatch(/^usage: --check /);
  });
});
