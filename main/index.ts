/**
 * Electron main process: thin glue around the core. Boot order matters and
 * is kept in one place:
 *   0. the log, the process guards, the single-instance lock;
 *   1. before ready: the boot record (GPU off? safe screen?), the config,
 *      the privileged scheme, the sandbox for every renderer, the lockdown
 *      of every session and webContents as they are created;
 *   2. on ready: no menu, the default session locked, the app scheme, the
 *      content, IPC, the window; then the watchers (content folder, display
 *      blocker, nightly reload, resume repaint) and autostart.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  type Session,
} from 'electron';
import { describeProblem } from '../app/content/problems';
import { wantsCheck } from '../app/config/preflight';
import { DEFAULT_ADMIN_PIN, toShowSettings, type Mode } from '../app/config/settings';
import { confirmBoot, DEFAULT_BOOT_POLICY, onGpuCrash, planBoot } from '../app/kiosk/boot-guard';
import { unknownSlides } from '../app/kiosk/content-choice';
import { pickDisplay } from '../app/kiosk/display';
import { inspectionSwitches } from '../app/kiosk/inspection-switches';
import { launcherPath, relaunchOptions } from '../app/kiosk/relaunch';
import { DEFAULT_CRASH_POLICY } from '../app/kiosk/crash-budget';
import { RecentErrors, redactPersonalData, redactProblems } from '../app/kiosk/recent-errors';
import type { RecoveryKind } from '../app/insight/events';
import {
  IPC_CHANNELS,
  IPC_EVENTS,
  type AdminStatus,
  type ContentPayload,
  type SettingsPayload,
} from '../app/ipc/contract';
import { AdminService } from './admin';
import { applyAutostart, relaunchArgs } from './autostart';
import { runCheckAndExit } from './check-run';
import { readBootRecord, writeBootRecord } from './boot-state';
import { buildFlavour } from './build-flavour';
import { executableDir, loadConfig, resolveContentFolder } from './config';
import { exportHandouts, printWindowOptions } from './handout-export';
import { ContentWatcher, loadStartContent } from './content-source';
import { exportFromCommandLine, insightExportFlag, setupInsight, type Insight } from './insight';
import { handleTrusted } from './ipc';
import type { Logger } from './log';
import { setupFileLog } from './log-file';
import { closeElectronLogIpc } from './log-ipc';
import { lockWindow, type WindowLock } from './lockdown';
import { pinStore } from './pin-store';
import { gateQuits } from './quit-gate';
import { scheduleNightlyReload } from './nightly';
import { appPaths } from './paths';
import { keepDisplayAwake } from './power';
import { guardProcess } from './process-guards';
import { APP_ENTRY_URL, APP_SCHEME } from './protocol';
import { isRecoveryUrl, RECOVERY_URL, serveAppRequest } from './recovery-page';
import type { PageWatch } from './page-watch';
import { repaintAfterResume, superviseRenderer } from './recovery';
import { lockContents, lockSession } from './security';
import { claimSingleInstance } from './single-instance';
import { mainWindowOptions } from './window';

// 0. The log first, so everything after it can be told; errors in main never end the show.
const userData = app.getPath('userData');
const recentErrors = new RecentErrors();
const fileLog = setupFileLog(userData);
const log: Logger = {
  info: fileLog.info,
  warn: fileLog.warn,
  error: (message) => {
    fileLog.error(message);
    recentErrors.add(new Date(), redactPersonalData(message, [os.homedir()]));
  },
};
/** Errors in main since start: a start that had any is not confirmed healthy (boot-loop guard). */
let mainErrors = 0;
guardProcess(process, fileLog, (message) => {
  mainErrors++;
  recentErrors.add(new Date(), redactPersonalData(message, [os.homedir()]));
});

let window: BrowserWindow | undefined;
let windowLock: WindowLock | undefined;

const insightExportFolder = insightExportFlag(process.argv);
if (wantsCheck(process.argv)) {
  // The exhibitor's preflight: checks config, content and display, prints, exits; no window, no lock.
  void runCheckAndExit({
    argv: process.argv,
    defaultApp: Boolean(process.defaultApp),
    platform: process.platform,
    env: process.env,
    cwd: process.cwd(),
    exePath: app.getPath('exe'),
    userData,
    appPath: app.getAppPath(),
    ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'),
    whenReady: () => app.whenReady(),
    displays: () => ({ all: screen.getAllDisplays(), primary: screen.getPrimaryDisplay() }),
    print: (line) => console.log(line),
    exit: (code) => app.exit(code),
  });
} else if (insightExportFolder !== undefined) {
  // `--export-insight=FOLDER`: writes the CSV export and exits, without a window or the instance lock.
  void exportFromCommandLine(insightExportFolder, { userData, log, now: Date.now }, (line) =>
    process.stdout.write(`${line}\n`),
  ).then((code) => app.exit(code));
} else if (!claimSingleInstance(app, () => focusWindow(), log)) {
  log.info('start: another instance is running; this one exits');
  app.exit(0);
} else {
  boot();
}

function focusWindow(): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function boot(): void {
  const production = app.isPackaged;
  // Fuses cover neither Chromium's remote debugging nor its sandbox-off switch; the e2e flavour needs them.
  const refusedSwitches =
    production && buildFlavour(app.getAppPath()) !== 'e2e' ? inspectionSwitches(process.argv) : [];
  if (refusedSwitches.length > 0) {
    log.error(
      `start: refused: a packaged build does not start with ${refusedSwitches.join(' ')} (inspection or no sandbox)`,
    );
    app.exit(1);
    return;
  }
  const paths = appPaths(app.getAppPath());
  const bootTime = Date.now();
  log.info(
    `start: version ${app.getVersion()}, Electron ${process.versions.electron}, ${process.platform} ${process.arch}`,
  );

  // 1. Before ready.
  const bootFile = path.join(userData, 'kiosk-state.json');
  const bootPlan = planBoot(readBootRecord(bootFile), bootTime);
  let bootRecord = bootPlan.record;
  writeBootRecord(bootFile, bootRecord);
  if (bootPlan.disableHardwareAcceleration) {
    app.disableHardwareAcceleration();
    log.warn('start: hardware acceleration is off (the GPU process crashed repeatedly earlier)');
  }
  if (bootPlan.safeMode) log.error('start: the last starts all failed early; starting on the safe screen');

  const exeDir = executableDir(app.getPath('exe'), process.env, process.platform);
  // Read asynchronously, so the operator's disk never stops main; nothing before ready depends on it.
  const config = loadConfig({ argv: process.argv, cwd: process.cwd(), exeDir, userData });
  let quitting = false;
  let recoveries = 0;
  /** Set up once the config is read (it may turn insight off). */
  let insight: Insight | undefined;
  const countRecovery = (kind: RecoveryKind) => {
    recoveries++;
    insight?.recovery(kind);
  };

  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.enableSandbox();
  const blocked = (what: string, detail: string) => log.warn(`blocked ${what}${detail ? `: ${detail}` : ''}`);
  // Every session is locked once: the default one may be announced by session-created and locked on ready.
  const lockedSessions = new WeakSet<Session>();
  const lockOnce = (target: Session) => {
    if (lockedSessions.has(target)) return;
    lockedSessions.add(target);
    lockSession(target, blocked, !production);
  };
  app.on('session-created', lockOnce);
  app.on('web-contents-created', (_event, contents) => lockContents(contents, blocked));
  app.on('child-process-gone', (_event, details) => {
    if (details.type !== 'GPU' || details.reason === 'clean-exit' || quitting) return;
    const next = onGpuCrash(bootRecord, Date.now());
    bootRecord = next.record;
    writeBootRecord(bootFile, bootRecord);
    log.error(`gpu: the GPU process is gone (${details.reason}, exit code ${details.exitCode})`);
    countRecovery('gpu');
    if (next.relaunchWithoutGpu) {
      log.error('gpu: repeated GPU crashes; relaunching without hardware acceleration');
      quitting = true;
      windowLock?.allowClose();
      // From the AppImage or portable .exe where there is one: execPath is gone once this exits.
      app.relaunch(relaunchOptions(process.execPath, process.env, process.platform, process.argv));
      app.exit(0);
    }
  });
  // Recovery stays on, and the start unconfirmed, until the quit really goes ahead (will-quit),
  // or the system ends the session (then at once: the process may be ended right after).
  const quitGate = gateQuits({
    app,
    openForQuit: () => windowLock?.allowClose(),
    lockAgain: () => windowLock?.refuseClose(),
    onQuitting: () => {
      quitting = true;
      writeBootRecord(bootFile, confirmBoot(bootRecord, bootTime));
      insight?.stop();
      log.info('quit');
    },
    log,
  });
  app.on('window-all-closed', () => app.quit());

  // 2. On ready.
  void app.whenReady().then(async () => {
    // powerMonitor "cannot be used until the ready event" (docs/api/power-monitor.md); the system may
    // shut down while the disk is still being read.
    quitGate.watchPower(powerMonitor);
    Menu.setApplicationMenu(null);
    lockOnce(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, paths.renderer));

    const loaded = await config;
    const settings = loaded.settings;
    log.info(
      `config: ${loaded.file ? `${loaded.file.path} (${loaded.file.origin})` : 'no config file, defaults'}; mode ${settings.mode}`,
    );
    for (const problem of loaded.problems) log.warn(`config: ${describeProblem(problem)}`);
    if (settings.adminPin === DEFAULT_ADMIN_PIN && settings.mode !== 'presentation') {
      log.warn('config: the admin PIN is the default one; set "adminPin" in the config file');
    }
    let mode: Mode = settings.mode;
    const journal = setupInsight({ userData, enabled: settings.insight, log, now: Date.now });
    insight = journal;

    const folder = resolveContentFolder(settings.contentFolder, loaded, exeDir);
    const start = await loadStartContent(paths.data, folder);
    let content: ContentPayload | undefined = start.ok ? start.payload : undefined;
    if (!start.ok) log.error(`content: ${start.message}`);
    else {
      log.info(`content: ${content?.origin === 'folder' ? `the folder ${folder}` : 'the bundled data'}`);
      for (const problem of start.payload.problems) log.warn(`content: ${describeProblem(problem)}`);
    }
    let folderValid = folder === '' || content?.origin === 'folder';
    const slideProblems = content
      ? unknownSlides(settings, content.bundle, loaded.file?.path ?? 'command line')
      : [];
    for (const problem of slideProblems) log.warn(`config: ${describeProblem(problem)}`);

    const status = (): AdminStatus => ({
      version: app.getVersion(),
      host: 'electron',
      mode,
      content: {
        origin: content?.origin ?? 'bundled',
        folder: redactPersonalData(folder, [os.homedir()]),
        validated: folderValid,
        problems: content?.problems.length ?? 0,
      },
      uptimeSeconds: Math.round(process.uptime()),
      recoveries,
      hardwareAcceleration: !bootPlan.disableHardwareAcceleration,
      lastErrors: recentErrors.list(),
    });

    const loadApp = () => void window?.loadURL(APP_ENTRY_URL);
    const admin = new AdminService(
      settings.adminPin,
      {
        // The quit gate opens the window on before-quit; the short delay lets the IPC reply go out first.
        quit: () => void setTimeout(() => app.quit(), 100),
        reload: loadApp,
        setMode: (next) => {
          mode = next;
          setTimeout(() => openWindow(), 100);
        },
        status,
        exportHandout: () =>
          exportHandouts({
            chooseFolder: (options) =>
              window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
            openWindow: () => new BrowserWindow(printWindowOptions(paths.preload, production)),
            entryUrl: APP_ENTRY_URL,
            writeFile: (file, data) => writeFileSync(file, data),
            log,
            setTimeout,
            clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
          }),
      },
      log,
      Date.now,
      { mode: () => mode, store: pinStore(userData) },
    );

    // electron-log's own channel accepts anything from any frame; the page logs through the contract.
    closeElectronLogIpc(ipcMain);
    const refused = (reason: string) => log.warn(reason);
    /** The content's problems as the on-screen notice may show them. */
    const onScreen = (payload: ContentPayload): ContentPayload => ({
      ...payload,
      problems: redactProblems(payload.problems, [os.homedir()]),
    });
    handleTrusted(
      ipcMain,
      IPC_CHANNELS.getContent,
      () => {
        if (!content) throw new Error(start.ok ? 'no content' : start.message);
        return onScreen(content);
      },
      refused,
    );
    handleTrusted(
      ipcMain,
      IPC_CHANNELS.getSettings,
      (): SettingsPayload => ({
        settings: toShowSettings({ ...settings, mode }),
        // Shown on screen: paths without user names, as in the log and the status panel.
        problems: redactProblems([...loaded.problems, ...slideProblems], [os.homedir()]),
      }),
      refused,
    );
    handleTrusted(ipcMain, IPC_CHANNELS.verifyPin, (pin) => admin.verifyPin(pin), refused);
    handleTrusted(ipcMain, IPC_CHANNELS.endAdmin, () => admin.endSession(), refused);
    handleTrusted(ipcMain, IPC_CHANNELS.getStatus, () => admin.status(), refused);
    handleTrusted(ipcMain, IPC_CHANNELS.reload, () => admin.reload(), refused);
    handleTrusted(ipcMain, IPC_CHANNELS.setMode, (next) => admin.setMode(next), refused);
    handleTrusted(ipcMain, IPC_CHANNELS.quit, () => admin.quit(), refused);
    handleTrusted(ipcMain, IPC_CHANNELS.exportHandout, () => admin.exportHandout(), refused);
    // The page's "show started" report and heartbeat answers go to the watch of the window that sent them.
    const pageWatches = new WeakMap<object, PageWatch>();
    handleTrusted(
      ipcMain,
      IPC_CHANNELS.showStarted,
      (_none, event) => pageWatches.get(event.sender)?.showStarted(),
      refused,
    );
    handleTrusted(
      ipcMain,
      IPC_CHANNELS.heartbeat,
      (_beat, event) => pageWatches.get(event.sender)?.heartbeatAnswered(),
      refused,
    );
    journal.handleIpc({ ipcMain, admin, dialog, window: () => window });
    handleTrusted(
      ipcMain,
      IPC_CHANNELS.log,
      ({ level, message }) => log[level](`renderer: ${message}`),
      refused,
    );

    function openWindow(): void {
      const previous = window;
      const previousLock = windowLock;
      const picked = pickDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay(), settings.display);
      if (picked.note) log.warn(`display: ${picked.note}`);
      const next = new BrowserWindow(
        mainWindowOptions({ preload: paths.preload, production, mode, display: picked.display.bounds }),
      );
      window = next;
      windowLock = lockWindow(next, { mode, devTools: !production, log, setTimeout });
      quitGate.watchWindow(next);
      const watch = superviseRenderer(next.webContents, {
        log,
        now: Date.now,
        setTimeout,
        clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
        setInterval,
        clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
        loadApp: () => void next.loadURL(APP_ENTRY_URL),
        showSafeScreen: () => void next.loadURL(RECOVERY_URL),
        isSafeScreen: isRecoveryUrl,
        isQuitting: () => quitting,
        onRecovery: countRecovery,
        policy: DEFAULT_CRASH_POLICY,
      });
      pageWatches.set(next.webContents, watch);
      next.once('closed', () => watch.stop());
      next.once('ready-to-show', () => next.show());
      if (bootPlan.safeMode && !previous) {
        void next.loadURL(RECOVERY_URL);
        setTimeout(() => void next.loadURL(APP_ENTRY_URL), DEFAULT_CRASH_POLICY.safeRetryMs);
      } else void next.loadURL(APP_ENTRY_URL);
      log.info(`window: ${mode} mode on display ${picked.display.id}`);
      if (previous && !previous.isDestroyed()) {
        previousLock?.allowClose();
        previous.setClosable(true);
        previous.destroy();
      }
    }
    openWindow();

    if (folder !== '' && start.ok) {
      const watcher = new ContentWatcher({
        folder,
        bundled: start.bundled,
        applied: content?.origin === 'folder' ? start.fingerprint : '',
        rejected: content?.origin === 'folder' ? '' : start.fingerprint,
        log,
        now: Date.now,
        timers: { setInterval, clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout) },
        onUpdate: (payload) => {
          content = payload;
          folderValid = true;
          window?.webContents.send(IPC_EVENTS.contentUpdate, onScreen(payload));
        },
        onRejected: () => {
          folderValid = false;
        },
      });
      watcher.start();
      app.on('will-quit', () => watcher.stop());
    }

    keepDisplayAwake(
      powerSaveBlocker,
      { setInterval, clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
      log,
    );
    scheduleNightlyReload({
      time: settings.nightlyReload,
      now: () => new Date(),
      setTimeout,
      reload: loadApp,
      log,
    });
    powerMonitor.on('resume', () => {
      log.info('power: resumed from sleep');
      if (window) repaintAfterResume(window.webContents, { log, setTimeout, onRecovery: countRecovery });
    });
    setTimeout(() => {
      // Errors in main during start-up leave the start unconfirmed, so starts that keep failing
      // end on the safe screen instead of looping.
      if (mainErrors > 0) {
        log.warn(`start: not confirmed healthy (${mainErrors} error(s) in main during start-up)`);
        return;
      }
      bootRecord = confirmBoot(bootRecord, bootTime);
      writeBootRecord(bootFile, bootRecord);
      log.info('start: confirmed healthy');
    }, DEFAULT_BOOT_POLICY.healthyAfterMs);

    if (production) {
      applyAutostart(
        settings.autostart,
        {
          platform: process.platform,
          execPath: launcherPath(process.execPath, process.env, process.platform),
          exePath: process.execPath,
          args: relaunchArgs(process.argv),
          autostartDir: path.join(
            process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'),
            'autostart',
          ),
          setLoginItemSettings: (options) => app.setLoginItemSettings(options),
          writeFile: (file, text) => writeFileSync(file, text),
          removeFile: (file) => rmSync(file, { force: true }),
          makeDir: (dir) => mkdirSync(dir, { recursive: true }),
        },
        log,
      );
    } else if (settings.autostart) log.info('autostart: only set up by a packaged build');
  });
}
