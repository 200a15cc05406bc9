/**
 * Electron main process: thin glue around the core. Boot order matters and
 * is kept in one place:
 *   1. before ready: privileged scheme, sandbox for every renderer;
 *   2. on ready: no menu, the app scheme, content, IPC, then the window.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol } from 'electron';
import { describeProblems } from '../app/content/bundle';
import { mergeSettings, settingsFromFlags } from '../app/config/settings';
import { IPC_CHANNELS, type ContentPayload, type SettingsPayload } from '../app/ipc/contract';
import { loadContentFolder } from './content';
import { handleTrusted } from './ipc';
import { lockNavigation } from './navigation';
import { appPaths } from './paths';
import { APP_ENTRY_URL, APP_SCHEME, respondToAppRequest } from './protocol';
import { mainWindowOptions } from './window';

const paths = appPaths(app.getAppPath());

// 1. Before ready.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

function loadContent(): ContentPayload {
  const bundled = loadContentFolder(paths.data, 'data/');
  if (!bundled.ok) {
    // The bundled data is checked by tests; if it is broken anyway, say exactly why.
    throw new Error(`The bundled content is invalid:\n${describeProblems(bundled.problems)}`);
  }
  return { bundle: bundled.value, origin: 'bundled', problems: [] };
}

function loadSettings(): SettingsPayload {
  const flags = settingsFromFlags(process.argv);
  for (const problem of flags.problems) console.warn(`${problem.file}: ${problem.path}: ${problem.message}`);
  return { settings: mergeSettings(flags.layer), problems: flags.problems };
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preload: paths.preload, production: app.isPackaged }));
  lockNavigation(window.webContents, (what, url) => console.warn(`blocked ${what} to ${url}`));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

// 2. On ready.
void app.whenReady().then(() => {
  Menu.setApplicationMenu(null);
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request.url, paths.renderer));
  const content = loadContent();
  const settings = loadSettings();
  const refused = (reason: string) => console.warn(reason);
  handleTrusted(ipcMain, IPC_CHANNELS.getContent, () => content, refused);
  handleTrusted(ipcMain, IPC_CHANNELS.getSettings, () => settings, refused);
  createWindow();
});

app.on('window-all-closed', () => app.quit());
