/**
 * An uncaught error in main is logged and kept for the admin status; it does
 * not end the show. (Node would otherwise print it and exit.)
 */
import { describeError, type Logger } from './log';

export type ProcessLike = Pick<NodeJS.Process, 'on'>;

export function guardProcess(process: ProcessLike, log: Logger, onError: (message: string) => void): void {
  process.on('uncaughtException', (error) => {
    const message = `uncaught error in main: ${describeError(error)}`;
    log.error(message);
    onError(message);
  });
  process.on('unhandledRejection', (reason) => {
    const message = `unhandled promise rejection in main: ${describeError(reason)}`;
    log.error(message);
    onError(message);
  });
}
