/** Where the packaged app keeps its parts, relative to `app.getAppPath()`. */
import path from 'node:path';

export interface AppPaths {
  /** The web bundle, served through the app scheme. */
  readonly renderer: string;
  /** The bundled content (report and UI strings). */
  readonly data: string;
  readonly preload: string;
}

export function appPaths(appRoot: string): AppPaths {
  return {
    renderer: path.join(appRoot, 'dist', 'web'),
    data: path.join(appRoot, 'data'),
    preload: path.join(appRoot, 'out', 'preload', 'preload.cjs'),
  };
}
