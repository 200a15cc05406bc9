/**
 * The preload: one global, named functions only, never `ipcRenderer` itself.
 * It is bundled to a single CommonJS file because sandboxed preloads cannot
 * load ES modules or other files.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  HOST_BRIDGE_KEY,
  IPC_CHANNELS,
  type ContentPayload,
  type HostBridge,
  type SettingsPayload,
} from '../app/ipc/contract';

export const hostBridge: HostBridge = {
  getContent: () => ipcRenderer.invoke(IPC_CHANNELS.getContent) as Promise<ContentPayload>,
  getSettings: () => ipcRenderer.invoke(IPC_CHANNELS.getSettings) as Promise<SettingsPayload>,
};

contextBridge.exposeInMainWorld(HOST_BRIDGE_KEY, hostBridge);
