/**
 * Rotating log files in userData/logs through electron-log: main.log up to
 * 1 MB, then main.1.log … main.5.log, so a week at a fair fits in a few MB.
 */
import { renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import log from 'electron-log/main';
import { createLogger, rotationRenames, type Logger } from './log';

export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILES_KEPT = 5;

/** Sets electron-log up in `userData/logs` and returns the app's logger. */
export function setupFileLog(userData: string): Logger {
  const file = path.join(userData, 'logs', 'main.log');
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.archiveLogFn = (oldFile) => {
    const current = oldFile.toString();
    const renames = rotationRenames(current, LOG_FILES_KEPT);
    const oldest = renames[0]?.[1];
    if (oldest) rmSync(oldest, { force: true });
    for (const [from, to] of renames) {
      try {
        renameSync(from, to);
      } catch {
        // A missing older file is normal until the log has rotated that often.
      }
    }
  };
  log.transports.file.format = '[{iso}] [{level}] {text}';
  log.transports.console.level = 'info';
  log.errorHandler.stopCatching();
  return createLogger((level, line) => log[level](line), [os.homedir()]);
}
