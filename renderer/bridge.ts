/**
 * The only module that knows which host the renderer runs in. Inside Electron
 * the preload exposes `window.kioskHost`; in a plain browser the content is the
 * one bundled into the web build, and the admin functions are the web ones
 * (admin/web-admin.ts). Everything else imports `Host` from here.
 */
import { mergeSettings, settingsFromQuery, toShowSettings } from '../app/config/settings';
import { HOST_BRIDGE_KEY, type HostBridge, type SettingsPayload } from '../app/ipc/contract';
import { webAdmin } from './admin/web-admin';
import { bundledContent } from './host/bundled-content';
import { webInsight } from './insight/web-insight';

export interface Host extends HostBridge {
  readonly kind: 'electron' | 'web';
  /** Whether the admin panel can quit the app (a browser page cannot). */
  readonly canQuit: boolean;
}

declare global {
  interface Window {
    readonly [HOST_BRIDGE_KEY]?: HostBridge;
  }
}

export function connectHost(): Host {
  const bridge = window[HOST_BRIDGE_KEY];
  if (bridge) {
    return {
      kind: 'electron',
      canQuit: true,
      getContent: () => bridge.getContent(),
      getSettings: () => bridge.getSettings(),
      verifyPin: (pin) => bridge.verifyPin(pin),
      endAdmin: () => bridge.endAdmin(),
      getStatus: () => bridge.getStatus(),
      reload: () => bridge.reload(),
      setMode: (mode) => bridge.setMode(mode),
      quit: () => bridge.quit(),
      log: (level, message) => bridge.log(level, message),
      recordInsight: (events) => bridge.recordInsight(events),
      getInsight: () => bridge.getInsight(),
      exportInsight: () => bridge.exportInsight(),
      onContentUpdate: (listener) => bridge.onContentUpdate(listener),
    };
  }
  const query = settingsFromQuery(window.location.search);
  const settings = mergeSettings(query.layer);
  const payload: SettingsPayload = { settings: toShowSettings(settings), problems: query.problems };
  return {
    kind: 'web',
    canQuit: false,
    getContent: () => Promise.resolve(bundledContent()),
    getSettings: () => Promise.resolve(payload),
    ...webAdmin(
      settings,
      window.location,
      undefined,
      undefined,
      webInsight(settings.insight, browserStorage(), (message) => console.warn(message)),
    ),
  };
}

/** The page's localStorage, or undefined where the browser refuses it (storage turned off). */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
