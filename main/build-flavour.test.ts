import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFlavour } from './build-flavour';

describe('buildFlavour', () => {
  it.each([
    ['the e2e build', '{"name":"k","kioskBuild":"e2e"}', 'e2e'],
    ['the shipped build', '{"name":"k"}', 'shipped'],
    ['a damaged manifest', '{', 'shipped'],
    ['no manifest', undefined, 'shipped'],
  ])('%s → %s', (_case, text, flavour) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-app-'));
    if (text !== undefined) writeFileSync(path.join(dir, 'package.json'), text);
    expect(buildFlavour(dir)).toBe(flavour);
  });
});
