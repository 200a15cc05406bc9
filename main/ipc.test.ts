import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../app/ipc/contract';
import { handleTrusted, isTrustedSender, UntrustedSenderError } from './ipc';

describe('isTrustedSender', () => {
  it.each([
    ['the app top frame', { url: 'app://kiosk/index.html', parent: null }, true],
    ['a null frame (destroyed or navigated)', null, false],
    ['a subframe of the app', { url: 'app://kiosk/index.html', parent: {} }, false],
    ['a foreign page', { url: 'https://example.com/', parent: null }, false],
    ['a look-alike host', { url: 'app://kiosk.example.com/', parent: null }, false],
    ['a file page', { url: 'file:///tmp/index.html', parent: null }, false],
    ['an empty URL (fails closed)', { url: '', parent: null }, false],
  ])('%s → %s', (_case, frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });
});

describe('handleTrusted', () => {
  type Handler = (event: IpcMainInvokeEvent, payload: unknown) => unknown;
  function fakeIpcMain() {
    const handlers = new Map<string, Handler>();
    const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
    return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers };
  }
  const event = (senderFrame: unknown) => ({ senderFrame }) as IpcMainInvokeEvent;

  it('answers the app top frame', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    handleTrusted(ipcMain, IPC_CHANNELS.getContent, () => 'content');
    const handler = handlers.get(IPC_CHANNELS.getContent)!;
    expect(await handler(event({ url: 'app://kiosk/index.html', parent: null }), undefined)).toBe('content');
  });

  it.each([
    ['no frame', null],
    ['a subframe', { url: 'app://kiosk/index.html', parent: {} }],
    ['a foreign URL', { url: 'https://evil.example/', parent: null }],
  ])('refuses %s, logs why and never runs the handler', (_case, frame) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const work = vi.fn();
    const refused = vi.fn();
    handleTrusted(ipcMain, IPC_CHANNELS.getContent, work, refused);
    expect(() => handlers.get(IPC_CHANNELS.getContent)!(event(frame), undefined)).toThrow(
      UntrustedSenderError,
    );
    expect(work).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledOnce();
  });

  it('refuses to register a channel outside the contract', () => {
    const { ipcMain } = fakeIpcMain();
    expect(() => handleTrusted(ipcMain, 'kiosk:shell' as never, () => 1)).toThrow(/not in the contract/);
  });
});
