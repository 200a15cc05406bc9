/**
 * The Node versions the project is proven on: everything runs and is tested
 * on Node 20 (CI: 20.20); packaging needs Node 22.12 or later, which
 * electron-builder 26, @electron/fuses and Electron 45's tools declare.
 */

export const TESTED_NODE = '20.19';
export const PACKAGING_NODE = '22.12';

/** `v20.20.2` or `20.20.2` → [20, 20, 2]. */
export function parseVersion(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version
    .replace(/^v/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
}

/** True when `version` is at least `minimum`. */
export function atLeast(version: string, minimum: string): boolean {
  const a = parseVersion(version);
  const b = parseVersion(minimum);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** One line for `npm run dist` on a Node too old for packaging; undefined when it is new enough. */
export function packagingNodeNote(version: string): string | undefined {
  if (atLeast(version, PACKAGING_NODE)) return undefined;
  return `npm run dist: Node ${version.replace(/^v/, '')} is older than ${PACKAGING_NODE}, which electron-builder and Electron's packaging tools require; packaging may fail (nvm install 22, then run it again).`;
}
