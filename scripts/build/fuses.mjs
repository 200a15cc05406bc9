/**
 * electron-builder's afterPack hook: flips the Electron fuses of the packaged
 * binary before it is signed. Every fuse is set explicitly
 * (strictlyRequireAllFuses), so an Electron upgrade that adds a fuse fails the
 * build instead of silently inheriting a default.
 *
 * KIOSK_FUSES=e2e keeps the inspect arguments on: Playwright's Electron driver
 * starts the app with --inspect, so an e2e run of a packaged build needs them.
 * The shipped build (the default) has them off.
 */
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuse wire for a flavour: 'shipped' (default) or 'e2e'. */
export function fuseConfig(flavour = 'shipped', platform = process.platform) {
  if (flavour !== 'shipped' && flavour !== 'e2e') throw new Error(`unknown fuse flavour "${flavour}"`);
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping fuses breaks the ad-hoc signature of an arm64 macOS binary; electron-builder signs afterwards.
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: flavour === 'e2e',
    // Checked on macOS and Windows only; Linux has no ASAR integrity check.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    [FuseV1Options.WasmTrapHandlers]: true,
  };
}

/** The packaged Electron binary electron-builder just wrote. */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32')
    return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

export async function afterPack(context) {
  const flavour = process.env.KIOSK_FUSES ?? 'shipped';
  const binary = packagedBinary(context);
  await flipFuses(binary, fuseConfig(flavour, context.electronPlatformName));
  console.log(`  • fuses flipped (${flavour}) in ${binary}`);
}

export default afterPack;
