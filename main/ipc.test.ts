import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_TABLE, type IpcMethod } from '../app/ipc/table';
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
    const content = { bundle: {}, origin: 'bundled', problems: [] } as never;
    handleTrusted(ipcMain, 'getContent', () => content);
    const handler = handlers.get(IPC_TABLE.getContent.channel)!;
    expect(await handler(event(appFrame))).toBe(content);
  });

  it('types each handler against the table: a wrong answer or payload does not compile', () => {
    const { ipcMain } = fakeIpcMain();
    // @ts-expect-error getContent answers a ContentPayload, not a string
    handleTrusted(ipcMain, 'getContent', () => 'content');
    // @ts-expect-error verifyPin's payload is a string
    handleTrusted(ipcMain, 'verifyPin', (pin: number) => ({ outcome: 'rejected', attemptsLeft: pin }));
    // A right one: setMode gets a Mode and answers an AdminReply.
    handleTrusted(ipcMain, 'setMode', (mode) => ({
      ok: false,
      reason: mode === 'kiosk' ? 'locked' : 'default-pin',
    }));
  });

  it.each([
    ['no frame', null],
    ['a subframe', { url: 'app://kiosk/index.html', parent: {} }],
    ['a foreign URL', { url: 'https://evil.example/', parent: null }],
  ])('refuses %s, logs why and never runs the handler', (_case, frame) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const work = vi.fn();
    const refused = vi.fn();
    handleTrusted(ipcMain, 'getContent', work, refused);
    expect(() => handlers.get(IPC_TABLE.getContent.channel)!(event(frame))).toThrow(UntrustedSenderError);
    expect(work).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledOnce();
  });

  it('refuses to register a call outside the contract', () => {
    const { ipcMain } = fakeIpcMain();
    expect(() => handleTrusted(ipcMain, 'kiosk:shell' as never, () => 1)).toThrow(/not in the contract/);
  });

  it.each<[IpcMethod, unknown[], boolean]>([
    ['verifyPin', ['2468'], true],
    ['verifyPin', [2468], false],
    ['verifyPin', ['24a8'], false],
    ['verifyPin', ['1'.repeat(13)], false],
    ['verifyPin', [], false],
    ['verifyPin', ['2468', 'extra'], false],
    ['setMode', ['signage'], true],
    ['setMode', ['root'], false],
    ['log', [{ level: 'warn', message: 'x' }], true],
    ['log', [{ level: 'warn', message: 'x', extra: 1 }], false],
    ['log', [{ level: 'debug', message: 'x' }], false],
    ['log', [{ level: 'warn', message: 'x'.repeat(2001) }], false],
    ['quit', [], true],
    ['quit', [{ force: true }], false],
    ['getContent', ['../../etc/passwd'], false],
  ])('%s with %j → accepted: %s', (method, args, accepted) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const work = vi.fn(() => 'done');
    const refused = vi.fn();
    handleTrusted(ipcMain, method, work as never, refused);
    const { channel } = IPC_TABLE[method];
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
    const methods = Object.keys(IPC_TABLE) as IpcMethod[];
    for (let i = 0; i < 2000; i++) {
      const method = methods[i % methods.length]!;
      const { channel, payload: schema } = IPC_TABLE[method];
      const payload = oddValue(random);
      const { ipcMain, handlers } = fakeIpcMain();
      const work = vi.fn(() => 'done');
      handleTrusted(ipcMain, method, work as never);
      const valid = schema.safeParse(payload).success;
      const call = () => handlers.get(channel)!(event(appFrame), payload);
      if (valid) expect(call()).toBe('done');
      else expect(call).toThrow(InvalidPayloadError);
    }
  });
});
