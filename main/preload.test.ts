/** The preload exposes exactly one global with named functions, never ipcRenderer itself. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_BRIDGE_KEY, IPC_CHANNELS } from '../app/ipc/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((channel: string) => Promise.resolve(`answer from ${channel}`));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('./preload');
  });

  it('exposes one key holding only the contract functions', () => {
    expect([...exposed.keys()]).toEqual([HOST_BRIDGE_KEY]);
    const api = exposed.get(HOST_BRIDGE_KEY) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['getContent', 'getSettings']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(invoke);
  });

  it('maps each function to its listed channel', async () => {
    const api = exposed.get(HOST_BRIDGE_KEY) as Record<'getContent' | 'getSettings', () => Promise<unknown>>;
    await expect(api.getContent()).resolves.toBe(`answer from ${IPC_CHANNELS.getContent}`);
    await expect(api.getSettings()).resolves.toBe(`answer from ${IPC_CHANNELS.getSettings}`);
  });
});
