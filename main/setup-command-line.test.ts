/** What the command line decides before the show: a command in place of it, or a refused switch. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { refusesSwitches, runCommandInstead, type CommandLineElectron } from './setup-command-line';
import { testContext } from './testing/boot-context';

/** An app folder of the given build flavour (none: a development tree). */
function appWith(isPackaged: boolean, flavour?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-app-'));
  if (flavour) writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ kioskBuild: flavour }));
  return { isPackaged, getAppPath: () => dir, exit: vi.fn() };
}

describe('refusesSwitches', () => {
  it.each([
    [true, ['--remote-debugging-port=9222'], true],
    [true, ['--inspect=9229'], true],
    [true, ['--no-sandbox'], true],
    [true, ['--config=/media/usb/kiosk.config.json'], false],
    [false, ['--inspect=9229'], false],
  ])('packaged %s with %j: refused %s', (isPackaged, flags, refused) => {
    const app = appWith(isPackaged);
    const ctx = testContext();
    expect(refusesSwitches(app, ['/opt/kiosk/bergamo', ...flags], ctx.log)).toBe(refused);
    expect(app.exit.mock.calls).toEqual(refused ? [[1]] : []);
    expect(ctx.log.lastErrors()).toHaveLength(refused ? 1 : 0);
  });
});

it('the e2e build may be inspected (the Playwright driver needs it)', () => {
  const app = appWith(true, 'e2e');
  expect(refusesSwitches(app, ['/opt/kiosk/bergamo', '--remote-debugging-port=0'], testContext().log)).toBe(
    false,
  );
});

describe('runCommandInstead', () => {
  it('runs nothing for a plain start', () => {
    const ctx = testContext();
    const app = { exit: vi.fn() };
    expect(runCommandInstead(ctx, { app } as unknown as CommandLineElectron)).toBe(false);
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('--export-insight without a folder says how, and exits with 2', async () => {
    const write = vi.fn();
    const ctx = testContext({ process: { argv: ['k', '--export-insight='], stdout: { write } as never } });
    const exited = new Promise((resolve) => {
      expect(runCommandInstead(ctx, { app: { exit: resolve } } as unknown as CommandLineElectron)).toBe(true);
    });
    expect(await exited).toBe(2);
    expect(write).toHaveBeenCalledWith('--export-insight needs a folder: --export-insight=FOLDER\n');
  });
});
