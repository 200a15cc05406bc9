/**
 * The file to start again, for the GPU fallback relaunch and the autostart
 * entry. `app.relaunch()` and the login item start `process.execPath`, which
 * for an AppImage is inside its FUSE mount and for the Windows portable build
 * inside a temporary folder: both are gone once the app exits
 * (electron-userland/electron-builder#1727, #4650). Their launchers say where
 * the real file is: `APPIMAGE` (AppImage runtime) and `PORTABLE_EXECUTABLE_FILE`
 * (electron-builder's portable launcher).
 */

/** The file the operator launched: the AppImage or the portable .exe where there is one. */
export function launcherPath(
  execPath: string,
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): string {
  if (platform === 'linux' && env.APPIMAGE) return env.APPIMAGE;
  if (platform === 'win32' && env.PORTABLE_EXECUTABLE_FILE) return env.PORTABLE_EXECUTABLE_FILE;
  return execPath;
}

/** Options for `app.relaunch()`, or undefined when Electron's own default (execPath) is right. */
export function relaunchOptions(
  execPath: string,
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
  argv: readonly string[],
): { execPath: string; args: string[] } | undefined {
  const launcher = launcherPath(execPath, env, platform);
  if (launcher === execPath) return undefined;
  return { execPath: launcher, args: argv.slice(1) };
}
