/**
 * The preload: one global, named functions only, never `ipcRenderer` itself.
 * Each call is read off the IPC table (app/ipc/table.ts): its channel, what
 * its arguments send, and the type of its answer. Event callbacks are
 * wrapped, so the page never receives the IPC event object (which carries
 * `sender`). It is bundled to a single CommonJS file because sandboxed
 * preloads cannot load ES modules or other files.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { HOST_BRIDGE_KEY, IPC_EVENTS, type ContentPayload, type HostBridge } from '../app/ipc/contract';
import { guardPage, type EventTargetLike } from '../app/ipc/page-guards';
import { IPC_TABLE, type IpcCall } from '../app/ipc/table';

/** The bridge method for one call: its arguments sent on its channel, its answer typed by the table. */
function call<Args extends readonly unknown[], Result>({ channel, send }: IpcCall<Args, Result>) {
  return (...args: Args): Promise<Result> => ipcRenderer.invoke(channel, ...send(...args));
}

export const hostBridge: HostBridge = {
  getContent: call(IPC_TABLE.getContent),
  getSettings: call(IPC_TABLE.getSettings),
  verifyPin: call(IPC_TABLE.verifyPin),
  endAdmin: call(IPC_TABLE.endAdmin),
  getStatus: call(IPC_TABLE.getStatus),
  reload: call(IPC_TABLE.reload),
  setMode: call(IPC_TABLE.setMode),
  quit: call(IPC_TABLE.quit),
  log: call(IPC_TABLE.log),
  exportHandout: call(IPC_TABLE.exportHandout),
  showStarted: call(IPC_TABLE.showStarted),
  recordInsight: call(IPC_TABLE.recordInsight),
  getInsight: call(IPC_TABLE.getInsight),
  exportInsight: call(IPC_TABLE.exportInsight),
  answerHeartbeats: () => {
    const heartbeat = call(IPC_TABLE.heartbeat);
    // Answered on the page's main thread: a page stuck in a loop cannot answer.
    const answer = (_event: IpcRendererEvent, beat: number) => void heartbeat(beat).catch(() => {});
    ipcRenderer.on(IPC_EVENTS.heartbeat, answer);
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS.heartbeat, answer);
    };
  },
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
