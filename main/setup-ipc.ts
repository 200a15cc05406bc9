/**
 * Step 4 of the boot: the IPC handlers. Every channel of the contract is
 * answered here (insight's through main/insight.ts), each through
 * handleTrusted; the admin panel's actions go through the admin service,
 * which checks the session; electron-log's own channel is closed.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, IpcMain } from 'electron';
import type { LoadedSettings } from '../app/config/config-file';
import { toShowSettings } from '../app/config/settings';
import type { AdminStatus, SettingsPayload } from '../app/ipc/contract';
import { AdminService } from './admin';
import { exportHandouts, printWindowOptions } from './handout-export';
import { redactHomeProblems } from './host-log';
import type { BootContext } from './boot-context';
import type { Insight } from './insight';
import { handleTrusted } from './ipc';
import { closeElectronLogIpc } from './log-ipc';
import { pinStore } from './pin-store';
import { APP_ENTRY_URL } from './protocol';
import type { MainWindow } from './setup-window';
import type { ShowContent } from './setup-content';
import { nodeTimers } from './timers';

export interface IpcElectron {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler' | 'removeAllListeners'>;
  readonly dialog: Pick<Dialog, 'showOpenDialog'>;
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly app: { getVersion(): string; quit(): void };
}

/** What the handlers answer from: the settings, the content, insight and the window. */
export interface IpcSources {
  readonly loaded: LoadedSettings;
  readonly content: ShowContent;
  readonly insight: Insight;
  readonly window: MainWindow;
  /** Whether hardware acceleration is on (the boot plan). */
  readonly hardwareAcceleration: boolean;
}

/** Registers every IPC handler. */
export function setupIpc(ctx: BootContext, electron: IpcElectron, sources: IpcSources): void {
  const { ipcMain, dialog, app } = electron;
  const { host, log } = ctx;
  const { content, loaded, window } = sources;
  const settings = loaded.settings;
  const status = (): AdminStatus => ({
    version: app.getVersion(),
    host: 'electron',
    mode: host.mode,
    content: content.status(),
    uptimeSeconds: Math.round(ctx.process.uptime()),
    recoveries: host.recoveries,
    hardwareAcceleration: sources.hardwareAcceleration,
    lastErrors: log.lastErrors(),
  });
  const admin = new AdminService(
    settings.adminPin,
    {
      // The quit gate opens the window on before-quit; the short delay lets the IPC reply go out first.
      quit: () => void nodeTimers.setTimeout(() => app.quit(), 100),
      reload: window.reload,
      setMode: (next) => {
        host.mode = next;
        nodeTimers.setTimeout(() => window.open(), 100);
      },
      status,
      exportHandout: () =>
        exportHandouts({
          chooseFolder: (options) =>
            host.window ? dialog.showOpenDialog(host.window, options) : dialog.showOpenDialog(options),
          openWindow: () => new electron.BrowserWindow(printWindowOptions(ctx.paths.preload, ctx.production)),
          entryUrl: APP_ENTRY_URL,
          writeFile: (file, data) => writeFileSync(file, data),
          log,
          setTimeout: nodeTimers.setTimeout,
          clearTimeout: nodeTimers.clearTimeout,
        }),
    },
    log,
    Date.now,
    { mode: () => host.mode, store: pinStore(ctx.userData) },
  );

  // electron-log's own channel accepts anything from any frame; the page logs through the contract.
  closeElectronLogIpc(ipcMain);
  const refused = (reason: string) => log.warn(reason);
  handleTrusted(ipcMain, 'getContent', () => content.forPage(), refused);
  handleTrusted(
    ipcMain,
    'getSettings',
    (): SettingsPayload => ({
      settings: toShowSettings({ ...settings, mode: host.mode }),
      // Shown on screen: paths without user names, as in the log and the status panel.
      problems: redactHomeProblems([...loaded.problems, ...content.slideProblems]),
    }),
    refused,
  );
  handleTrusted(ipcMain, 'verifyPin', (pin) => admin.verifyPin(pin), refused);
  handleTrusted(ipcMain, 'endAdmin', () => admin.endSession(), refused);
  handleTrusted(ipcMain, 'getStatus', () => admin.status(), refused);
  handleTrusted(ipcMain, 'reload', () => admin.reload(), refused);
  handleTrusted(ipcMain, 'setMode', (next) => admin.setMode(next), refused);
  handleTrusted(ipcMain, 'quit', () => admin.quit(), refused);
  handleTrusted(ipcMain, 'exportHandout', () => admin.exportHandout(), refused);
  handleTrusted(
    ipcMain,
    'showStarted',
    (_none, event) => window.watchOf(event.sender)?.showStarted(),
    refused,
  );
  handleTrusted(
    ipcMain,
    'heartbeat',
    (_beat, event) => window.watchOf(event.sender)?.heartbeatAnswered(),
    refused,
  );
  sources.insight.handleIpc({ ipcMain, admin, dialog, window: () => host.window });
  handleTrusted(ipcMain, 'log', ({ level, message }) => log[level](`renderer: ${message}`), refused);
}
