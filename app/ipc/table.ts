/**
 * The IPC table: one entry per renderer → main call, keyed by the bridge
 * method that makes it, holding its channel, the schema main parses its
 * payload with, how the method's arguments become that payload, and (as a
 * type) what main answers. The preload builds the bridge from it, main
 * registers each handler against it, and `HostBridge` (contract.ts) is read
 * off it. zod/mini, not zod: the preload bundles this file.
 */
import * as z from 'zod/mini';
import { MODES } from '../config/defaults';
import { MAX_BATCH } from '../insight/batch';
import { InsightEventSchema } from '../insight/events';
import type { PinResult } from '../kiosk/pin-guard';
import type {
  AdminReply,
  AdminStatus,
  ContentPayload,
  HandoutExport,
  InsightExport,
  InsightView,
  LogLevel,
  SettingsPayload,
} from './contract';
import { LOG_LEVELS } from './contract';

/** One call: its channel, its payload's schema, its arguments as sent, and (type only) its answer. */
export interface IpcCall<
  Args extends readonly unknown[],
  Result,
  Schema extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly channel: string;
  /** What main parses the payload with before its handler runs. */
  readonly payload: Schema;
  /** The `ipcRenderer.invoke` arguments after the channel: none, or the one payload. */
  readonly send: (...args: Args) => [] | [payload: unknown];
  /** Never set: carries the answer's type, which main's handler must return and the bridge resolves to. */
  readonly answer?: Answer<Result>;
}

/** The type of a call's answer, as a value the table's builders infer it from. */
export interface Answer<Result> {
  readonly type?: Result;
}

/** Marks what a call answers. */
const answers = <Result>(): Answer<Result> => ({});
/** Marks a call that answers nothing. */
const NOTHING: Answer<void> = {};

/** A call without a payload. */
function ask<Result>(channel: string, _answer: Answer<Result>): IpcCall<[], Result, z.ZodMiniUndefined> {
  return { channel, payload: z.undefined(), send: () => [] };
}

/** A call whose one argument is the payload, typed as the schema gives it back (which parses again). */
function give<S extends z.ZodMiniType, Result>(
  channel: string,
  payload: S,
  _answer: Answer<Result>,
): IpcCall<[payload: Readonly<z.output<S>>], Result, S> {
  return { channel, payload, send: (arg) => [arg] };
}

/** A call whose arguments are packed into one payload. */
function pack<Args extends readonly unknown[], S extends z.ZodMiniType, Result>(
  channel: string,
  payload: S,
  toPayload: (...args: Args) => z.input<S>,
  _answer: Answer<Result>,
): IpcCall<Args, Result, S> {
  return { channel, payload, send: (...args) => [toPayload(...args)] };
}

export const IPC_TABLE = {
  getContent: ask('kiosk:get-content', answers<ContentPayload>()),
  getSettings: ask('kiosk:get-settings', answers<SettingsPayload>()),
  /** Checks a PIN from the pad (rate-limited); the right one opens an admin session. */
  verifyPin: give('kiosk:verify-pin', z.string().check(z.regex(/^\d{1,12}$/)), answers<PinResult>()),
  /** Closes the admin session (the panel was closed). */
  endAdmin: ask('kiosk:end-admin', NOTHING),
  getStatus: ask('kiosk:get-status', answers<AdminReply<AdminStatus>>()),
  reload: ask('kiosk:reload', answers<AdminReply>()),
  /** Switches mode until the next start (the config file is never written). */
  setMode: give('kiosk:set-mode', z.enum(MODES), answers<AdminReply>()),
  quit: ask('kiosk:quit', answers<AdminReply>()),
  /** Sends one line to the host's log. */
  log: pack(
    'kiosk:log',
    z.strictObject({ level: z.enum(LOG_LEVELS), message: z.string().check(z.maxLength(2000)) }),
    (level: LogLevel, message: string) => ({ level, message }),
    NOTHING,
  ),
  /** Asks the operator for a folder and writes the handout there, one PDF per language (admin session only). */
  exportHandout: ask('kiosk:export-handout', answers<AdminReply<HandoutExport>>()),
  /** The show has rendered: a load that never says so counts as failed (a blank or broken page). */
  showStarted: ask('kiosk:show-started', NOTHING),
  /** The page's answer to a heartbeat from main (IPC_EVENTS.heartbeat): its main thread is alive. */
  heartbeat: give('kiosk:alive', z.int().check(z.nonnegative()), NOTHING),
  /** Appends a batch of insight events to the host's journal (dropped when recording is off). */
  recordInsight: give(
    'kiosk:record-insight',
    z.array(InsightEventSchema).check(z.maxLength(MAX_BATCH)),
    NOTHING,
  ),
  /** The Insight view's statistics (admin session only). */
  getInsight: ask('kiosk:get-insight', answers<AdminReply<InsightView>>()),
  /** Writes the CSV export where the exhibitor picks (admin session only). */
  exportInsight: ask('kiosk:export-insight', answers<AdminReply<InsightExport>>()),
};

export type IpcTable = typeof IPC_TABLE;
export type IpcMethod = keyof IpcTable;
/** What main's handler for `M` receives, once parsed. */
export type PayloadOf<M extends IpcMethod> = z.output<IpcTable[M]['payload']>;
/** What main's handler for `M` must answer. */
export type ResultOf<M extends IpcMethod> = IpcTable[M] extends IpcCall<never, infer R> ? R : never;
/** The bridge method that makes call `M`. */
export type BridgeMethodOf<M extends IpcMethod> =
  IpcTable[M] extends IpcCall<infer A, infer R> ? (...args: A) => Promise<R> : never;
