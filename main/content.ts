/**
 * Reads a content folder from disk (read-only) and validates it with the
 * core's rules. The only file access of content lives here, and it only ever
 * reads: the operator's files are never written, moved or locked. Every access
 * is asynchronous, so a slow folder never stops main's event loop.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_FILES, parseContent, type FileRead } from '../app/content/bundle';
import type { Parsed } from '../app/content/problems';
import type { ContentBundle } from '../app/content/bundle';
import { fingerprint, type FileStamp } from '../app/kiosk/content-swap';
import { readRegularFile } from './read-only-file';

/** No content or config file is anywhere near this; a bigger one is a wrong file. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads a text file, turning every failure into an operator-readable reason (see read-only-file.ts). */
export function readTextFile(
  file: string,
  maxBytes = MAX_FILE_BYTES,
  afterOpen?: () => void | Promise<void>,
): Promise<FileRead> {
  return readRegularFile(file, maxBytes, describeReadError, afterOpen);
}

/** Words an operator understands for a file-system error code. */
export function describeReadError(code: string | undefined): string {
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, expected a file';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  return `cannot be read (${code ?? 'unknown error'})`;
}

/** Every file of a content folder, relative to it. */
export const CONTENT_FILE_LIST: readonly string[] = [
  CONTENT_FILES.report,
  ...Object.values(CONTENT_FILES.messages),
];

/** Loads and validates the content folder at `dir`; problems are labelled with `label`. */
export async function loadContentFolder(
  dir: string,
  label: string,
  read: (file: string) => Promise<FileRead> | FileRead = readTextFile,
): Promise<Parsed<ContentBundle>> {
  // The files are read first (together), then validated by the core, which reads from memory.
  const reads = new Map(
    await Promise.all(
      CONTENT_FILE_LIST.map(async (relative) => [relative, await read(path.join(dir, relative))] as const),
    ),
  );
  return parseContent((relative) => reads.get(relative) ?? { problem: describeReadError(undefined) }, label);
}

/** Sizes and times of the folder's files: changes while a copy is in progress. */
export async function folderFingerprint(dir: string): Promise<string> {
  return fingerprint(
    await Promise.all(
      CONTENT_FILE_LIST.map(async (file): Promise<FileStamp | undefined> => {
        try {
          const found = await stat(path.join(dir, file));
          return found.isFile() ? { file, size: found.size, modified: found.mtimeMs } : undefined;
        } catch {
          return undefined;
        }
      }),
    ),
  );
}
