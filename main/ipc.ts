/**
 * Every IPC handler goes through `handleTrusted`: a listed channel, a sender
 * that is the top frame of the app's own origin, and a fail-closed answer.
 * Checking the sender matters because any frame that got loaded by mistake
 * (an ad, a redirected page) could otherwise call into main.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type IpcChannel } from '../app/ipc/contract';
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

/** Registers an invoke handler that runs only for trusted senders on a listed channel. */
export function handleTrusted<T>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: IpcChannel,
  handler: (event: IpcMainInvokeEvent, payload: unknown) => T | Promise<T>,
  onRefused: (reason: string) => void = () => {},
): void {
  if (!KNOWN_CHANNELS.has(channel)) throw new Error(`IPC channel ${channel} is not in the contract`);
  ipcMain.handle(channel, (event, payload: unknown) => {
    // Read senderFrame once: it can turn null while the handler runs.
    const frame = event.senderFrame;
    if (!isTrustedSender(frame)) {
      const error = new UntrustedSenderError(channel);
      onRefused(`${error.message} (${frame?.url ?? 'no frame'})`);
      throw error;
    }
    return handler(event, payload);
  });
}
