/** The IPC step: every channel of the contract answered, from the host state, through the admin session. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../app/config/config-file';
import type { AdminReply, AdminStatus } from '../app/ipc/contract';
import { IPC_TABLE } from '../app/ipc/table';
import { setupInsight } from './insight';
import { setupContent } from './setup-content';
import { setupIpc, type IpcElectron } from './setup-ipc';
import { testContext } from './testing/boot-context';

const repo = fileURLToPath(new URL('../', import.meta.url));
const PIN = '97531';

async function setup() {
  const ctx = { ...testContext(), paths: { renderer: '', preload: '', data: path.join(repo, 'data') } };
  const loaded = loadSettings(['k', '--mode=kiosk', `--admin-pin=${PIN}`], undefined, undefined);
  const content = await setupContent(ctx, loaded, repo);
  const insight = setupInsight({ userData: ctx.userData, enabled: false, log: ctx.log, now: ctx.now });
  const handlers = new Map<string, (event: unknown, payload?: unknown) => unknown>();
  const ipcMain = {
    handle: (channel: string, handler: (event: unknown, payload?: unknown) => unknown) =>
      handlers.set(channel, handler),
    removeHandler: vi.fn(),
    removeAllListeners: vi.fn(),
  };
  const window = { open: vi.fn(), reload: vi.fn(), watchOf: vi.fn() };
  const app = { getVersion: () => '1.2.3', quit: vi.fn() };
  const electron = { ipcMain, app, dialog: {}, BrowserWindow: vi.fn() } as unknown as IpcElectron;
  setupIpc(ctx, electron, { loaded, content, insight, window, hardwareAcceleration: true });
  const sender = { senderFrame: { url: 'app://kiosk/index.html', parent: null }, sender: {} };
  const call = (channel: string, payload?: unknown) => handlers.get(channel)!(sender, payload);
  return { ctx, handlers, window, app, call };
}

describe('setupIpc', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => void vi.useRealTimers());

  it('answers every channel of the contract', async () => {
    const { handlers } = await setup();
    expect([...handlers.keys()].sort()).toEqual(
      Object.values(IPC_TABLE)
        .map((call) => call.channel)
        .sort(),
    );
  });

  it('the status panel reads the host state: mode, recoveries, the last errors', async () => {
    const { ctx, call } = await setup();
    expect(call(IPC_TABLE.getStatus.channel)).toEqual({ ok: false, reason: 'locked' });
    call(IPC_TABLE.verifyPin.channel, PIN);
    ctx.host.countRecovery('crash');
    ctx.log.error('gpu: the GPU process is gone');
    const reply = call(IPC_TABLE.getStatus.channel) as AdminReply<AdminStatus>;
    expect(reply.ok && reply.value).toMatchObject({
      version: '1.2.3',
      mode: 'kiosk',
      recoveries: 1,
      hardwareAcceleration: true,
      lastErrors: [{ message: 'gpu: the GPU process is gone' }],
    });
  });

  it('a mode switch changes the mode the page is told, and opens the window again once the reply is out', async () => {
    const { ctx, call, window } = await setup();
    call(IPC_TABLE.verifyPin.channel, PIN);
    expect(call(IPC_TABLE.setMode.channel, 'presentation')).toEqual({ ok: true });
    expect(ctx.host.mode).toBe('presentation');
    expect(window.open).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(window.open).toHaveBeenCalledOnce();
    expect(call(IPC_TABLE.getSettings.channel)).toMatchObject({ settings: { mode: 'presentation' } });
  });

  it("the page's log lines go to the host log, marked as the renderer's", async () => {
    const { ctx, call } = await setup();
    call(IPC_TABLE.log.channel, { level: 'warn', message: 'font late' });
    expect(ctx.lines).toContain('warn renderer: font late');
  });
});
