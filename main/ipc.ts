/**
 * Every IPC handler goes through `handleTrusted`: a listed channel, a sender
 * that is the top frame of the app's own origin, a payload that passes the
 * channel's schema, and a fail-closed answer. Checking the sender matters
 * because any frame that got loaded by mistake (an ad, a redirected page)
 * could otherwise call into main; checking the payload matters because the
 * renderer is the less trusted side.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type IpcChannel } from '../app/ipc/contract';
import { PAYLOAD_SCHEMAS, type PayloadOf } from '../app/ipc/payloads';
import { isAppUrl } from './protocol';

const KNOWN_CHANNELS: ReadonlySet<string> = new Set(Object.values(IPC_CHANNELS));

/** The parts of a sender frame the check reads; `null` since Electron 33 when the frame is gone. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** Accepts only the app's own top-level frame. An unknown or missing frame is refused. */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`IPC ${channel}: refused, the sender is not the app's own top frame`);
    this.name = 'UntrustedSenderError';
  }
}

export class InvalidPayloadError extends Error {
  constructor(channel: string) {
    super(`IPC ${channel}: refused, the payload does not match the contract`);
    this.name = 'InvalidPayloadError';
  }
}

/** Registers an invoke handler that runs only for trusted senders, on a listed channel, with a valid payload. */
export function handleTrusted<C extends IpcChannel, T>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  handler: (payload: PayloadOf<C>, event: IpcMainInvokeEvent) => T | Promise<T>,
  onRefused: (reason: string) => void = () => {},
): void {
  if (!KNOWN_CHANNELS.has(channel)) throw new Error(`IPC channel ${channel} is not in the contract`);
  const schema = PAYLOAD_SCHEMAS[channel];
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    // Read senderFrame once: it can turn null while the handler runs.
    const frame = event.senderFrame;
    if (!isTrustedSender(frame)) {
      const error = new UntrustedSenderError(channel);
      onRefused(`${error.message} (${frame?.url ?? 'no frame'})`);
      throw error;
    }
    // One argument at most: extra arguments are as suspicious as a wrong one.
    const parsed = args.length <= 1 ? schema.safeParse(args[0]) : undefined;
    if (!parsed?.success) {
      const error = new InvalidPayloadError(channel);
      onRefused(error.message);
      throw error;
    }
    return handler(parsed.data as PayloadOf<C>, event);
  });
}
