import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAILY_COLUMNS, VISIT_COLUMNS } from '../app/insight/csv';
import { encodeLine, localClock } from '../app/insight/journal';
import type { AdminReply, InsightExport, InsightView } from '../app/ipc/contract';
import { IPC_TABLE } from '../app/ipc/table';
import { syntheticWeek } from '../app/testing/insight-week';
import { exportFromCommandLine, insightExportFlag, setupInsight } from './insight';
import type { Logger } from './log';

const clock = localClock('Europe/Rome');
const T = Date.parse('2026-05-11T07:00:00Z');
const quiet: Logger = { info() {}, warn() {}, error() {} };
const appFrame = {
  senderFrame: { url: 'app://kiosk/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  const call = (channel: string, ...args: unknown[]) => handlers.get(channel)!(appFrame, ...args);
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle'>, call };
}

/**
 * Electron's dialog.showOpenDialog (docs/api/dialog.md): resolves `{ canceled, filePaths }`, with
 * `filePaths` empty when cancelled; with a parent window the dialog is modal to it.
 */
function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  return { showOpenDialog: vi.fn(() => Promise.resolve(answer)) } as unknown as Pick<
    Dialog,
    'showOpenDialog'
  > & {
    showOpenDialog: ReturnType<typeof vi.fn>;
  };
}

let userData: string;
let usb: string;
beforeEach(() => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'userdata-'));
  usb = mkdtempSync(path.join(os.tmpdir(), 'usb-'));
});
afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
  rmSync(usb, { recursive: true, force: true });
});

function setup(
  options: {
    enabled?: boolean;
    adminOpen?: boolean;
    defaultPin?: boolean;
    dialog?: ReturnType<typeof fakeDialog>;
  } = {},
) {
  const insight = setupInsight({
    userData,
    enabled: options.enabled ?? true,
    log: quiet,
    now: () => T + 9 * 3600_000,
    clock,
  });
  const { ipcMain, call } = fakeIpcMain();
  const guard = <V>(_what: string, action: () => V) =>
    options.adminOpen === false
      ? ({ ok: false, reason: 'locked' } as const)
      : ({ ok: true, value: action() } as const);
  const admin = {
    guard,
    // As AdminService: a file dialog stays closed behind the default PIN (kiosk, signage).
    guardFileDialog: <V>(what: string, action: () => V) =>
      options.defaultPin ? ({ ok: false, reason: 'default-pin' } as const) : guard(what, action),
  };
  const dialog = options.dialog ?? fakeDialog({ canceled: true, filePaths: [] });
  insight.handleIpc({ ipcMain, admin, dialog, window: () => ({}) as BrowserWindow });
  return { insight, call, dialog };
}

const { events } = syntheticWeek({ start: T, days: 1, openHours: 8, visitEveryMinutes: 10 });

describe('insight in the host', () => {
  it('records batches from the show, and the statistics come back to an admin session', async () => {
    const { call } = setup();
    await call(IPC_TABLE.recordInsight.channel, events.slice(0, 100));
    await call(IPC_TABLE.recordInsight.channel, events.slice(100));
    const reply = (await call(IPC_TABLE.getInsight.channel)) as AdminReply<InsightView>;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value.recording).toBe(true);
    expect(reply.value.todayTotals.visits).toBe(events.filter((e) => e.type === 'wake').length);
    expect(reply.value).not.toHaveProperty('visits');
  });

  it.each([
    ['coordinates', [{ type: 'mark', t: T, slide: 'a', mark: 'b', x: 100, y: 200 }]],
    ['free text', [{ type: 'mark', t: T, slide: 'a', mark: 'Mario Rossi' }]],
    ['an unknown event', [{ type: 'face', t: T }]],
    ['not a batch', { type: 'loop', t: T }],
  ])('refuses a batch with %s', async (_name, payload) => {
    const { call } = setup();
    await expect(
      Promise.resolve().then(() => call(IPC_TABLE.recordInsight.channel, payload)),
    ).rejects.toThrow(/payload/);
  });

  it('with the insight setting off, records nothing', async () => {
    const { call } = setup({ enabled: false });
    await call(IPC_TABLE.recordInsight.channel, events.slice(0, 10));
    expect(readdirSync(userData)).not.toContain('insight-2026-05-11.jsonl');
    const reply = (await call(IPC_TABLE.getInsight.channel)) as AdminReply<InsightView>;
    expect(reply.ok && reply.value.todayTotals.loops).toBe(0);
  });

  it('statistics and export need an admin session', async () => {
    const { call, dialog } = setup({ adminOpen: false });
    expect(await call(IPC_TABLE.getInsight.channel)).toEqual({ ok: false, reason: 'locked' });
    expect(await call(IPC_TABLE.exportInsight.channel)).toEqual({ ok: false, reason: 'locked' });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('behind the default PIN the statistics show, but the export opens no folder dialog', async () => {
    const { call, dialog } = setup({ defaultPin: true });
    expect(await call(IPC_TABLE.getInsight.channel)).toMatchObject({ ok: true });
    expect(await call(IPC_TABLE.exportInsight.channel)).toEqual({ ok: false, reason: 'default-pin' });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('exports two CSV files to the folder picked in the dialog, never over an existing file', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: [usb] });
    const { call } = setup({ dialog });
    for (let i = 0; i < events.length; i += 400)
      await call(IPC_TABLE.recordInsight.channel, events.slice(i, i + 400));
    writeFileSync(path.join(usb, 'kiosk-visits-2026-05-11.csv'), 'the exhibitor’s own');
    const reply = (await call(IPC_TABLE.exportInsight.channel)) as AdminReply<InsightExport>;
    expect(reply).toEqual({
      ok: true,
      value: { folder: usb, files: ['kiosk-visits-2026-05-11-2.csv', 'kiosk-daily-2026-05-11.csv'] },
    });
    expect(dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(readFileSync(path.join(usb, 'kiosk-visits-2026-05-11.csv'), 'utf8')).toBe('the exhibitor’s own');
    const visits = readFileSync(path.join(usb, 'kiosk-visits-2026-05-11-2.csv'), 'utf8').split('\r\n');
    expect(visits[0]).toBe(VISIT_COLUMNS.join(','));
    expect(visits.filter(Boolean)).toHaveLength(1 + events.filter((e) => e.type === 'wake').length);
  });

  it('a cancelled dialog writes nothing', async () => {
    const { call } = setup();
    expect(await call(IPC_TABLE.exportInsight.channel)).toEqual({
      ok: true,
      value: { folder: '', files: [] },
    });
    expect(readdirSync(usb)).toEqual([]);
  });

  it('records the host’s recoveries and the quit', async () => {
    const { insight } = setup();
    insight.recovery('crash');
    insight.recovery('hang');
    insight.recovery('gpu');
    await insight.journal.append([]);
    insight.stop();
    expect(
      (await insight.journal.readAll()).events.map((e) => (e.type === 'recovery' ? e.kind : e.type)),
    ).toEqual(['crash', 'hang', 'gpu', 'stop']);
  });
});

describe('the command line', () => {
  it.each([
    [['kiosk', '--export-insight=/media/usb'], '/media/usb'],
    [['kiosk', '--export-insight', 'E:\\'], 'E:\\'],
    [['kiosk', '--export-insight'], ''],
    [['kiosk', '--mode=signage'], undefined],
  ])('%j → %j', (argv, folder) => {
    expect(insightExportFlag(argv)).toBe(folder);
  });

  it('--export-insight writes the export without a window', async () => {
    mkdirJournal(events.map(encodeLine).join(''));
    const printed: string[] = [];
    const code = await exportFromCommandLine(usb, { userData, log: quiet, now: () => T, clock }, (l) =>
      printed.push(l),
    );
    expect(code).toBe(0);
    expect(readdirSync(usb).sort()).toEqual(['kiosk-daily-2026-05-11.csv', 'kiosk-visits-2026-05-11.csv']);
    expect(readFileSync(path.join(usb, 'kiosk-daily-2026-05-11.csv'), 'utf8').split('\r\n')[0]).toBe(
      DAILY_COLUMNS.join(','),
    );
    expect(printed).toHaveLength(2);
    expect(await exportFromCommandLine('', { userData, log: quiet, now: () => T, clock }, () => {})).toBe(2);
  });
});

function mkdirJournal(text: string) {
  const dir = path.join(userData, 'insight');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'insight-2026-05-11.jsonl'), text);
}
