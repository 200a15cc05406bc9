/**
 * The one place that opens an operator's file, and only ever for reading
 * (OPEN_FLAGS has no write, create or truncate bit; read-only-file.test.ts
 * checks it). Reading from an opened descriptor lets every check be made on
 * the file that is actually read.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import type { FileRead } from '../app/content/bundle';

/**
 * Opening never waits: a FIFO opened for reading blocks until a writer comes (open(2)), and
 * O_NONBLOCK makes it return at once so fstat can refuse it. Windows has no such flag (nor FIFOs).
 */
export const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/**
 * Reads a text file, turning every failure into a reason from `describeReadError`. Only a regular file
 * is read (a FIFO would block main forever, a link to /dev/zero would read until memory runs
 * out), its size is checked before reading, and the read stops one byte past the size seen at
 * opening, so a file that grows meanwhile is refused rather than read without end.
 * `afterOpen` is for tests (a file that changes while it is read).
 */
export function readRegularFile(
  file: string,
  maxBytes: number,
  describeReadError: (code: string | undefined) => string,
  afterOpen?: () => void,
): FileRead {
  let fd: number | undefined;
  try {
    // The checks are made on the opened file itself, so a swap after them cannot slip through.
    fd = openSync(file, OPEN_FLAGS);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { problem: describeReadError('EISDIR') };
    if (!stat.isFile()) return { problem: 'not a regular file (a device, a pipe or a socket)' };
    if (stat.size > maxBytes)
      return { problem: `the file is too large (${stat.size} bytes, at most ${maxBytes})` };
    afterOpen?.();
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) break;
    }
    if (length !== stat.size)
      return { problem: 'the file changed while it was read (is a copy still running?)' };
    return { text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { problem: describeReadError((error as NodeJS.ErrnoException).code) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
