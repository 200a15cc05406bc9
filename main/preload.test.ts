/** The preload exposes exactly one global with named functions, never ipcRenderer itself. */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_BRIDGE_KEY, IPC_EVENTS, type HostBridge } from '../app/ipc/contract';
import { guardPage, type EventTargetLike } from '../app/ipc/page-guards';
import { IPC_TABLE } from '../app/ipc/table';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ channel, args }));
const events = new EventEmitter();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => events.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      events.removeListener(channel, listener),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    events.removeAllListeners();
    vi.resetModules();
    await import('./preload');
  });

  const api = () => exposed.get(HOST_BRIDGE_KEY) as HostBridge;

  it('exposes one key holding only the contract functions', () => {
    expect([...exposed.keys()]).toEqual([HOST_BRIDGE_KEY]);
    expect(Object.keys(api()).sort()).toEqual([
      'answerHeartbeats',
      'endAdmin',
      'exportHandout',
      'exportInsight',
      'getContent',
      'getInsight',
      'getSettings',
      'getStatus',
      'log',
      'onContentUpdate',
      'quit',
      'recordInsight',
      'reload',
      'setMode',
      'showStarted',
      'verifyPin',
    ]);
    expect(Object.values(api()).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(api())).not.toContain(invoke);
  });

  it.each([
    ['getContent', [], IPC_TABLE.getContent.channel, []],
    ['getSettings', [], IPC_TABLE.getSettings.channel, []],
    ['verifyPin', ['2468'], IPC_TABLE.verifyPin.channel, ['2468']],
    ['endAdmin', [], IPC_TABLE.endAdmin.channel, []],
    ['getStatus', [], IPC_TABLE.getStatus.channel, []],
    ['reload', [], IPC_TABLE.reload.channel, []],
    ['setMode', ['signage'], IPC_TABLE.setMode.channel, ['signage']],
    ['quit', [], IPC_TABLE.quit.channel, []],
    ['exportHandout', [], IPC_TABLE.exportHandout.channel, []],
    ['log', ['warn', 'x'], IPC_TABLE.log.channel, [{ level: 'warn', message: 'x' }]],
    ['showStarted', [], IPC_TABLE.showStarted.channel, []],
    [
      'recordInsight',
      [[{ type: 'loop', t: 1 }]],
      IPC_TABLE.recordInsight.channel,
      [[{ type: 'loop', t: 1 }]],
    ],
    ['getInsight', [], IPC_TABLE.getInsight.channel, []],
    ['exportInsight', [], IPC_TABLE.exportInsight.channel, []],
  ] as const)('%s maps to its listed channel', async (name, args, channel, sent) => {
    const call = api()[name] as (...a: unknown[]) => Promise<unknown>;
    await expect(call(...args)).resolves.toEqual({ channel, args: sent });
  });

  it('hands content updates to the page without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api().onContentUpdate(listener);
    const payload = { origin: 'folder', problems: [] };
    events.emit(IPC_EVENTS.contentUpdate, { sender: 'ipc internals' }, payload);
    expect(listener).toHaveBeenCalledWith(payload);
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    events.emit(IPC_EVENTS.contentUpdate, {}, payload);
    expect(listener).toHaveBeenCalledOnce();
    expect(events.listenerCount(IPC_EVENTS.contentUpdate)).toBe(0);
  });

  it('answers each heartbeat with its own number, until unsubscribed', () => {
    invoke.mockClear();
    const unsubscribe = api().answerHeartbeats();
    events.emit(IPC_EVENTS.heartbeat, {}, 7);
    expect(invoke).toHaveBeenCalledWith(IPC_TABLE.heartbeat.channel, 7);
    unsubscribe();
    events.emit(IPC_EVENTS.heartbeat, {}, 8);
    expect(invoke).toHaveBeenCalledOnce();
  });
});

describe('guardPage', () => {
  function guarded() {
    const listeners = new Map<string, (event: { preventDefault(): void; ctrlKey?: boolean }) => void>();
    const target: EventTargetLike = { addEventListener: (type, listener) => listeners.set(type, listener) };
    guardPage(target);
    const fire = (type: string, ctrlKey = false) => {
      const event = { ctrlKey, prevented: false, preventDefault: () => (event.prevented = true) };
      listeners.get(type)!(event);
      return event.prevented;
    };
    return fire;
  }

  it.each([
    ['a file dragged over', 'dragover', false, true],
    ['a file dropped', 'drop', false, true],
    ['the long-press or right-click menu', 'contextmenu', false, true],
    ['a pinch (Safari gesture)', 'gesturestart', false, true],
    ['Ctrl + wheel (zoom)', 'wheel', true, true],
    ['a plain wheel (scrolling)', 'wheel', false, false],
  ])('%s → prevented: %s', (_case, type, ctrl, prevented) => {
    expect(guarded()(type, ctrl)).toBe(prevented);
  });
});
