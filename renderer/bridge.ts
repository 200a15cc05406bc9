/**
 * The only module that knows which host the renderer runs in. Inside Electron
 * the preload exposes `window.kioskHost`; in a plain browser the content is the
 * one bundled into the web build, and the admin functions are the web ones
 * (admin/web-admin.ts). Everything else imports `Host` from here.
 */
import { mergeSettings, settingsFromQuery, toShowSettings } from '../app/config/query';
import { HOST_BRIDGE_KEY, type HostBridge, type SettingsPayload } from '../app/ipc/contract';
import { webAdmin } from './admin/web-admin';
import { bundledContent } from './host/bundled-content';
import { webInsight } from './insight/web-insight';

export interface Host extends HostBridge {
  readonly kind: 'electron' | 'web';
  /** Whether the admin panel can quit the app (a browser page cannot). */
  readonly canQuit: boolean;
  /** Whether the admin panel can export the PDF handout (the Electron host's printToPDF; a browser prints `?handout=`). */
  readonly canExportPdf: boolean;
}

declare global {
  interface Window {
    readonly [HOST_BRIDGE_KEY]?: HostBridge;
  }
}

/** The page runs in the kiosk app (its own scheme), but the preload's bridge is missing. */
export class MissingBridgeError extends Error {
  constructor() {
    super(
      'The kiosk app could not connect this page to its host (the preload failed). ' +
        'The show does not start without it: it would ignore the configuration and the admin PIN.',
    );
    this.name = 'MissingBridgeError';
  }
}

/** The scheme the Electron host serves the page from (main/protocol.ts); a browser never uses it. */
const APP_PROTOCOL = 'app:';

/**
 * The host the page runs in. Inside Electron without its bridge it throws MissingBridgeError:
 * acting like the web build there would ignore the operator's config and PIN.
 */
export function connectHost(): Host {
  const bridge = window[HOST_BRIDGE_KEY];
  if (!bridge && (window.location.protocol === APP_PROTOCOL || /\bElectron\//.test(navigator.userAgent))) {
    throw new MissingBridgeError();
  }
  // The preload's functions as they are: the bridge is built from the IPC table (app/ipc/table.ts).
  if (bridge) return { kind: 'electron', canQuit: true, canExportPdf: true, ...bridge };
  const query = settingsFromQuery(window.location.search);
  const settings = mergeSettings(query.layer);
  const payload: SettingsPayload = { settings: toShowSettings(settings), problems: query.problems };
  return {
    kind: 'web',
    canQuit: false,
    canExportPdf: false,
    exportHandout: () => Promise.resolve({ ok: false, reason: 'unavailable' }),
    getContent: () => Promise.resolve(bundledContent()),
    getSettings: () => Promise.resolve(payload),
    // A browser has no host watching the page.
    showStarted: () => Promise.resolve(),
    answerHeartbeats: () => () => {},
    ...webAdmin(
      settings,
      window.location,
      undefined,
      undefined,
      webInsight(settings.insight, browserStorage, (message) => console.warn(message)),
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
