/** The config step: read once, asynchronously, and what was found is logged once. */
import { describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../app/config/config-file';
import { setupConfig } from './setup-config';
import { testContext } from './testing/boot-context';

describe('setupConfig', () => {
  it.each([
    ['kiosk with the default PIN', ['--mode=kiosk'], true],
    ['signage with the default PIN', ['--mode=signage'], true],
    ['presentation with the default PIN', ['--mode=presentation'], false],
    ['kiosk with its own PIN', ['--mode=kiosk', '--admin-pin=97531'], false],
  ])('%s: warns about the default PIN: %s', async (_case, flags, warned) => {
    const ctx = testContext({ process: { argv: ['k', ...flags] } });
    const read = setupConfig(ctx, '/opt/kiosk/bergamo', (places) =>
      Promise.resolve(loadSettings(places.argv, undefined, undefined)),
    );
    await read();
    expect(ctx.lines.some((line) => line.includes('the admin PIN is the default one'))).toBe(warned);
  });

  it('starts reading at once, and reads and logs once however often it is awaited', async () => {
    const ctx = testContext({ process: { argv: ['k', '--slide-seconds=abc'] } });
    const load = vi.fn((places: { argv: readonly string[] }) =>
      Promise.resolve(loadSettings(places.argv, undefined, undefined)),
    );
    const read = setupConfig(ctx, '/opt/kiosk/bergamo', load);
    expect(load).toHaveBeenCalledOnce();
    const [first, second] = await Promise.all([read(), read()]);
    expect(second).toBe(first);
    expect(first.exeDir).toBe('/opt/kiosk');
    expect(ctx.lines.filter((line) => line.startsWith('info config: '))).toEqual([
      'info config: no config file, defaults; mode kiosk',
    ]);
    expect(ctx.lines.filter((line) => line.startsWith('warn config: ')).length).toBeGreaterThan(0);
  });
});
