/**
 * The one contract between the Electron main process and the renderer. The
 * preload implements `HostBridge` with these channels; the renderer reads it
 * through `renderer/bridge.ts` only. Channels not listed here are refused.
 */
import type { ContentBundle } from '../content/bundle';
import type { Problem } from '../content/problems';
import type { ShowSettings } from '../config/settings';

/** The global the preload exposes (`window.kioskHost`). */
export const HOST_BRIDGE_KEY = 'kioskHost';

export const IPC_CHANNELS = {
  getContent: 'kiosk:get-content',
  getSettings: 'kiosk:get-settings',
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Where the content on screen came from, and what was wrong with the rest. */
export interface ContentPayload {
  readonly bundle: ContentBundle;
  readonly origin: 'bundled' | 'folder';
  /** Problems the operator should see (e.g. a content folder that did not validate). */
  readonly problems: readonly Problem[];
}

/** The merged settings (defaults ← config file ← flags), and each rejected key. */
export interface SettingsPayload {
  readonly settings: ShowSettings;
  readonly problems: readonly Problem[];
}

/** What the renderer may ask of its host. Every member is a named function; nothing else crosses. */
export interface HostBridge {
  readonly getContent: () => Promise<ContentPayload>;
  readonly getSettings: () => Promise<SettingsPayload>;
}
