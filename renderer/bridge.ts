/**
 * The only module that knows which host the renderer runs in. Inside Electron
 * the preload exposes `window.kioskHost`; in a plain browser the content is the
 * one bundled into the web build. Everything else imports `Host` from here.
 */
import { HOST_BRIDGE_KEY, type ContentPayload, type HostBridge } from '../app/ipc/contract';
import { bundledContent } from './host/bundled-content';

export interface Host {
  readonly kind: 'electron' | 'web';
  readonly getContent: () => Promise<ContentPayload>;
}

declare global {
  interface Window {
    readonly [HOST_BRIDGE_KEY]?: HostBridge;
  }
}

export function connectHost(): Host {
  const bridge = window[HOST_BRIDGE_KEY];
  if (bridge) return { kind: 'electron', getContent: () => bridge.getContent() };
  return { kind: 'web', getContent: () => Promise.resolve(bundledContent()) };
}
