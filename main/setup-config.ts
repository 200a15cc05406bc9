/**
 * Step 2 of the boot: the exhibitor's config. Reading starts before ready,
 * asynchronously, so the operator's disk never stops main (nothing before
 * ready depends on it); once it is read, what was found is logged, each
 * rejected key and a default admin PIN included.
 */
import type { LoadedSettings } from '../app/config/config-file';
import { DEFAULT_ADMIN_PIN } from '../app/config/settings';
import { describeProblem } from '../app/content/problems';
import { executableDir, loadConfig } from './config';
import type { BootContext } from './boot-context';

export interface HostConfig {
  readonly loaded: LoadedSettings;
  /** The folder of the executable: relative content folders may start there. */
  readonly exeDir: string;
}

/** Starts reading the config; the returned function waits for it and logs what was found (once). */
export function setupConfig(
  ctx: Pick<BootContext, 'process' | 'userData' | 'log'>,
  /** app.getPath('exe'). */
  exePath: string,
  load: typeof loadConfig = loadConfig,
): () => Promise<HostConfig> {
  const { process, log } = ctx;
  const exeDir = executableDir(exePath, process.env, process.platform);
  const reading = load({ argv: process.argv, cwd: process.cwd(), exeDir, userData: ctx.userData });
  let told: Promise<HostConfig> | undefined;
  return () =>
    (told ??= reading.then((loaded) => {
      const { settings, file } = loaded;
      log.info(
        `config: ${file ? `${file.path} (${file.origin})` : 'no config file, defaults'}; mode ${settings.mode}`,
      );
      for (const problem of loaded.problems) log.warn(`config: ${describeProblem(problem)}`);
      if (settings.adminPin === DEFAULT_ADMIN_PIN && settings.mode !== 'presentation') {
        log.warn('config: the admin PIN is the default one; set "adminPin" in the config file');
      }
      return { loaded, exeDir };
    }));
}
