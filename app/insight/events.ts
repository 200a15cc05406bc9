/**
 * What the kiosk records about its own use, for the exhibitor: proof of play
 * (starts, stops, loop cycles, recoveries) and what visitors explored (visits,
 * slides with their dwell time, panels, language switches, marks tapped).
 *
 * Privacy is decided here, by what the schema can hold: ids and enums taken
 * from the content and the show's state, durations and timestamps. Never a
 * coordinate, never free text, never anything that could tell one person from
 * another. A line that does not match is dropped when read, so a torn or
 * foreign line can never reach the statistics.
 */
import * as z from 'zod/mini';
import { MODES } from '../config/defaults';
import { LOCALES } from '../report/locales';
export { MAX_BATCH } from './batch';

/** Ids of slides and marks come from the content: short, and without spaces or control characters. */
const ContentId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/));
/** Wall-clock time (ms since 1970) when the event happened; places it on a day and an hour. */
const Time = z.int().check(z.minimum(0), z.maximum(8.64e15));
/** A duration measured on a monotonic clock, so a clock change cannot make it negative. */
const Duration = z.int().check(z.minimum(0), z.maximum(7 * 24 * 3600 * 1000));
const Locale = z.enum(LOCALES);

export const INSIGHT_PANELS = ['index', 'readMore', 'table', 'help', 'takeAway'] as const;
export const VISIT_ENDINGS = ['idle', 'back'] as const;
/**
 * What the host did to bring the show back: reloaded a page whose renderer crashed (or that never
 * started), reloaded a hung page after killing it, restarted without the GPU (or counted a GPU
 * process crash), showed the safe screen (repeated crashes, a failed load), repainted after sleep.
 */
export const RECOVERY_KINDS = ['crash', 'hang', 'gpu', 'safe_screen', 'repaint'] as const;
export type RecoveryKind = (typeof RECOVERY_KINDS)[number];

/**
 * A recovery's kind as read back. Journals written before crashes and hangs were told apart say
 * `renderer` for both; they are read as crashes (the more common of the two), so old days still
 * count every recovery, and the README says so.
 */
const StoredRecoveryKind = z.union([
  z.enum(RECOVERY_KINDS),
  z.pipe(
    z.literal('renderer'),
    z.transform((): RecoveryKind => 'crash'),
  ),
]);

export const InsightEventSchema = z.discriminatedUnion('type', [
  /** The show started: mode, app version, content source. */
  z.strictObject({
    type: z.literal('start'),
    t: Time,
    mode: z.enum(MODES),
    version: z.string().check(z.regex(/^[0-9A-Za-z.+-]{1,40}$/)),
    source: z.enum(['bundled', 'folder']),
  }),
  /** The show was stopped on purpose (quit). A power cut leaves no stop: the session ends at its last event. */
  z.strictObject({ type: z.literal('stop'), t: Time }),
  /** The attract loop completed one cycle. */
  z.strictObject({ type: z.literal('loop'), t: Time }),
  /** A visit began: the waking touch, in the language on screen. */
  z.strictObject({ type: z.literal('wake'), t: Time, locale: Locale }),
  /** A slide seen during a visit, for `ms`, in that language. */
  z.strictObject({ type: z.literal('slide'), t: Time, slide: ContentId, locale: Locale, ms: Duration }),
  z.strictObject({ type: z.literal('panel'), t: Time, panel: z.enum(INSIGHT_PANELS) }),
  /** The visitor switched language, to `locale`. */
  z.strictObject({ type: z.literal('language'), t: Time, locale: Locale }),
  z.strictObject({ type: z.literal('mark'), t: Time, slide: ContentId, mark: ContentId }),
  /**
   * The visit ended `ms` after the waking touch, by the idle question or by the back-to-loop
   * button; `idleMs` of it passed after the visitor's last touch (waiting for the idle question).
   */
  z.strictObject({
    type: z.literal('end'),
    t: Time,
    how: z.enum(VISIT_ENDINGS),
    ms: Duration,
    idleMs: Duration,
  }),
  /** The host brought the show back (see RECOVERY_KINDS). */
  z.strictObject({ type: z.literal('recovery'), t: Time, kind: StoredRecoveryKind }),
]);

export type InsightEvent = z.output<typeof InsightEventSchema>;
export type InsightEventType = InsightEvent['type'];

/** Whether a value is a well-formed event. */
export function isInsightEvent(value: unknown): value is InsightEvent {
  return InsightEventSchema.safeParse(value).success;
}
