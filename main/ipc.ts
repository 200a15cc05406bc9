/**
 * Every IPC handler goes through `handleTrusted`: a call of the IPC table
 * (app/ipc/table.ts), a sender that is the top frame of the app's own origin,
 * a payload that passes the call's schema, and a fail-closed answer. The
 * handler's answer is typed by the table. Checking the sender matters
 * because any frame that got loaded by mistake (an ad, a redirected page)
 * could otherwise call into main; checking the payload matters because the
 * renderer is the less trusted side.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_TABLE, type IpcMethod, type PayloadOf, type ResultOf } from '../app/ipc/table';
import { isAppUrl } from './protocol';

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

/** A handler for call `M`: its parsed payload in, the answer the table gives `M` out. */
export type IpcHandler<M extends IpcMethod> = (
  payload: PayloadOf<M>,
  event: IpcMainInvokeEvent,
) => ResultOf<M> | Promise<ResultOf<M>>;

/** Registers the handler of call `method`; it runs only for trusted senders, with a valid payload. */
export function handleTrusted<M extends IpcMethod>(
  ipcMain: Pick<IpcMain, 'handle'>,
  method: M,
  // M comes from the method alone, so the handler's answer is checked against it (literals kept).
  handler: NoInfer<IpcHandler<M>>,
  onRefused: (reason: string) => void = () => {},
): void {
  if (!Object.hasOwn(IPC_TABLE, method)) throw new Error(`IPC call ${method} is not in the contract`);
  const { channel, payload } = IPC_TABLE[method];
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    // Read senderFrame once: it can turn null while the handler runs.
    const frame = event.senderFrame;
    if (!isTrustedSender(frame)) {
      const error = new UntrustedSenderError(channel);
      onRefused(`${error.message} (${frame?.url ?? 'no frame'})`);
      throw error;
    }
    // One argument at most: extra arguments are as suspicious as a wrong one.
    const parsed = args.length <= 1 ? payload.safeParse(args[0]) : undefined;
    if (!parsed?.success) {
      const error = new InvalidPayloadError(channel);
      onRefused(error.message);
      throw error;
    }
    // The data is what call M's own schema parsed (TypeScript cannot follow M into the table's union).
    return handler(parsed.data as PayloadOf<M>, event);
  });
}
