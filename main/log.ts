/**
 * The host's log: one small interface the rest of main writes to, so the
 * modules can be tested with a fake, and every line passes the personal-data
 * filter (home folders and user names in paths) before it reaches a file.
 * `log-file.ts` connects it to electron-log's rotating files in userData.
 */
import { redactPersonalData } from '../app/kiosk/recent-errors';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Where lines go once redacted (electron-log in the app, an array in tests). */
export type LogSink = (level: keyof Logger, line: string) => void;

/** A logger that redacts each line and never throws, whatever the sink does. */
export function createLogger(sink: LogSink, homes: readonly string[] = []): Logger {
  const write = (level: keyof Logger) => (message: string) => {
    try {
      sink(level, redactPersonalData(message, homes));
    } catch {
      // A full disk or a locked file must not take the show down with it.
    }
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/** One line for an error of unknown shape, with the stack's first frames. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const frames = (error.stack ?? '')
      .split('\n')
      .slice(1, 4)
      .map((l) => l.trim());
    return [`${error.name}: ${error.message}`, ...frames].join(' | ');
  }
  return String(error);
}

/**
 * The renames that rotate `main.log` keeping `keep` old files:
 * main.4.log → main.5.log, …, main.log → main.1.log (oldest first, so
 * nothing is overwritten before it has moved).
 */
export function rotationRenames(file: string, keep: number): [from: string, to: string][] {
  const dot = file.lastIndexOf('.');
  const stem = dot > file.lastIndexOf('/') && dot > file.lastIndexOf('\\') ? file.slice(0, dot) : file;
  const ext = stem === file ? '' : file.slice(dot);
  const numbered = (n: number) => `${stem}.${n}${ext}`;
  const renames: [string, string][] = [];
  for (let n = keep - 1; n >= 1; n--) renames.push([numbered(n), numbered(n + 1)]);
  renames.push([file, numbered(1)]);
  return renames;
}
