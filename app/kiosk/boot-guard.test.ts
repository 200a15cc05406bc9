import { describe, expect, it } from 'vitest';
import {
  confirmBoot,
  FRESH_BOOT_RECORD,
  onGpuCrash,
  parseBootRecord,
  planBoot,
  type BootRecord,
} from './boot-guard';

const MIN = 60_000;

describe('planBoot', () => {
  it('starts normally, with the GPU, on a fresh record', () => {
    const plan = planBoot(FRESH_BOOT_RECORD, 0);
    expect(plan).toMatchObject({ safeMode: false, disableHardwareAcceleration: false });
    expect(plan.record.unconfirmedBoots).toEqual([0]);
  });

  it('goes to the safe screen on the 4th start within 10 minutes that none confirmed', () => {
    let record: BootRecord = FRESH_BOOT_RECORD;
    const safe = [0, 1, 2, 3].map((m) => {
      const plan = planBoot(record, m * MIN);
      record = plan.record;
      return plan.safeMode;
    });
    expect(safe).toEqual([false, false, false, true]);
  });

  it('does not count confirmed starts, nor starts older than the window', () => {
    let record = planBoot(FRESH_BOOT_RECORD, 0).record;
    record = confirmBoot(record, 0);
    record = planBoot(record, 1 * MIN).record;
    record = planBoot(record, 2 * MIN).record;
    expect(planBoot(record, 3 * MIN).safeMode).toBe(false);
    expect(planBoot(record, 13 * MIN).safeMode).toBe(false);
  });

  it('keeps hardware acceleration off once it was switched off', () => {
    expect(
      planBoot({ ...FRESH_BOOT_RECORD, hardwareAcceleration: false }, 0).disableHardwareAcceleration,
    ).toBe(true);
  });
});

describe('onGpuCrash', () => {
  it('relaunches once without hardware acceleration on the 2nd GPU crash within 10 minutes', () => {
    const first = onGpuCrash(FRESH_BOOT_RECORD, 0);
    expect(first.relaunchWithoutGpu).toBe(false);
    const second = onGpuCrash(first.record, 5 * MIN);
    expect(second.relaunchWithoutGpu).toBe(true);
    expect(second.record.hardwareAcceleration).toBe(false);
    expect(onGpuCrash(second.record, 6 * MIN).relaunchWithoutGpu).toBe(false);
  });

  it('forgets GPU crashes older than the window', () => {
    const first = onGpuCrash(FRESH_BOOT_RECORD, 0);
    expect(onGpuCrash(first.record, 11 * MIN).relaunchWithoutGpu).toBe(false);
  });
});

describe('parseBootRecord', () => {
  it.each([
    ['no file', undefined],
    ['an empty file', ''],
    ['truncated JSON', '{"unconfirmedBoots": [1,'],
    ['wrong types', '{"unconfirmedBoots": "x", "gpuCrashes": [], "hardwareAcceleration": true}'],
    ['a list', '[]'],
    ['null', 'null'],
  ])('treats %s as a fresh record', (_case, text) => {
    expect(parseBootRecord(text)).toEqual(FRESH_BOOT_RECORD);
  });

  it('reads back what was stored', () => {
    const record: BootRecord = { unconfirmedBoots: [5], gpuCrashes: [3], hardwareAcceleration: false };
    expect(parseBootRecord(JSON.stringify(record))).toEqual(record);
  });
});
