import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseConfig, packagedBinary } from './fuses.mjs';

const ALL_FUSES = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');

describe('fuseConfig', () => {
  it('sets every fuse the installed @electron/fuses knows, strictly', () => {
    const config = fuseConfig() as unknown as Record<string, unknown>;
    expect(config.strictlyRequireAllFuses).toBe(true);
    for (const fuse of ALL_FUSES) expect(typeof config[fuse], FuseV1Options[fuse]).toBe('boolean');
  });

  it.each([
    ['RunAsNode', false],
    ['EnableNodeOptionsEnvironmentVariable', false],
    ['EnableNodeCliInspectArguments', false],
    ['EnableEmbeddedAsarIntegrityValidation', true],
    ['OnlyLoadAppFromAsar', true],
    ['GrantFileProtocolExtraPrivileges', false],
    ['EnableCookieEncryption', true],
  ] as const)('shipped build: %s = %s', (name, value) => {
    expect((fuseConfig('shipped') as unknown as Record<number, boolean>)[FuseV1Options[name]]).toBe(value);
  });

  it('the e2e flavour differs only in the inspect arguments Playwright needs', () => {
    const shipped = fuseConfig('shipped') as unknown as Record<number, boolean>;
    const e2e = fuseConfig('e2e') as unknown as Record<number, boolean>;
    const differing = ALL_FUSES.filter((fuse) => shipped[fuse] !== e2e[fuse]);
    expect(differing).toEqual([FuseV1Options.EnableNodeCliInspectArguments]);
    expect(e2e[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
  });

  it('refuses an unknown flavour', () => {
    expect(() => fuseConfig('dev')).toThrow(/unknown fuse flavour/);
  });
});

describe('packagedBinary', () => {
  const packager = { appInfo: { productFilename: 'Bergamo' }, executableName: 'bergamo-manifattura-kiosk' };
  it.each([
    ['darwin', 'Bergamo.app'],
    ['win32', 'Bergamo.exe'],
    ['linux', 'bergamo-manifattura-kiosk'],
  ])('%s → %s', (platform, file) => {
    expect(packagedBinary({ appOutDir: '/out', electronPlatformName: platform, packager })).toBe(
      path.join('/out', file),
    );
  });
});
