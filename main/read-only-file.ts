/**
 * The one place that opens an operator's file, and only ever for reading
 * (OPEN_FLAGS has no write, create or truncate bit; read-only-file.test.ts
 * checks it). Reading from an opened handle lets every check be made on the
 * file that is actually read. Every step is asynchronous (node:fs/promises,
 * on libuv's thread pool): a slow or stuck disk, such as a network share that
 * stopped answering, never blocks main's event loop, so the show, its
 * watchdogs and the quit path keep running meanwhile.
 */
import { constants as fsConstants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { FileRead } from '../app/content/bundle';

/**
 * Opening never waits: a FIFO opened for reading blocks until a writer comes (open(2)), and
 * O_NONBLOCK makes it return at once so fstat can refuse it (a blocked open would also hold one of
 * libuv's four pool threads for good). Windows has no such flag (nor FIFOs).
 */
export const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/**
 * Reads a text file, turning every failure into a reason from `describeReadError`. Only a regular file
 * is read (a FIFO would never end, a link to /dev/zero would read until memory runs out), its size
 * is checked before reading, and the read stops one byte past the size seen at opening, so a file
 * that grows meanwhile is refused rather than read without end.
 * `afterOpen` is for tests (a file that changes, or a disk that is slow, while it is read).
 */
export async function readRegularFile(
  file: string,
  maxBytes: number,
  describeReadError: (code: string | undefined) => string,
  afterOpen?: () => void | Promise<void>,
): Promise<FileRead> {
  let handle: FileHandle | undefined;
  try {
    // The checks are made on the opened file itself, so a swap after them cannot slip through.
    handle = await open(file, OPEN_FLAGS);
    const stat = await handle.stat();
    if (stat.isDirectory()) return { problem: describeReadError('EISDIR') };
    if (!stat.isFile()) return { problem: 'not a regular file (a device, a pipe or a socket)' };
    if (stat.size > maxBytes)
      return { problem: `the file is too large (${stat.size} bytes, at most ${maxBytes})` };
    await afterOpen?.();
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length !== stat.size)
      return { problem: 'the file changed while it was read (is a copy still running?)' };
    return { text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { problem: describeReadError((error as NodeJS.ErrnoException).code) };
  } finally {
    // A close that fails leaves nothing to tell: the text (or the reason) is already decided.
    await handle?.close().catch(() => undefined);
  }
}
