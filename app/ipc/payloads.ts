/**
 * What the renderer may send on each IPC channel. Main parses every payload
 * with these schemas before a handler runs; anything else is refused.
 */
import { z } from 'zod';
import { MODES } from '../config/settings';
import { MAX_BATCH } from '../insight/batch';
import { InsightEventSchema } from '../insight/events';
import { IPC_CHANNELS, LOG_LEVELS, type IpcChannel } from './contract';

export const PAYLOAD_SCHEMAS = {
  [IPC_CHANNELS.getContent]: z.undefined(),
  [IPC_CHANNELS.getSettings]: z.undefined(),
  [IPC_CHANNELS.verifyPin]: z.string().regex(/^\d{1,12}$/),
  [IPC_CHANNELS.endAdmin]: z.undefined(),
  [IPC_CHANNELS.getStatus]: z.undefined(),
  [IPC_CHANNELS.reload]: z.undefined(),
  [IPC_CHANNELS.setMode]: z.enum(MODES),
  [IPC_CHANNELS.quit]: z.undefined(),
  [IPC_CHANNELS.exportHandout]: z.undefined(),
  [IPC_CHANNELS.log]: z.strictObject({ level: z.enum(LOG_LEVELS), message: z.string().max(2000) }),
  [IPC_CHANNELS.showStarted]: z.undefined(),
  [IPC_CHANNELS.heartbeat]: z.number().int().nonnegative(),
  // The events' schema is zod/mini (the web build reads its journal with it); the batch is ours.
  [IPC_CHANNELS.recordInsight]: z.array(InsightEventSchema).max(MAX_BATCH),
  [IPC_CHANNELS.getInsight]: z.undefined(),
  [IPC_CHANNELS.exportInsight]: z.undefined(),
} as const satisfies Record<IpcChannel, z.ZodType>;

export type PayloadOf<C extends IpcChannel> = z.output<(typeof PAYLOAD_SCHEMAS)[C]>;
