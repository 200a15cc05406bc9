import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArgs, runCheckAndExit, type CheckHost } from './check-run';

const repo = fileURLToPath(new URL('../', import.meta.url));
const screen = { id: 7, bounds: { x: 0, y: 0, width: 1080, height: 1920 } };

function host(overrides: Partial<CheckHost>) {
  const printed: string[] = [];
  const calls: string[] = [];
  const fake: CheckHost = {
    argv: ['/opt/kiosk/bergamo', '--check'],
    defaultApp: false,
    platform: 'linux',
    env: {},
    cwd: '/tmp',
    exePath: '/nonexistent/kiosk/bergamo',
    userData: '/nonexistent/userdata',
    appPath: repo,
    ozonePlatform: '',
    whenReady: () => {
      calls.push('whenReady');
      return Promise.resolve();
    },
    displays: () => {
      calls.push('displays');
      return { all: [screen], primary: screen };
    },
    print: (line) => printed.push(line),
    exit: (code) => calls.push(`exit ${code}`),
    ...overrides,
  };
  return { fake, printed, calls };
}

describe('checkArgs', () => {
  it.each([
    ['packaged', ['/opt/k/bergamo', '--check', '--mode=signage'], false, ['--mode=signage']],
    ['electron .', ['/x/electron', '.', '--check', '--config', 'k.json'], true, ['--config', 'k.json']],
  ])('%s', (_name, argv, defaultApp, expected) => {
    expect(checkArgs(argv, defaultApp)).toEqual(expected);
  });
});

describe('runCheckAndExit', () => {
  it('reads the screens only once ready, reports and exits 0 with the bundled data', async () => {
    const { fake, printed, calls } = host({});
    await runCheckAndExit(fake);
    expect(calls).toEqual(['whenReady', 'displays', 'exit 0']);
    expect(printed.at(-1)).toMatch(/^check passed: .*display primary \(1080x1920, 1 connected\)/);
  });

  it('a display that is not connected is a problem (the show would use the primary): exit 1', async () => {
    const { fake, printed, calls } = host({ argv: ['/opt/k/bergamo', '--check', '--screen=2'] });
    await runCheckAndExit(fake);
    expect(calls.at(-1)).toBe('exit 1');
    expect(printed[0]).toBe(
      'command line: display: display 2 does not exist (1 connected, numbered from 0); using the primary display',
    );
  });

  it('on the headless platform the screens are not read, and the display is only noted', async () => {
    const { fake, printed, calls } = host({
      argv: ['/opt/k/bergamo', '--check', '--screen=1', '--ozone-platform=headless'],
      ozonePlatform: 'headless',
    });
    await runCheckAndExit(fake);
    expect(calls).toEqual(['whenReady', 'exit 0']);
    expect(printed).toContain(
      "note: display 1 is not checked here (no screen access); run the app's --check on the kiosk",
    );
  });

  it('a usage error exits 2', async () => {
    const { fake, calls } = host({ argv: ['/opt/k/bergamo', '--check', '--config'] });
    await runCheckAndExit(fake);
    expect(calls.at(-1)).toBe('exit 2');
  });
});
