/**
 * The one contract between the Electron main process and the renderer. The
 * preload implements `HostBridge` with these channels; the renderer reads it
 * through `renderer/bridge.ts` only. Channels not listed here are refused, and
 * every payload from the renderer is parsed by its schema in main
 * (`payloads.ts`) before any handler sees it. This file holds no code, so the
 * preload that imports it stays small.
 */
import type { ContentBundle } from '../content/bundle';
import type { Problem } from '../content/problems';
import type { Mode, ShowSettings } from '../config/settings';
import type { InsightEvent } from '../insight/events';
import type { InsightSummary } from '../insight/stats';
import type { PinResult } from '../kiosk/pin-guard';
import type { RecentError } from '../kiosk/recent-errors';

/** The global the preload exposes (`window.kioskHost`). */
export const HOST_BRIDGE_KEY = 'kioskHost';

/** Renderer → main requests (`ipcRenderer.invoke`). */
export const IPC_CHANNELS = {
  getContent: 'kiosk:get-content',
  getSettings: 'kiosk:get-settings',
  verifyPin: 'kiosk:verify-pin',
  endAdmin: 'kiosk:end-admin',
  getStatus: 'kiosk:get-status',
  reload: 'kiosk:reload',
  setMode: 'kiosk:set-mode',
  quit: 'kiosk:quit',
  log: 'kiosk:log',
  exportHandout: 'kiosk:export-handout',
  /** The show has rendered: a load that never says so counts as failed (a blank or broken page). */
  showStarted: 'kiosk:show-started',
  /** The answer to a heartbeat from main: the page's main thread is alive. */
  heartbeat: 'kiosk:alive',
  recordInsight: 'kiosk:record-insight',
  getInsight: 'kiosk:get-insight',
  exportInsight: 'kiosk:export-insight',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Main → renderer events (`webContents.send`). */
export const IPC_EVENTS = {
  /** A content folder that changed and validated, for the show to swap in at a loop boundary. */
  contentUpdate: 'kiosk:content-update',
  /** A liveness check: the page answers on `IPC_CHANNELS.heartbeat` with the same number. */
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

/** What the renderer may ask of its host. Every member is a named function; nothing else crosses. */
export interface HostBridge {
  readonly getContent: () => Promise<ContentPayload>;
  readonly getSettings: () => Promise<SettingsPayload>;
  /** Checks a PIN from the pad (rate-limited); the right one opens an admin session. */
  readonly verifyPin: (pin: string) => Promise<PinResult>;
  /** Closes the admin session (the panel was closed). */
  readonly endAdmin: () => Promise<void>;
  readonly getStatus: () => Promise<AdminReply<AdminStatus>>;
  readonly reload: () => Promise<AdminReply>;
  /** Switches mode until the next start (the config file is never written). */
  readonly setMode: (mode: Mode) => Promise<AdminReply>;
  readonly quit: () => Promise<AdminReply>;
  /** Sends one line to the host's log. */
  readonly log: (level: LogLevel, message: string) => Promise<void>;
  /** Asks the operator for a folder and writes the handout there, one PDF per language (admin session only). */
  readonly exportHandout: () => Promise<AdminReply<HandoutExport>>;
  /** Tells the host that the show has rendered (once per load). */
  readonly showStarted: () => Promise<void>;
  /**
   * Answers the host's liveness heartbeats from the page's own IPC listener (no timer in the
   * renderer); returns the unsubscribe.
   */
  readonly answerHeartbeats: () => () => void;
  /** Appends a batch of insight events to the host's journal (dropped when recording is off). */
  readonly recordInsight: (events: readonly InsightEvent[]) => Promise<void>;
  /** The Insight view's statistics (admin session only). */
  readonly getInsight: () => Promise<AdminReply<InsightView>>;
  /** Writes the CSV export where the exhibitor picks (admin session only). */
  readonly exportInsight: () => Promise<AdminReply<InsightExport>>;
  /** Calls `listener` with each validated content update; returns the unsubscribe. */
  readonly onContentUpdate: (listener: (payload: ContentPayload) => void) => () => void;
}
