/** The watchers: the display kept awake, the nightly reload armed, a repaint after resume. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../app/config/config-file';
import { setupContent } from './setup-content';
import { setupWatchers, type WatchersElectron } from './setup-watchers';
import { testContext } from './testing/boot-context';
import { FakeApp, FakePowerMonitor } from './testing/fakes';

const repo = fileURLToPath(new URL('../', import.meta.url));

async function setup(nightlyReload: string) {
  const ctx = { ...testContext(), paths: { renderer: '', preload: '', data: path.join(repo, 'data') } };
  const content = await setupContent(ctx, loadSettings(['k'], undefined, undefined), repo);
  const powerMonitor = new FakePowerMonitor();
  const powerSaveBlocker = { start: vi.fn(() => 1), stop: vi.fn(), isStarted: () => true };
  const electron = { app: new FakeApp(), powerMonitor, powerSaveBlocker } as unknown as WatchersElectron;
  const reload = vi.fn();
  setupWatchers(ctx, electron, { content, nightlyReload, reload });
  return { ctx, powerMonitor, powerSaveBlocker, reload };
}

describe('setupWatchers', () => {
  beforeEach(
    () =>
      void vi.useFakeTimers({
        toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'],
      }),
  );
  afterEach(() => void vi.useRealTimers());

  it('keeps the display awake from the start', async () => {
    const { powerSaveBlocker } = await setup('');
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });

  it.each([
    ['03:30', 1],
    ['', 0],
  ])('nightly reload "%s": %i reload(s) in a day', async (time, reloads) => {
    const { reload } = await setup(time);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(reload).toHaveBeenCalledTimes(reloads);
  });

  it('after a resume, a window that does not repaint is reloaded and counted as a recovery', async () => {
    const { ctx, powerMonitor } = await setup('');
    const webContents = {
      invalidate: vi.fn(),
      capturePage: vi.fn(() => Promise.resolve({ isEmpty: () => true })),
      isDestroyed: () => false,
      reload: vi.fn(),
    };
    ctx.host.window = { isDestroyed: () => false, webContents } as never;
    powerMonitor.emit('resume');
    expect(webContents.invalidate).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(webContents.reload).toHaveBeenCalled();
    expect(ctx.host.recoveries).toBe(1);
  });
});
