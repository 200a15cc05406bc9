import { FuseState, FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseMismatches } from './fuse-check';
import { fuseConfig } from './fuses.mjs';

const expected = fuseConfig('shipped', 'linux') as unknown as Record<number, unknown>;
/** The wire a binary would have if the afterPack hook flipped exactly the expected fuses. */
const flipped = Object.fromEntries(
  Object.entries(expected)
    .filter(([, value]) => typeof value === 'boolean')
    .map(([fuse, value]) => [fuse, value ? FuseState.ENABLE : FuseState.DISABLE]),
);

describe('fuseMismatches', () => {
  it('a binary flipped as shipped: none', () => {
    expect(fuseMismatches(flipped, expected)).toEqual([]);
  });

  it.each([
    ['RunAsNode left on', FuseV1Options.RunAsNode, FuseState.ENABLE, 'RunAsNode: expected off, found on'],
    [
      'asar integrity left off',
      FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      FuseState.DISABLE,
      'EnableEmbeddedAsarIntegrityValidation: expected on, found off',
    ],
    [
      'a fuse removed',
      FuseV1Options.OnlyLoadAppFromAsar,
      FuseState.REMOVED,
      'OnlyLoadAppFromAsar: expected on, found state 114',
    ],
  ])('%s', (_name, fuse, state, line) => {
    expect(fuseMismatches({ ...flipped, [fuse]: state }, expected)).toEqual([line]);
  });
});
