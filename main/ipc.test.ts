import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type IpcChannel } from '../app/ipc/contract';
import { PAYLOAD_SCHEMAS } from '../app/ipc/payloads';
import { seededRandom, oddValue } from '../app/testing/fuzz';
import { handleTrusted, InvalidPayloadError, isTrustedSender, UntrustedSenderError } from './ipc';

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

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers };
}
const appFrame = { url: 'app://kiosk/index.html', parent: null };
const event = (senderFrame: unknown) => ({ senderFrame }) as IpcMainInvokeEvent;

describe('handleTrusted', () => {
  it('answers the app top frame', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    handleTrusted(ipcMain, IPC_CHANNELS.getContent, () => 'content');
    const handler = handlers.get(IPC_CHANNELS.getContent)!;
    expect(await handler(event(appFrame))).toBe('content');
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
    expect(() => handlers.get(IPC_CHANNELS.getContent)!(event(frame))).toThrow(UntrustedSenderError);
    expect(work).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledOnce();
  });

  it('refuses to register a channel outside the contract', () => {
    const { ipcMain } = fakeIpcMain();
    expect(() => handleTrusted(ipcMain, 'kiosk:shell' as never, () => 1)).toThrow(/not in the contract/);
  });

  it.each<[IpcChannel, unknown[], boolean]>([
    [IPC_CHANNELS.verifyPin, ['2468'], true],
    [IPC_CHANNELS.verifyPin, [2468], false],
    [IPC_CHANNELS.verifyPin, ['24a8'], false],
    [IPC_CHANNELS.verifyPin, ['1'.repeat(13)], false],
    [IPC_CHANNELS.verifyPin, [], false],
    [IPC_CHANNELS.verifyPin, ['2468', 'extra'], false],
    [IPC_CHANNELS.setMode, ['signage'], true],
    [IPC_CHANNELS.setMode, ['root'], false],
    [IPC_CHANNELS.log, [{ level: 'warn', message: 'x' }], true],
    [IPC_CHANNELS.log, [{ level: 'warn', message: 'x', extra: 1 }], false],
    [IPC_CHANNELS.log, [{ level: 'debug', message: 'x' }], false],
    [IPC_CHANNELS.log, [{ level: 'warn', message: 'x'.repeat(2001) }], false],
    [IPC_CHANNELS.quit, [], true],
    [IPC_CHANNELS.quit, [{ force: true }], false],
    [IPC_CHANNELS.getContent, ['../../etc/passwd'], false],
  ])('%s with %j → accepted: %s', (channel, args, accepted) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const work = vi.fn(() => 'done');
    const refused = vi.fn();
    handleTrusted(ipcMain, channel, work, refused);
    const call = () => handlers.get(channel)!(event(appFrame), ...args);
    if (accepted) {
      expect(call()).toBe('done');
      expect(refused).not.toHaveBeenCalled();
    } else {
      expect(call).toThrow(InvalidPayloadError);
      expect(work).not.toHaveBeenCalled();
      expect(refused).toHaveBeenCalledWith(expect.stringContaining(channel));
    }
  });

  it('refuses 2000 random payloads on every channel without ever running a handler on a bad one', () => {
    const random = seededRandom(7);
    const channels = Object.values(IPC_CHANNELS);
    for (let i = 0; i < 2000; i++) {
      const channel = channels[i % channels.length]!;
      const payload = oddValue(random);
      const { ipcMain, handlers } = fakeIpcMain();
      const work = vi.fn(() => 'done');
      handleTrusted(ipcMain, channel, work);
      const valid = PAYLOAD_SCHEMAS[channel].safeParse(payload).success;
      const call = () => handlers.get(channel)!(event(appFrame), payload);
      if (valid) expect(call()).toBe('done');
      else expect(call).toThrow(InvalidPayloadError);
    }
  });
});
