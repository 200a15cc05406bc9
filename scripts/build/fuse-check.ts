/** Compares the fuses read back from a packaged binary with the wire fuses.mjs flips. */
import { FuseState, FuseV1Options } from '@electron/fuses';

/** Each fuse whose state in the binary differs from the expected wire, as "Name: expected X, found Y". */
export function fuseMismatches(
  found: Readonly<Record<number, unknown>>,
  expected: Readonly<Record<number, unknown>>,
): string[] {
  const name = (state: unknown) =>
    state === FuseState.ENABLE ? 'on' : state === FuseState.DISABLE ? 'off' : `state ${String(state)}`;
  return Object.values(FuseV1Options)
    .filter((fuse): fuse is number => typeof fuse === 'number' && typeof expected[fuse] === 'boolean')
    .flatMap((fuse) => {
      const want = expected[fuse] ? FuseState.ENABLE : FuseState.DISABLE;
      return found[fuse] === want
        ? []
        : [`${FuseV1Options[fuse]}: expected ${name(want)}, found ${name(found[fuse])}`];
    });
}
