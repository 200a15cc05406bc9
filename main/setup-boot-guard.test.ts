/** The boot record and the GPU plan, with Electron's app faked (main/testing/fakes.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BOOT_POLICY, FRESH_BOOT_RECORD, type BootRecord } from '../app/kiosk/boot-guard';
import { BOOT_FILE, setupBootGuard, type BootGuardApp } from './setup-boot-guard';
import { testContext } from './testing/boot-context';
import { FakeApp, fakeEvent } from './testing/fakes';

const NOW = 1_000_000_000;

function start(record?: Partial<BootRecord>) {
  const ctx = testContext({ now: () => NOW });
  const file = path.join(ctx.userData, BOOT_FILE);
  if (record) writeFileSync(file, JSON.stringify({ ...FRESH_BOOT_RECORD, ...record }));
  const app = Object.assign(new FakeApp(), { disableHardwareAcceleration: vi.fn() });
  const guard = setupBootGuard(ctx, app as unknown as BootGuardApp);
  const saved = () => JSON.parse(readFileSync(file, 'utf8')) as BootRecord;
  const gpuGone = (reason = 'crashed') =>
    app.emit('child-process-gone', fakeEvent(), { type: 'GPU', reason, exitCode: 1 });
  return { ctx, app, guard, saved, gpuGone };
}

describe('setupBootGuard', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => void vi.useRealTimers());

  it('records this start as unconfirmed before anything else', () => {
    const { guard, saved, app } = start();
    expect(saved().unconfirmedBoots).toEqual([NOW]);
    expect(guard.plan).toMatchObject({ safeMode: false, disableHardwareAcceleration: false });
    expect(app.disableHardwareAcceleration).not.toHaveBeenCalled();
  });

  it('starts without the GPU when the record says it crashed repeatedly', () => {
    const { guard, app, ctx } = start({ hardwareAcceleration: false });
    expect(guard.plan.disableHardwareAcceleration).toBe(true);
    expect(app.disableHardwareAcceleration).toHaveBeenCalledOnce();
    expect(ctx.lines).toContain(
      'warn start: hardware acceleration is off (the GPU process crashed repeatedly earlier)',
    );
  });

  it('starts on the safe screen after starts that all failed early', () => {
    const earlier = Array.from(
      { length: DEFAULT_BOOT_POLICY.maxUnconfirmedBoots },
      (_, i) => NOW - 1000 * (i + 1),
    );
    const { guard, ctx } = start({ unconfirmedBoots: earlier });
    expect(guard.plan.safeMode).toBe(true);
    expect(ctx.log.lastErrors()).toHaveLength(1);
  });

  it('confirms the start after the healthy period, but not after an error in main', () => {
    const healthy = start();
    healthy.guard.confirmWhenHealthy();
    vi.advanceTimersByTime(DEFAULT_BOOT_POLICY.healthyAfterMs);
    expect(healthy.saved().unconfirmedBoots).toEqual([]);

    const failing = start();
    failing.guard.confirmWhenHealthy();
    failing.ctx.host.mainErrors = 1;
    vi.advanceTimersByTime(DEFAULT_BOOT_POLICY.healthyAfterMs);
    expect(failing.saved().unconfirmedBoots).toEqual([NOW]);
  });

  it('confirms the start on a quit that goes ahead', () => {
    const { guard, saved } = start();
    guard.confirmOnQuit();
    expect(saved().unconfirmedBoots).toEqual([]);
  });

  it('counts each GPU crash as a recovery, and relaunches without the GPU once they repeat', () => {
    const { app, ctx, gpuGone, saved } = start();
    gpuGone();
    expect(ctx.host.recoveries).toBe(1);
    expect(app.relaunch).not.toHaveBeenCalled();
    gpuGone();
    expect(saved().hardwareAcceleration).toBe(false);
    expect(ctx.host.quitting).toBe(true);
    expect(app.relaunch).toHaveBeenCalledOnce();
    expect(app.exitCode).toBe(0);
  });

  it.each([
    ['a clean exit of the GPU process', 'clean-exit', false],
    ['GPU crashes while quitting (the OS takes it down)', 'killed', true],
  ])('ignores %s', (_case, reason, quitting) => {
    const { ctx, gpuGone, app } = start();
    if (quitting) ctx.host.beginQuit();
    for (let i = 0; i < 3; i++) gpuGone(reason);
    expect(ctx.host.recoveries).toBe(0);
    expect(app.relaunch).not.toHaveBeenCalled();
  });
});
