/**
 * The one contract between the Electron main process and the renderer: the
 * types that cross, main's events, and `HostBridge`, which the preload builds
 * from the IPC table (`table.ts`: each call's channel, payload schema and
 * answer) and the renderer reads through `renderer/bridge.ts` only. Calls not
 * in the table are refused, and every payload from the renderer is parsed by
 * its schema in main before any handler sees it. This file holds no code, so
 * the renderer that imports it bundles no schema.
 */
import type { ContentBundle } from '../content/bundle';
import type { Problem } from '../content/problems';
import type { Mode, ShowSettings } from '../config/settings';
import type { InsightSummary } from '../insight/stats';
import type { RecentError } from '../kiosk/recent-errors';
import type { BridgeMethodOf, IpcMethod } from './table';

/** The global the preload exposes (`window.kioskHost`). */
export const HOST_BRIDGE_KEY = 'kioskHost';

/** Main → renderer events (`webContents.send`). */
export const IPC_EVENTS = {
  /** A content folder that changed and validated, for the show to swap in at a loop boundary. */
  contentUpdate: 'kiosk:content-update',
  /** A liveness check: the page answers with the table's `heartbeat` call, with the same number. */
  heartbeat: 'kiosk:heartbeat',
} as const;

export const LOG_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where the content on screen came from, and what was wrong with the rest. */
export interface ContentPayload {
  readonly bundle: ContentBundle;
  readonly origin: 'bundled' | 'folder';
  /** Problems the operator should see (e.g. a content folder that did not validate). */
  readonly problems: readonly Problem[];
}

/** The merged settings (defaults ← config file ← flags), without the PIN, and each rejected key. */
export interface SettingsPayload {
  readonly settings: ShowSettings;
  readonly problems: readonly Problem[];
}

/** The admin panel's status screen. */
export interface AdminStatus {
  readonly version: string;
  readonly host: 'electron' | 'web';
  readonly mode: Mode;
  readonly content: {
    readonly origin: 'bundled' | 'folder';
    /** The configured content folder, '' when none. */
    readonly folder: string;
    /** Whether the configured folder validated (true when none is configured). */
    readonly validated: boolean;
    readonly problems: number;
  };
  readonly uptimeSeconds: number;
  /** Renderer reloads, safe-screen visits and GPU fallbacks since start. */
  readonly recoveries: number;
  readonly hardwareAcceleration: boolean;
  readonly lastErrors: readonly RecentError[];
}

/** What came of the admin panel's "Export PDF": the files written, or why none were. */
export type HandoutExport =
  | { readonly outcome: 'saved'; readonly files: readonly string[] }
  | { readonly outcome: 'canceled' }
  | { readonly outcome: 'failed'; readonly reason: string };

/**
 * The answer to an admin action: refused when no admin session is open, where the host cannot, or
 * (quit, mode switch) while the default PIN is in use in kiosk or signage mode.
 */
export type AdminReply<T = undefined> =
  // Not distributive ([T]): a union value (HandoutExport) stays one `value`, not a union of replies.
  | ([T] extends [undefined] ? { readonly ok: true } : { readonly ok: true; readonly value: T })
  | { readonly ok: false; readonly reason: 'locked' | 'unavailable' | 'default-pin' };

/** The Insight view's statistics: today and the whole period (the visit list stays in the host). */
export type InsightView = Omit<InsightSummary, 'visits'> & {
  /** Whether recording is on (the `insight` setting). */
  readonly recording: boolean;
};

/** Where an export went: the folder and the files written, or nothing when the exhibitor cancelled. */
export interface InsightExport {
  readonly folder: string;
  readonly files: readonly string[];
}

/**
 * What the renderer may ask of its host. Every member is a named function; nothing else crosses.
 * The calls are those of the IPC table (the heartbeat's answer is made by `answerHeartbeats`).
 */
export type HostBridge = { readonly [M in Exclude<IpcMethod, 'heartbeat'>]: BridgeMethodOf<M> } & {
  /**
   * Answers the host's liveness heartbeats from the page's own IPC listener (no timer in the
   * renderer); returns the unsubscribe.
   */
  readonly answerHeartbeats: () => () => void;
  /** Calls `listener` with each validated content update; returns the unsubscribe. */
  readonly onContentUpdate: (listener: (payload: ContentPayload) => void) => () => void;
};
