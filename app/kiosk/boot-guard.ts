/**
 * Start-up loops and GPU trouble, decided from a small record the host keeps
 * in its own userData file across starts.
 *
 * - Each start is "unconfirmed" until it has run healthily for a while (or
 *   quits cleanly). Several unconfirmed starts close together mean the app
 *   keeps dying at start-up: the next start shows the safe screen instead of
 *   trying the show again, so a supervisor's restarts cannot loop forever.
 * - Repeated GPU-process crashes switch hardware acceleration off; the host
 *   relaunches once, and the setting is applied before the app is ready.
 */
import { z } from 'zod';

export interface BootPolicy {
  /** Unconfirmed starts within `windowMs` that trigger the safe screen. */
  readonly maxUnconfirmedBoots: number;
  readonly windowMs: number;
  /** GPU crashes within `windowMs` that switch hardware acceleration off. */
  readonly maxGpuCrashes: number;
  /** Running this long confirms a start. */
  readonly healthyAfterMs: number;
}

export const DEFAULT_BOOT_POLICY: BootPolicy = {
  maxUnconfirmedBoots: 3,
  windowMs: 10 * 60_000,
  maxGpuCrashes: 2,
  healthyAfterMs: 2 * 60_000,
};

export const BootRecordSchema = z.object({
  unconfirmedBoots: z.array(z.number()).max(100),
  gpuCrashes: z.array(z.number()).max(100),
  hardwareAcceleration: z.boolean(),
});
export type BootRecord = z.infer<typeof BootRecordSchema>;

export const FRESH_BOOT_RECORD: BootRecord = {
  unconfirmedBoots: [],
  gpuCrashes: [],
  hardwareAcceleration: true,
};

/** Reads the stored record; a missing or damaged file is a fresh record, never an error. */
export function parseBootRecord(text: string | undefined): BootRecord {
  if (!text) return FRESH_BOOT_RECORD;
  try {
    const parsed = BootRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : FRESH_BOOT_RECORD;
  } catch {
    return FRESH_BOOT_RECORD;
  }
}

export interface BootPlan {
  readonly record: BootRecord;
  readonly disableHardwareAcceleration: boolean;
  /** Start on the safe screen: too many starts died before they were confirmed. */
  readonly safeMode: boolean;
}

/** Decides how to start at `now`, and records this start as unconfirmed. */
export function planBoot(
  record: BootRecord,
  now: number,
  policy: BootPolicy = DEFAULT_BOOT_POLICY,
): BootPlan {
  const earlier = record.unconfirmedBoots.filter((t) => now - t < policy.windowMs && t <= now);
  const safeMode = earlier.length >= policy.maxUnconfirmedBoots;
  return {
    record: { ...record, unconfirmedBoots: [...earlier, now].slice(-20) },
    disableHardwareAcceleration: !record.hardwareAcceleration,
    safeMode,
  };
}

/** The start at `bootTime` ran healthily (or quit cleanly): it no longer counts. */
export function confirmBoot(record: BootRecord, bootTime: number): BootRecord {
  return { ...record, unconfirmedBoots: record.unconfirmedBoots.filter((t) => t !== bootTime) };
}

/** Records a GPU-process crash; relaunch (once) without hardware acceleration when they repeat. */
export function onGpuCrash(
  record: BootRecord,
  now: number,
  policy: BootPolicy = DEFAULT_BOOT_POLICY,
): { record: BootRecord; relaunchWithoutGpu: boolean } {
  const gpuCrashes = [...record.gpuCrashes.filter((t) => now - t < policy.windowMs), now].slice(-20);
  if (record.hardwareAcceleration && gpuCrashes.length >= policy.maxGpuCrashes) {
    return { record: { ...record, gpuCrashes, hardwareAcceleration: false }, relaunchWithoutGpu: true };
  }
  return { record: { ...record, gpuCrashes }, relaunchWithoutGpu: false };
}
