/**
 * Reads a content folder from disk (read-only) and validates it with the
 * core's rules. The only file access of content lives here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseContent, type FileRead } from '../app/content/bundle';
import type { Parsed } from '../app/content/problems';
import type { ContentBundle } from '../app/content/bundle';

/** Reads a text file, turning every failure into an operator-readable reason. */
export function readTextFile(file: string): FileRead {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { problem: describeReadError((error as NodeJS.ErrnoException).code) };
  }
}

/** Words an operator understands for a file-system error code. */
export function describeReadError(code: string | undefined): string {
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, expected a file';
  return `cannot be read (${code ?? 'unknown error'})`;
}

/** Loads and validates the content folder at `dir`; problems are labelled with `label`. */
export function loadContentFolder(
  dir: string,
  label: string,
  read: (file: string) => FileRead = readTextFile,
): Parsed<ContentBundle> {
  return parseContent((relative) => read(path.join(dir, relative)), label);
}
