/**
 * What the icon set is, shared by the script that makes it (icons.ts) and the
 * check that electron-builder finds it (electron-builder-config.test.ts): the
 * file names, the Linux sizes, and the stamp that ties the set to its source.
 */
import { createHash } from 'node:crypto';

/** The icon files electron-builder looks for in its build resources (assets/build/), made by icons.ts. */
export const ICON_OUTPUTS = { png: 'icon.png', ico: 'icon.ico', icns: 'icon.icns' } as const;

/** Linux desktop icon sizes (hicolor theme); electron-builder reads them from icons/NxN.png. */
export const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Where icons.ts records which source the icons were made from. */
export const ICON_SOURCE_STAMP = 'icon-source.sha256';

/** The source's fingerprint; line endings are normalised so a Windows checkout stamps the same. */
export function iconSourceHash(svg: string): string {
  return createHash('sha256').update(svg.replace(/\r\n/g, '\n')).digest('hex');
}
