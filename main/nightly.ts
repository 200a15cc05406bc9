/**
 * The optional nightly soft reload: reloads the page at the configured local
 * time every day, which clears slow memory growth without a restart.
 */
import { msUntilNext, parseClockTime } from '../app/kiosk/schedule';
import type { Logger } from './log';

export interface NightlyOptions {
  readonly time: string;
  readonly now: () => Date;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly reload: () => void;
  readonly log: Logger;
}

/** Arms the daily reload; returns false when no time is configured. */
export function scheduleNightlyReload(options: NightlyOptions): boolean {
  const time = parseClockTime(options.time);
  if (!time) return false;
  const arm = () => {
    const wait = msUntilNext(time, options.now());
    options.setTimeout(() => {
      options.log.info(`nightly reload at ${options.time}`);
      try {
        options.reload();
      } finally {
        arm();
      }
    }, wait);
  };
  arm();
  options.log.info(`nightly reload armed for ${options.time} local time`);
  return true;
}
