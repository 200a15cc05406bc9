/**
 * The content the show gets, and its replacement while the show runs. At
 * start: the configured folder if it validates completely, else the bundled
 * data with the reasons. Then the folder is polled; a new version is read only
 * once it has stopped changing, and handed on only if it validates (the show
 * swaps it in at a loop boundary). The folder is only ever read.
 */
import { describeProblems, type ContentBundle } from '../app/content/bundle';
import { chooseContent } from '../app/kiosk/content-choice';
import {
  DEFAULT_SWAP_POLICY,
  initialSwapState,
  onPoll,
  onValidated,
  type SwapPolicy,
  type SwapState,
} from '../app/kiosk/content-swap';
import type { ContentPayload } from '../app/ipc/contract';
import { folderFingerprint, loadContentFolder } from './content';
import type { Logger } from './log';

export type StartContent =
  | {
      readonly ok: true;
      readonly payload: ContentPayload;
      readonly bundled: ContentBundle;
      readonly fingerprint: string;
    }
  | { readonly ok: false; readonly message: string };

/** A folder's label in messages: its path with a trailing separator, as the operator typed it. */
export function folderLabel(folder: string): string {
  return /[\\/]$/.test(folder)
    ? folder
    : `${folder}${folder.includes('\\') && !folder.includes('/') ? '\\' : '/'}`;
}

/** Chooses the content at start; `folder` is absolute, or '' for none. */
export async function loadStartContent(dataDir: string, folder: string): Promise<StartContent> {
  const bundled = await loadContentFolder(dataDir, 'data/');
  if (!bundled.ok) {
    // The bundled data is checked by the build and the tests; if it is broken anyway, say exactly why.
    return { ok: false, message: `The bundled content is invalid:\n${describeProblems(bundled.problems)}` };
  }
  if (folder === '')
    return {
      ok: true,
      payload: chooseContent(bundled.value, undefined),
      bundled: bundled.value,
      fingerprint: '',
    };
  const print = await folderFingerprint(folder);
  const label = folderLabel(folder);
  const payload = chooseContent(bundled.value, { label, parsed: await loadContentFolder(folder, label) });
  return { ok: true, payload, bundled: bundled.value, fingerprint: print };
}

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface WatcherOptions {
  readonly folder: string;
  readonly bundled: ContentBundle;
  /** What is on screen at start: the folder's fingerprint if it was loaded, else ''. */
  readonly applied: string;
  /** The folder's fingerprint at start if it was rejected. */
  readonly rejected: string;
  readonly log: Logger;
  readonly now: () => number;
  readonly timers: Timers;
  readonly onUpdate: (payload: ContentPayload) => void;
  readonly onRejected: (payload: ContentPayload) => void;
  readonly intervalMs?: number;
  readonly policy?: SwapPolicy;
  readonly fingerprintOf?: (folder: string) => Promise<string>;
}

/**
 * Polls the content folder and hands on each new version that validates. A poll reads the folder
 * asynchronously; the next one is skipped while it is still reading (a slow network share), and
 * nothing is handed on after `stop`.
 */
export class ContentWatcher {
  #state: SwapState;
  #handle: unknown;
  #polling = false;
  #stopped = false;
  readonly #options: WatcherOptions;

  constructor(options: WatcherOptions) {
    this.#options = options;
    this.#state = initialSwapState(options.applied, options.now(), options.rejected);
  }

  start(): void {
    this.#handle = this.#options.timers.setInterval(
      () => void this.poll(),
      this.#options.intervalMs ?? 2_000,
    );
  }

  stop(): void {
    this.#stopped = true;
    this.#options.timers.clearInterval(this.#handle);
  }

  /** One poll; public so tests can drive it. Never rejects. */
  async poll(): Promise<void> {
    if (this.#polling || this.#stopped) return;
    this.#polling = true;
    try {
      await this.#poll();
    } finally {
      this.#polling = false;
    }
  }

  async #poll(): Promise<void> {
    const { folder, bundled, log, now } = this.#options;
    const fingerprintOf = this.#options.fingerprintOf ?? folderFingerprint;
    try {
      const polled = onPoll(
        this.#state,
        await fingerprintOf(folder),
        now(),
        this.#options.policy ?? DEFAULT_SWAP_POLICY,
      );
      this.#state = polled.state;
      if (polled.decision !== 'validate') return;
      const seen = polled.state.seen;
      const label = folderLabel(folder);
      const payload = chooseContent(bundled, { label, parsed: await loadContentFolder(folder, label) });
      const validated = onValidated(
        this.#state,
        seen,
        await fingerprintOf(folder),
        payload.origin === 'folder',
        now(),
      );
      this.#state = validated.state;
      if (this.#stopped) return;
      if (validated.outcome === 'apply') {
        log.info(`content: ${label} changed and validated; the show swaps it in at the end of its loop`);
        this.#options.onUpdate(payload);
      } else if (validated.outcome === 'reject') {
        log.warn(
          `content: ${label} changed but does not validate; the current content stays:\n${describeProblems(payload.problems)}`,
        );
        this.#options.onRejected(payload);
      } else {
        log.info(`content: ${label} changed while it was being read; waiting for the copy to finish`);
      }
    } catch (error) {
      log.error(`content: watching ${folder} failed: ${String(error)}`);
    }
  }
}
