/**
 * The preload: one global, named functions only, never `ipcRenderer` itself.
 * Event callbacks are wrapped, so the page never receives the IPC event
 * object (which carries `sender`). It is bundled to a single CommonJS file
 * because sandboxed preloads cannot load ES modules or other files.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  HOST_BRIDGE_KEY,
  IPC_CHANNELS,
  IPC_EVENTS,
  type AdminReply,
  type AdminStatus,
  type ContentPayload,
  type HandoutExport,
  type HostBridge,
  type InsightExport,
  type InsightView,
  type SettingsPayload,
} from '../app/ipc/contract';
import type { PinResult } from '../app/kiosk/pin-guard';
import { guardPage, type EventTargetLike } from './page-guards';

export const hostBridge: HostBridge = {
  getContent: () => ipcRenderer.invoke(IPC_CHANNELS.getContent) as Promise<ContentPayload>,
  getSettings: () => ipcRenderer.invoke(IPC_CHANNELS.getSettings) as Promise<SettingsPayload>,
  verifyPin: (pin) => ipcRenderer.invoke(IPC_CHANNELS.verifyPin, pin) as Promise<PinResult>,
  endAdmin: () => ipcRenderer.invoke(IPC_CHANNELS.endAdmin) as Promise<void>,
  getStatus: () => ipcRenderer.invoke(IPC_CHANNELS.getStatus) as Promise<AdminReply<AdminStatus>>,
  reload: () => ipcRenderer.invoke(IPC_CHANNELS.reload) as Promise<AdminReply>,
  setMode: (mode) => ipcRenderer.invoke(IPC_CHANNELS.setMode, mode) as Promise<AdminReply>,
  quit: () => ipcRenderer.invoke(IPC_CHANNELS.quit) as Promise<AdminReply>,
  exportHandout: () => ipcRenderer.invoke(IPC_CHANNELS.exportHandout) as Promise<AdminReply<HandoutExport>>,
  log: (level, message) => ipcRenderer.invoke(IPC_CHANNELS.log, { level, message }) as Promise<void>,
  showStarted: () => ipcRenderer.invoke(IPC_CHANNELS.showStarted) as Promise<void>,
  answerHeartbeats: () => {
    // Answered on the page's main thread: a page stuck in a loop cannot answer.
    const answer = (_event: IpcRendererEvent, beat: unknown) =>
      void ipcRenderer.invoke(IPC_CHANNELS.heartbeat, beat).catch(() => {});
    ipcRenderer.on(IPC_EVENTS.heartbeat, answer);
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS.heartbeat, answer);
    };
  },
  recordInsight: (events) => ipcRenderer.invoke(IPC_CHANNELS.recordInsight, events) as Promise<void>,
  getInsight: () => ipcRenderer.invoke(IPC_CHANNELS.getInsight) as Promise<AdminReply<InsightView>>,
  exportInsight: () => ipcRenderer.invoke(IPC_CHANNELS.exportInsight) as Promise<AdminReply<InsightExport>>,
  onContentUpdate: (listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: ContentPayload) => listener(payload);
    ipcRenderer.on(IPC_EVENTS.contentUpdate, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS.contentUpdate, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld(HOST_BRIDGE_KEY, hostBridge);

const page = (globalThis as { window?: EventTargetLike }).window;
if (page) guardPage(page);
