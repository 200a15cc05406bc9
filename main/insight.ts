/**
 * Visitor insight in the Electron host: the journal in `userData/insight/`,
 * the three IPC calls (record from the show, statistics and export for the
 * admin panel), the host's own events (recoveries, quit), and the
 * `--export-insight=FOLDER` command line that writes the export without
 * opening a window. The numbers are worked out in app/insight/.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { dailyCsv, exportFileNames, visitsCsv } from '../app/insight/csv';
import type { InsightEvent, RecoveryKind } from '../app/insight/events';
import { DEFAULT_CAP_BYTES, localClock, type LocalClock } from '../app/insight/journal';
import { summarize } from '../app/insight/stats';
import type { AdminReply, InsightExport, InsightView } from '../app/ipc/contract';
import type { AdminService } from './admin';
import { handleTrusted } from './ipc';
import { InsightJournal, type JournalDisk } from './insight-store';
import type { Logger } from './log';

/** The journal's folder inside userData. */
export const INSIGHT_DIR = 'insight';

/** The folder given with `--export-insight=FOLDER` (or `--export-insight FOLDER`), if any. */
export function insightExportFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--export-insight=')) return arg.slice('--export-insight='.length);
    if (arg === '--export-insight') return argv[i + 1] ?? '';
  }
  return undefined;
}

/** Writes `text` to `file`, or to `name-2.csv`, `name-3.csv` … if that exists: never over a file already there. */
async function writeNew(file: string, text: string, write = writeFile): Promise<string> {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? file : `${stem}-${n}${ext}`;
    try {
      await write(candidate, text, { flag: 'wx', encoding: 'utf8' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error;
    }
  }
}

/** Writes visits and daily totals as CSV into `folder`; returns the files written. */
export async function writeInsightExport(
  journal: InsightJournal,
  folder: string,
  clock: LocalClock,
  now: number,
  write = writeFile,
): Promise<string[]> {
  const { events, skipped } = await journal.readAll();
  const summary = summarize(events, clock, now, skipped);
  const names = exportFileNames(summary.today);
  return [
    await writeNew(path.join(folder, names.visits), visitsCsv(summary, clock), write),
    await writeNew(path.join(folder, names.daily), dailyCsv(summary), write),
  ];
}

export interface InsightOptions {
  readonly userData: string;
  /** The `insight` setting: false records nothing (the statistics of earlier days still show). */
  readonly enabled: boolean;
  readonly log: Logger;
  readonly now: () => number;
  readonly clock?: LocalClock;
  readonly disk?: JournalDisk;
  readonly capBytes?: number;
}

/** The parts of Electron the IPC side needs, injected so it is tested with fakes. */
export interface InsightIpcDeps {
  readonly ipcMain: Pick<IpcMain, 'handle'>;
  readonly admin: Pick<AdminService, 'guard' | 'guardFileDialog'>;
  readonly dialog: Pick<Dialog, 'showOpenDialog'>;
  readonly window: () => BrowserWindow | undefined;
}

export interface Insight {
  readonly journal: InsightJournal;
  /** Records a recovery the host made, of the kind main/recovery.ts (or the GPU watch) gives. */
  recovery(kind: RecoveryKind): void;
  /** Records the quit, synchronously. */
  stop(): void;
  /** Registers the record, statistics and export calls. */
  handleIpc(deps: InsightIpcDeps): void;
}

/** Sets up the journal and returns the host's side of insight. */
export function setupInsight(options: InsightOptions): Insight {
  const clock = options.clock ?? localClock();
  const { log, now, enabled } = options;
  const journal = new InsightJournal({
    dir: path.join(options.userData, INSIGHT_DIR),
    clock,
    capBytes: options.capBytes ?? DEFAULT_CAP_BYTES,
    log,
    disk: options.disk,
  });
  const record = (event: InsightEvent) => {
    if (enabled) void journal.append([event]);
  };
  if (!enabled) log.info('insight: recording is off (the "insight" setting)');

  return {
    journal,
    recovery: (kind) => record({ type: 'recovery', t: now(), kind }),
    stop: () => {
      if (enabled) journal.appendNow({ type: 'stop', t: now() });
    },
    handleIpc: ({ ipcMain, admin, dialog, window }) => {
      const refused = (reason: string) => log.warn(reason);
      handleTrusted(
        ipcMain,
        'recordInsight',
        async (events) => {
          if (enabled) await journal.append(events);
        },
        refused,
      );
      handleTrusted(
        ipcMain,
        'getInsight',
        async (): Promise<AdminReply<InsightView>> => {
          const allowed = admin.guard('insight', () => true);
          if (!allowed.ok) return allowed;
          const { events, skipped } = await journal.readAll();
          const summary = summarize(events, clock, now(), skipped);
          // The visit list stays here: the view needs only the totals, and a month of visits is large.
          const view: Omit<typeof summary, 'visits'> & { visits?: unknown } = { ...summary };
          delete view.visits;
          return { ok: true, value: { ...view, recording: enabled } };
        },
        refused,
      );
      handleTrusted(
        ipcMain,
        'exportInsight',
        async (): Promise<AdminReply<InsightExport>> => {
          const allowed = admin.guardFileDialog('insight export', () => true);
          if (!allowed.ok) return allowed;
          const parent = window();
          // Electron docs (api/dialog.md): resolves { canceled, filePaths }, filePaths empty when
          // cancelled; 'createDirectory' is macOS only and ignored elsewhere.
          const options = {
            title: 'Export insight (CSV)',
            properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
          };
          const picked = parent
            ? await dialog.showOpenDialog(parent, options)
            : await dialog.showOpenDialog(options);
          const folder = picked.filePaths[0];
          if (picked.canceled || !folder) return { ok: true, value: { folder: '', files: [] } };
          try {
            const files = await writeInsightExport(journal, folder, clock, now());
            log.info(`insight: exported ${files.map((f) => path.basename(f)).join(', ')}`);
            return { ok: true, value: { folder, files: files.map((f) => path.basename(f)) } };
          } catch (error) {
            log.error(
              `insight: the export failed (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
            );
            return { ok: false, reason: 'unavailable' };
          }
        },
        refused,
      );
    },
  };
}

/** `--export-insight=FOLDER`: writes the export and returns the exit code, without a window. */
export async function exportFromCommandLine(
  folder: string,
  options: Pick<InsightOptions, 'userData' | 'log' | 'now' | 'clock' | 'disk'>,
  print: (line: string) => void,
): Promise<number> {
  if (folder === '') {
    print('--export-insight needs a folder: --export-insight=FOLDER');
    return 2;
  }
  const insight = setupInsight({ ...options, enabled: false, log: { info() {}, warn() {}, error() {} } });
  try {
    const files = await writeInsightExport(
      insight.journal,
      path.resolve(folder),
      options.clock ?? localClock(),
      options.now(),
    );
    for (const file of files) print(`wrote ${file}`);
    options.log.info(`insight: exported from the command line to ${files.length} file(s)`);
    return 0;
  } catch (error) {
    print(`cannot write the export to ${folder}: ${(error as Error).message}`);
    return 1;
  }
}
