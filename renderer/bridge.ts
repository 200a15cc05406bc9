/**
 * The only module that knows which host the renderer runs in. Inside Electron
 * the preload exposes `window.kioskHost`; in a plain browser the content is the
 * one bundled into the web build. Everything else imports `Host` from here.
 */
import { mergeSettings, settingsFromQuery } from '../app/config/settings';
import { HOST_BRIDGE_KEY, type HostBridge, type SettingsPayload } from '../app/ipc/contract';
import { bundledContent } from './host/bundled-content';

export interface Host extends HostBridge {
  readonly kind: 'electron' | 'web';
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
      getContent: () => bridge.getContent(),
      getSettings: () => bridge.getSettings(),
    };
  }
  return {
    kind: 'web',
    getContent: () => Promise.resolve(bundledContent()),
    getSettings: () => Promise.resolve(webSettings(window.location.search)),
  };
}

/** In a browser, the settings come from the URL query over the defaults. */
function webSettings(search: string): SettingsPayload {
  const query = settingsFromQuery(search);
  return { settings: mergeSettings(query.layer), problems: query.problems };
}
