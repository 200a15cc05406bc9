/**
 * Replacing the content while the show runs. An exhibitor may copy a new
 * content folder in at any moment, file by file; the host polls a fingerprint
 * of the folder (sizes and modification times) and validates only once it has
 * stopped changing, so a half-copied folder is never loaded. A folder that
 * validates is handed to the show, which swaps it in at a loop boundary; one
 * that does not is reported once and the current content stays.
 */

export interface SwapPolicy {
  /** The fingerprint must stay the same this long before the folder is read. */
  readonly settleMs: number;
}

export const DEFAULT_SWAP_POLICY: SwapPolicy = { settleMs: 3_000 };

export interface SwapState {
  /** Fingerprint of the folder content now on screen ('' when the bundled content is shown). */
  readonly applied: string;
  /** The last fingerprint seen, and since when it has been the same. */
  readonly seen: string;
  readonly seenSince: number;
  /** A fingerprint that was validated and rejected: not read again until it changes. */
  readonly rejected: string;
}

export function initialSwapState(applied: string, now: number, rejected = ''): SwapState {
  return { applied, seen: applied, seenSince: now, rejected };
}

export type PollDecision = 'wait' | 'validate';

/**
 * One poll: `fingerprint` is the folder now ('' when it is missing or empty,
 * e.g. a USB stick pulled out: the content on screen stays).
 */
export function onPoll(
  state: SwapState,
  fingerprint: string,
  now: number,
  policy: SwapPolicy = DEFAULT_SWAP_POLICY,
): { state: SwapState; decision: PollDecision } {
  const seenSince = fingerprint === state.seen ? state.seenSince : now;
  const next = { ...state, seen: fingerprint, seenSince };
  const settled = now - seenSince >= policy.settleMs;
  const isNew = fingerprint !== '' && fingerprint !== state.applied && fingerprint !== state.rejected;
  return { state: next, decision: settled && isNew ? 'validate' : 'wait' };
}

/**
 * After validating the folder seen as `fingerprint`: `after` is the
 * fingerprint re-read once the files were read. If it moved, the read may mix
 * old and new files, so the result is dropped and the folder watched again.
 */
export function onValidated(
  state: SwapState,
  fingerprint: string,
  after: string,
  valid: boolean,
  now: number,
): { state: SwapState; outcome: 'apply' | 'reject' | 'changed-while-reading' } {
  if (after !== fingerprint)
    return { state: { ...state, seen: after, seenSince: now }, outcome: 'changed-while-reading' };
  if (valid) return { state: { ...state, applied: fingerprint }, outcome: 'apply' };
  return { state: { ...state, rejected: fingerprint }, outcome: 'reject' };
}

/** A file's part of the fingerprint. */
export interface FileStamp {
  readonly file: string;
  readonly size: number;
  readonly modified: number;
}

/** A stable text for a set of file stamps ('' when none of the files exist). */
export function fingerprint(stamps: readonly (FileStamp | undefined)[]): string {
  if (stamps.every((s) => s === undefined)) return '';
  return stamps.map((s) => (s ? `${s.file}:${s.size}:${s.modified}` : '-')).join('|');
}
