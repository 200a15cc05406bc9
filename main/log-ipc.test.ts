import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { closeElectronLogIpc, ELECTRON_LOG_CHANNEL } from './log-ipc';

/** ipcMain as Electron has it: `on` listeners, and one `handle` per channel (docs/api/ipc-main.md). */
class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, unknown>();
  handle(channel: string, handler: unknown): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

describe('closeElectronLogIpc', () => {
  it('closes the channel electron-log opens when it is imported, and nothing else', () => {
    const ipcMain = new FakeIpcMain();
    // What electron-log/src/main/index.js does on import: onIpc + onIpcInvoke on its channel.
    ipcMain.on(ELECTRON_LOG_CHANNEL, () => {});
    ipcMain.handle(ELECTRON_LOG_CHANNEL, () => ({}));
    ipcMain.handle('kiosk:log', () => {});
    closeElectronLogIpc(ipcMain);
    expect(ipcMain.listenerCount(ELECTRON_LOG_CHANNEL)).toBe(0);
    expect([...ipcMain.handlers.keys()]).toEqual(['kiosk:log']);
  });
});
