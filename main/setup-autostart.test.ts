/** The autostart step: only a packaged build registers itself, as configured. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_FILE_NAME } from './autostart';
import { setupAutostart } from './setup-autostart';
import { testContext } from './testing/boot-context';

describe('setupAutostart', () => {
  it('a development run registers nothing, and says so when autostart is asked for', () => {
    const ctx = testContext({ production: false });
    const app = { setLoginItemSettings: vi.fn() };
    setupAutostart(ctx, app, true);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    expect(ctx.lines).toEqual(['info autostart: only set up by a packaged build']);
  });

  it.each([
    ['win32', true],
    ['darwin', false],
  ] as const)('a packaged build on %s sets the login item to %s', (platform, enabled) => {
    const ctx = testContext({ process: { platform } });
    const app = { setLoginItemSettings: vi.fn() };
    setupAutostart(ctx, app, enabled);
    expect(app.setLoginItemSettings).toHaveBeenCalledWith(expect.objectContaining({ openAtLogin: enabled }));
  });

  it('a packaged build on Linux writes its desktop entry in $XDG_CONFIG_HOME/autostart', () => {
    const base = testContext();
    const ctx = testContext({ process: { env: { XDG_CONFIG_HOME: base.userData } } });
    setupAutostart(ctx, { setLoginItemSettings: vi.fn() }, true);
    const file = path.join(base.userData, 'autostart', DESKTOP_FILE_NAME);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('Exec=');
  });
});
