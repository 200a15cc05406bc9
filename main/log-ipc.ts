/**
 * electron-log registers its own IPC channel in main when it is imported
 * (`__ELECTRON_LOG__`, both `ipcMain.on` and `ipcMain.handle`), outside the
 * validated IPC wrapper (ipc.ts): any frame could write anything to the log.
 * The page logs through the contract's `log` channel instead, so the
 * library's channel is closed.
 */

/** electron-log's channel (node_modules/electron-log/src/main/index.js). */
export const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

/** Removes electron-log's IPC listener and handler. */
export function closeElectronLogIpc(ipcMain: {
  removeAllListeners(channel: string): unknown;
  removeHandler(channel: string): void;
}): void {
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
}
