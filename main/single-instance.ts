/**
 * One instance only: a second launch (a double click, an autostart racing a
 * supervisor) brings the running window forward and exits.
 */
import type { App } from 'electron';
import type { Logger } from './log';

/** Returns false when another instance holds the lock: this one must quit at once. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  focusExisting: () => void,
  log: Logger,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    log.info('single instance: a second launch was refused; the running window is brought forward');
    focusExisting();
  });
  return true;
}
