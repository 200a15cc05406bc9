/**
 * Electron main process: thin glue, an ordered list of setups (one module
 * each, sharing the BootContext). Boot order matters and is kept here:
 *   0. the log and the process guards; the command line (--check,
 *      --export-insight) in place of the show; the single-instance lock; the
 *      refused switches;
 *   1. before ready: the boot record and GPU plan, the config (read
 *      asynchronously), sessions (privileged scheme, sandbox, lockdown of
 *      every session and webContents as they are created), the quit gate;
 *   2. on ready: no menu, the default session locked, the app scheme; the
 *      config read, insight, the content, the IPC handlers, the window; then
 *      the watchers (content folder, display blocker, nightly reload, resume
 *      repaint), the healthy-start check, and autostart.
 */
// The setups are handed Electron's modules (each takes the few it uses, so its test hands it fakes).
import * as electron from 'electron';
import { app, type BrowserWindow } from 'electron';
import type { BootContext } from './boot-context';
import { createHostLog } from './host-log';
import { HostState } from './host-state';
import { setupInsight } from './insight';
import { setupFileLog } from './log-file';
import { appPaths } from './paths';
import { guardProcess } from './process-guards';
import { setupAutostart } from './setup-autostart';
import { setupBootGuard } from './setup-boot-guard';
import { refusesSwitches, runCommandInstead } from './setup-command-line';
import { setupConfig } from './setup-config';
import { setupContent } from './setup-content';
import { setupIpc } from './setup-ipc';
import { setupQuit } from './setup-quit';
import { setupSessions } from './setup-sessions';
import { setupWatchers } from './setup-watchers';
import { focusWindow, setupMainWindow } from './setup-window';
import { claimSingleInstance } from './single-instance';

// 0. The log first, so everything after it can be told; errors in main never end the show.
const userData = app.getPath('userData');
const host = new HostState<BrowserWindow>();
const log = createHostLog(setupFileLog(userData));
guardProcess(process, log, () => host.mainErrors++);
const ctx: BootContext = {
  host,
  log,
  userData,
  production: app.isPackaged,
  paths: appPaths(app.getAppPath()),
  process,
  now: Date.now,
};

if (runCommandInstead(ctx, electron)) {
  // The command runs in place of the show and exits when done: no window, no instance lock.
} else if (!claimSingleInstance(app, () => focusWindow(host), log)) {
  log.info('start: another instance is running; this one exits');
  app.exit(0);
} else if (!refusesSwitches(app, process.argv, log)) {
  boot();
}

function boot(): void {
  const { platform, arch, versions } = process;
  log.info(`start: version ${app.getVersion()}, Electron ${versions.electron}, ${platform} ${arch}`);

  // 1. Before ready.
  const bootGuard = setupBootGuard(ctx, app);
  const config = setupConfig(ctx, app.getPath('exe'));
  const sessionsOnReady = setupSessions(ctx, electron);
  const quitGate = setupQuit(ctx, app, bootGuard);

  // 2. On ready.
  void app.whenReady().then(async () => {
    // powerMonitor "cannot be used until the ready event" (docs/api/power-monitor.md); the system may
    // shut down while the disk is still being read.
    quitGate.watchPower(electron.powerMonitor);
    sessionsOnReady(electron);
    const { loaded, exeDir } = await config();
    const { settings } = loaded;
    host.mode = settings.mode;
    const insight = (host.insight = setupInsight({ userData, enabled: settings.insight, log, now: ctx.now }));
    const content = await setupContent(ctx, loaded, exeDir);
    const { safeMode, disableHardwareAcceleration } = bootGuard.plan;
    const window = setupMainWindow(ctx, electron, { quitGate, display: settings.display, safeMode });
    setupIpc(ctx, electron, {
      loaded,
      content,
      insight,
      window,
      hardwareAcceleration: !disableHardwareAcceleration,
    });
    window.open();
    setupWatchers(ctx, electron, { content, nightlyReload: settings.nightlyReload, reload: window.reload });
    bootGuard.confirmWhenHealthy();
    setupAutostart(ctx, app, settings.autostart);
  });
}
