/**
 * The project's own code files, for the house rules' tests (every file opens
 * with a comment on its job; none is over 300 lines). Read from disk, not from
 * git, so the rules hold on any checkout and on a file not yet committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The folders that hold code; build output and dependencies live outside them. */
export const CODE_FOLDERS = ['app', 'main', 'renderer', 'scripts', 'data', 'e2e'] as const;

/** TypeScript, JavaScript (the few .mjs build scripts, the configs) and Svelte components. */
const CODE = /\.(?:[cm]?[jt]s|svelte)$/;

export interface SourceFile {
  /** Relative to the repository, with `/` on every platform. */
  readonly path: string;
  readonly text: string;
}

/** Every code file in the code folders, and the configs at the repository's root, sorted by path. */
export function sourceFiles(): SourceFile[] {
  const inFolders = CODE_FOLDERS.flatMap((folder) =>
    readdirSync(`${root}${folder}`, { recursive: true, encoding: 'utf8' }).map(
      (file) => `${folder}/${file.replaceAll('\\', '/')}`,
    ),
  );
  const atRoot = readdirSync(root).filter((file) => /\.config\.[cm]?[jt]s$/.test(file));
  return [...inFolders, ...atRoot]
    .filter((path) => CODE.test(path))
    .sort()
    .map((path) => ({ path, text: readFileSync(`${root}${path}`, 'utf8') }));
}
