/**
 * Packaging cannot run here (it downloads Electron), so its config is checked
 * here instead: electron-builder.yml against the JSON schema electron-builder
 * ships, every file it names, the icon set, and 64-bit x64 + arm64 targets.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { parseConfigText } from '../../app/config/config-file';
import { ICON_OUTPUTS, ICON_SOURCE_STAMP, iconSourceHash, LINUX_ICON_SIZES } from './icon-set';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

interface Target {
  readonly target: string;
  readonly arch?: readonly string[];
}
interface Platform {
  readonly icon?: string;
  readonly target: readonly Target[];
}
interface BuilderConfig {
  readonly directories: { readonly buildResources: string };
  readonly afterPack: string;
  readonly extraResources: readonly { readonly from: string; readonly to: string }[];
  readonly win: Platform;
  readonly mac: Platform;
  readonly linux: Platform;
}

const OSES = ['win', 'mac', 'linux'] as const;

describe('electron-builder.yml', () => {
  let validate: ValidateFunction;
  // The schema is 245 KB: compiling it takes seconds on a busy machine. The limit only guards a hang.
  beforeAll(() => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  }, 120_000);

  it("validates against electron-builder's own schema (app-builder-lib/scheme.json)", () => {
    const valid = validate(config);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    ['an unknown key', { ...config, afterPak: './x.mjs' }],
    ['a wrong type', { ...config, asar: 'yes' }],
    ['an unknown target option', { ...config, nsis: { oneClick: false, perMachin: true } }],
  ])('the same schema rejects %s', (_name, broken) => {
    expect(validate(broken)).toBe(false);
  });

  it.each(OSES)('%s: every target builds 64-bit x64 and arm64, nothing else', (os) => {
    for (const target of config[os].target) {
      expect([...(target.arch ?? [])].sort(), `${os} ${target.target}`).toEqual(['arm64', 'x64']);
    }
  });

  it('linux has an arm64 AppImage and deb (Raspberry-Pi-class players)', () => {
    const arm = config.linux.target.filter((t) => t.arch?.includes('arm64')).map((t) => t.target);
    expect(arm.sort()).toEqual(['AppImage', 'deb']);
  });

  const namedFiles: [string, string[]][] = [
    ['the afterPack hook', [config.afterPack]],
    ['build resources', [config.directories.buildResources]],
    ...OSES.map((os): [string, string[]] => [`the ${os} icon`, [config[os].icon ?? '']]),
    ['every extra resource', config.extraResources.map((r) => r.from)],
  ];
  it.each(namedFiles)('names files that exist: %s', (_name, files) => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file, 'named').not.toBe('');
      expect(existsSync(path.join(root, file)), file).toBe(true);
    }
  });

  it('the example config shipped as an extra resource is valid, so an exhibitor can start from it', () => {
    const example = config.extraResources.find((r) => r.to === 'kiosk.config.example.json')!;
    const parsed = parseConfigText(example.from, readFileSync(path.join(root, example.from), 'utf8'));
    expect(parsed.problems).toEqual([]);
  });
});

describe('the icon set (npm run icons, from assets/icon/icon.svg)', () => {
  const build = path.join(root, 'assets', 'build');
  const png = (file: string) => PNG.sync.read(readFileSync(file));

  it('was made from the current assets/icon/icon.svg (else: npm run icons)', () => {
    const svg = readFileSync(path.join(root, 'assets', 'icon', 'icon.svg'), 'utf8');
    expect(readFileSync(path.join(build, ICON_SOURCE_STAMP), 'utf8').trim()).toBe(iconSourceHash(svg));
  });

  it('icon.png is 1024 px square, with a transparent corner', () => {
    const image = png(path.join(build, ICON_OUTPUTS.png));
    expect([image.width, image.height]).toEqual([1024, 1024]);
    expect(image.data[3], 'alpha of the top-left pixel').toBe(0);
  });

  it.each([
    [ICON_OUTPUTS.ico, [0, 0, 1, 0]],
    [ICON_OUTPUTS.icns, [...Buffer.from('icns')]],
  ])('%s is an icon file of its kind', (file, magic) => {
    expect([...readFileSync(path.join(build, file)).subarray(0, 4)]).toEqual(magic);
  });

  it('linux: one PNG per size, each of its size', () => {
    const dir = path.join(root, config.linux.icon!);
    expect(readdirSync(dir).sort()).toEqual(LINUX_ICON_SIZES.map((s) => `${s}x${s}.png`).sort());
    for (const size of LINUX_ICON_SIZES) {
      const image = png(path.join(dir, `${size}x${size}.png`));
      expect([image.width, image.height], `${size}`).toEqual([size, size]);
    }
  });
});
