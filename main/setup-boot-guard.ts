/**
 * Step 1 of the boot: the boot record and the GPU plan. Reads the record of
 * earlier starts before ready, turns hardware acceleration off after repeated
 * GPU crashes (relaunching once when they happen now), starts on the safe
 * screen after starts that kept failing, and confirms this start once it ran
 * healthily or quit cleanly.
 */
import path from 'node:path';
import type { App } from 'electron';
import {
  confirmBoot,
  DEFAULT_BOOT_POLICY,
  onGpuCrash,
  planBoot,
  type BootPlan,
} from '../app/kiosk/boot-guard';
import { relaunchOptions } from '../app/kiosk/relaunch';
import type { BootContext } from './boot-context';
import { readBootRecord, writeBootRecord } from './boot-state';
import { nodeTimers } from './timers';

/** The file in userData that remembers earlier starts and GPU crashes. */
export const BOOT_FILE = 'kiosk-state.json';

/** What a child process's end says (Electron's Details of 'child-process-gone'). */
export interface ChildProcessGone {
  readonly type: string;
  readonly reason: string;
  readonly exitCode: number;
}

export type BootGuardApp = Pick<App, 'disableHardwareAcceleration' | 'relaunch' | 'exit'> & {
  on(event: 'child-process-gone', listener: (event: unknown, details: ChildProcessGone) => void): unknown;
};

export interface BootGuard {
  readonly plan: BootPlan;
  /** The quit goes ahead: this start no longer counts as a failed one. */
  confirmOnQuit(): void;
  /** Confirms the start after the healthy period, unless main had errors by then. */
  confirmWhenHealthy(): void;
}

/** Plans this start from the record, and watches the GPU process. Call before ready. */
export function setupBootGuard(ctx: BootContext, app: BootGuardApp): BootGuard {
  const { host, log } = ctx;
  const file = path.join(ctx.userData, BOOT_FILE);
  const bootTime = ctx.now();
  const plan = planBoot(readBootRecord(file), bootTime);
  let record = plan.record;
  writeBootRecord(file, record);
  if (plan.disableHardwareAcceleration) {
    app.disableHardwareAcceleration();
    log.warn('start: hardware acceleration is off (the GPU process crashed repeatedly earlier)');
  }
  if (plan.safeMode) log.error('start: the last starts all failed early; starting on the safe screen');

  app.on('child-process-gone', (_event, details) => {
    if (details.type !== 'GPU' || details.reason === 'clean-exit' || host.quitting) return;
    const next = onGpuCrash(record, ctx.now());
    record = next.record;
    writeBootRecord(file, record);
    log.error(`gpu: the GPU process is gone (${details.reason}, exit code ${details.exitCode})`);
    host.countRecovery('gpu');
    if (next.relaunchWithoutGpu) {
      log.error('gpu: repeated GPU crashes; relaunching without hardware acceleration');
      host.beginQuit();
      const { execPath, env, platform, argv } = ctx.process;
      // From the AppImage or portable .exe where there is one: execPath is gone once this exits.
      app.relaunch(relaunchOptions(execPath, env, platform, argv));
      app.exit(0);
    }
  });

  return {
    plan,
    confirmOnQuit: () => writeBootRecord(file, confirmBoot(record, bootTime)),
    confirmWhenHealthy: () =>
      nodeTimers.setTimeout(() => {
        // Errors in main during start-up leave the start unconfirmed, so starts that keep failing
        // end on the safe screen instead of looping.
        if (host.mainErrors > 0) {
          log.warn(`start: not confirmed healthy (${host.mainErrors} error(s) in main during start-up)`);
          return;
        }
        record = confirmBoot(record, bootTime);
        writeBootRecord(file, record);
        log.info('start: confirmed healthy');
      }, DEFAULT_BOOT_POLICY.healthyAfterMs),
  };
}
