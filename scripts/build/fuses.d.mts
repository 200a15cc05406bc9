/** Types of fuses.mjs, for the TypeScript that calls it (check-fuses.ts, its tests). */
import type { FuseV1Config } from '@electron/fuses';

export interface AfterPackContextLike {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: {
    readonly appInfo: { readonly productFilename: string };
    readonly executableName: string;
  };
}

export function fuseConfig(flavour?: string, platform?: string): FuseV1Config;
export function packagedBinary(context: AfterPackContextLike): string;
export function afterPack(context: AfterPackContextLike): Promise<void>;
export default afterPack;
