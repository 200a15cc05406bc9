/**
 * Keeps the display awake for the whole show with one power-save blocker,
 * checked every minute and started again if the system dropped it.
 */
import type { PowerSaveBlocker } from 'electron';
import type { Logger } from './log';

export function keepDisplayAwake(
  blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>,
  timers: {
    setInterval: (callback: () => void, ms: number) => unknown;
    clearInterval: (handle: unknown) => void;
  },
  log: Logger,
  checkEveryMs = 60_000,
): () => void {
  let id = blocker.start('prevent-display-sleep');
  log.info('power: the display is kept awake');
  const handle = timers.setInterval(() => {
    if (blocker.isStarted(id)) return;
    id = blocker.start('prevent-display-sleep');
    log.warn('power: the display blocker had stopped; started again');
  }, checkEveryMs);
  return () => {
    timers.clearInterval(handle);
    if (blocker.isStarted(id)) blocker.stop(id);
  };
}
