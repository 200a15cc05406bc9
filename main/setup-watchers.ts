/**
 * Step 6 of the boot: the watchers that keep a long-running show right. The
 * content folder (each validated change is sent to the page), the display
 * blocker, the nightly reload, and a repaint after the system resumes.
 */
import type { PowerMonitor, PowerSaveBlocker } from 'electron';
import { IPC_EVENTS } from '../app/ipc/contract';
import type { BootContext } from './boot-context';
import { ContentWatcher } from './content-source';
import { scheduleNightlyReload } from './nightly';
import { keepDisplayAwake } from './power';
import { repaintAfterResume } from './recovery';
import { ShowContent } from './setup-content';
import { nodeTimers } from './timers';

export interface WatchersElectron {
  readonly app: { on(event: 'will-quit', listener: () => void): unknown };
  readonly powerMonitor: Pick<PowerMonitor, 'on'>;
  readonly powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;
}

export interface WatchedShow {
  readonly content: ShowContent;
  /** The `nightlyReload` setting: a local time, or '' for none. */
  readonly nightlyReload: string;
  /** Loads the show again in the current window. */
  readonly reload: () => void;
}

/** Starts every watcher. */
export function setupWatchers(
  { host, log, now }: Pick<BootContext, 'host' | 'log' | 'now'>,
  electron: WatchersElectron,
  show: WatchedShow,
): void {
  const { content } = show;
  const { start, folder } = content;
  if (folder !== '' && start.ok) {
    const fromFolder = start.payload.origin === 'folder';
    const watcher = new ContentWatcher({
      folder,
      bundled: start.bundled,
      applied: fromFolder ? start.fingerprint : '',
      rejected: fromFolder ? '' : start.fingerprint,
      log,
      now,
      timers: nodeTimers,
      onUpdate: (payload) => {
        content.accept(payload);
        host.window?.webContents.send(IPC_EVENTS.contentUpdate, ShowContent.onScreen(payload));
      },
      onRejected: () => content.reject(),
    });
    watcher.start();
    electron.app.on('will-quit', () => watcher.stop());
  }

  keepDisplayAwake(electron.powerSaveBlocker, nodeTimers, log);
  scheduleNightlyReload({
    time: show.nightlyReload,
    now: () => new Date(),
    setTimeout: nodeTimers.setTimeout,
    reload: show.reload,
    log,
  });
  electron.powerMonitor.on('resume', () => {
    log.info('power: resumed from sleep');
    const window = host.window;
    if (window)
      repaintAfterResume(window.webContents, {
        log,
        setTimeout: nodeTimers.setTimeout,
        onRecovery: host.countRecovery,
      });
  });
}
