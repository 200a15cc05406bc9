/**
 * The show's content in the host: the one chosen at start (the configured
 * folder if it validates, else the bundled data), each validated update of
 * the folder after it, and what the admin status and the page are told about
 * it (paths without the home folder).
 */
import type { LoadedSettings } from '../app/config/config-file';
import { describeProblem, type Problem } from '../app/content/problems';
import type { AdminStatus, ContentPayload } from '../app/ipc/contract';
import { unknownSlides } from '../app/kiosk/content-choice';
import { resolveContentFolder } from './config';
import { loadStartContent, type StartContent } from './content-source';
import { redactHome, redactHomeProblems } from './host-log';
import type { BootContext } from './boot-context';

/** The content now, and how the configured folder fares. */
export class ShowContent {
  #current: ContentPayload | undefined;
  #folderValid: boolean;

  constructor(
    /** The configured folder, absolute, or '' for none. */
    readonly folder: string,
    readonly start: StartContent,
    /** Slides named in the settings that the content lacks. */
    readonly slideProblems: readonly Problem[],
  ) {
    this.#current = start.ok ? start.payload : undefined;
    this.#folderValid = folder === '' || this.#current?.origin === 'folder';
  }

  /** The content as the page gets it: problems without the home folder. Throws when there is none. */
  forPage(): ContentPayload {
    const content = this.#current;
    if (!content) throw new Error(this.start.ok ? 'no content' : this.start.message);
    return ShowContent.onScreen(content);
  }

  /** The admin status's content lines. */
  status(): AdminStatus['content'] {
    return {
      origin: this.#current?.origin ?? 'bundled',
      folder: redactHome(this.folder),
      validated: this.#folderValid,
      problems: this.#current?.problems.length ?? 0,
    };
  }

  /** A new version of the folder validated: it is the content from now on. */
  accept(payload: ContentPayload): void {
    this.#current = payload;
    this.#folderValid = true;
  }

  /** A new version of the folder did not validate: the content stays, the status says so. */
  reject(): void {
    this.#folderValid = false;
  }

  /** The content's problems as the on-screen notice may show them. */
  static onScreen(payload: ContentPayload): ContentPayload {
    return { ...payload, problems: redactHomeProblems(payload.problems) };
  }
}

/** Loads the start content (the configured folder or the bundled data) and logs what was chosen. */
export async function setupContent(
  { paths, log }: Pick<BootContext, 'paths' | 'log'>,
  loaded: LoadedSettings,
  exeDir: string,
): Promise<ShowContent> {
  const { settings } = loaded;
  const folder = resolveContentFolder(settings.contentFolder, loaded, exeDir);
  const start = await loadStartContent(paths.data, folder);
  if (!start.ok) log.error(`content: ${start.message}`);
  else {
    log.info(`content: ${start.payload.origin === 'folder' ? `the folder ${folder}` : 'the bundled data'}`);
    for (const problem of start.payload.problems) log.warn(`content: ${describeProblem(problem)}`);
  }
  const slideProblems = start.ok
    ? unknownSlides(settings, start.payload.bundle, loaded.file?.path ?? 'command line')
    : [];
  for (const problem of slideProblems) log.warn(`config: ${describeProblem(problem)}`);
  return new ShowContent(folder, start, slideProblems);
}
