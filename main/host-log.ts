/**
 * The host's one log: every line goes to the log file, and every error also
 * to the recent-errors list the admin status shows. Also the one place that
 * knows the home folder, which never reaches the screen (status panel,
 * problems notice) nor the list.
 */
import os from 'node:os';
import {
  RecentErrors,
  redactPersonalData,
  redactProblems,
  type RecentError,
} from '../app/kiosk/recent-errors';
import type { Logger } from './log';

const HOMES = [os.homedir()];

/** `text` without the home folder or any user name in a path. */
export function redactHome(text: string): string {
  return redactPersonalData(text, HOMES);
}

/** Problems as the on-screen notice may show them: without the home folder or user names. */
export function redactHomeProblems<P extends { readonly file: string; readonly message: string }>(
  problems: readonly P[],
): P[] {
  return redactProblems(problems, HOMES);
}

export interface HostLog extends Logger {
  /** The last errors since start, oldest first, as the admin status lists them. */
  lastErrors(): readonly RecentError[];
}

/** Wraps the file log so that each error is also kept, redacted, for the admin status. */
export function createHostLog(
  file: Logger,
  now: () => Date = () => new Date(),
  recent: RecentErrors = new RecentErrors(),
): HostLog {
  return {
    info: (message) => file.info(message),
    warn: (message) => file.warn(message),
    error: (message) => {
      file.error(message);
      recent.add(now(), redactHome(message));
    },
    lastErrors: () => recent.list(),
  };
}
