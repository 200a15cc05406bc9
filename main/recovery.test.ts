import { describe, expect, it, vi } from 'vitest';
import { createLogger } from './log';
import {
  repaintAfterResume,
  superviseRenderer,
  type RepaintContents,
  type SupervisedContents,
} from './recovery';
import { isRecoveryUrl, RECOVERY_HTML, RECOVERY_URL, serveAppRequest } from './recovery-page';
import { IPC_TABLE } from '../app/ipc/table';
import { APP_ENTRY_URL } from './protocol';
import { FakeClock, FakeContents, fakeEvent } from './testing/fakes';

function supervised(quitting = false) {
  const contents = new FakeContents();
  const clock = new FakeClock();
  const lines: string[] = [];
  const loadApp = vi.fn();
  const showSafeScreen = vi.fn();
  const recoveries: string[] = [];
  superviseRenderer(contents as unknown as SupervisedContents, {
    log: createLogger((level, line) => lines.push(`${level} ${line}`)),
    now: () => clock.now,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    setInterval: clock.setInterval,
    clearInterval: clock.clearInterval,
    loadApp,
    showSafeScreen,
    isSafeScreen: isRecoveryUrl,
    isQuitting: () => quitting,
    onRecovery: (what) => recoveries.push(what),
  });
  const crash = (reason = 'crashed') =>
    contents.emit('render-process-gone', fakeEvent(), { reason, exitCode: 1 });
  return { contents, clock, lines, loadApp, showSafeScreen, recoveries, crash };
}

describe('superviseRenderer: crashes', () => {
  it('brings the show back within a second of a crash', () => {
    const { clock, loadApp, crash, recoveries, lines } = supervised();
    crash();
    clock.advance(499);
    expect(loadApp).not.toHaveBeenCalled();
    clock.advance(1);
    expect(loadApp).toHaveBeenCalledOnce();
    expect(recoveries).toEqual(['crash']);
    expect(lines[0]).toMatch(/^warn recovery: .*crashed.*reloading in 500 ms/);
  });

  it('ends a crash loop on the safe screen after 3 reloads, and retries from it every minute', () => {
    const { clock, loadApp, showSafeScreen, crash } = supervised();
    for (let i = 0; i < 3; i++) {
      crash();
      clock.advance(5_000);
    }
    expect(loadApp).toHaveBeenCalledTimes(3);
    crash();
    expect(showSafeScreen).toHaveBeenCalledOnce();
    clock.advance(59_999);
    expect(loadApp).toHaveBeenCalledTimes(3);
    clock.advance(1);
    expect(loadApp).toHaveBeenCalledTimes(4);
  });

  // Electron 45's RenderProcessGoneDetails.reason: every way a renderer goes away by itself is a crash.
  it.each([
    'crashed',
    'oom',
    'abnormal-exit',
    'killed',
    'launch-failed',
    'integrity-failure',
    'memory-eviction',
  ])('counts a renderer gone with reason %s as a crash', (reason) => {
    const { crash, recoveries } = supervised();
    crash(reason);
    expect(recoveries).toEqual(['crash']);
  });

  it('counts the crash that ends on the safe screen as a safe screen', () => {
    const { clock, crash, recoveries } = supervised();
    for (let i = 0; i < 4; i++) {
      crash();
      clock.advance(5_000);
    }
    expect(recoveries).toEqual(['crash', 'crash', 'crash', 'safe_screen']);
  });

  it.each([
    ['a clean exit', 'clean-exit', false],
    ['a crash while quitting', 'crashed', true],
  ])('ignores %s', (_case, reason, quitting) => {
    const { clock, loadApp, showSafeScreen, crash, recoveries } = supervised(quitting);
    crash(reason);
    clock.advance(120_000);
    expect(loadApp).not.toHaveBeenCalled();
    expect(showSafeScreen).not.toHaveBeenCalled();
    expect(recoveries).toEqual([]);
  });
});

describe('superviseRenderer: hangs', () => {
  it('kills and reloads a page that stays unresponsive for 10 s, and counts one hang', () => {
    const { contents, clock, loadApp, crash, recoveries } = supervised();
    contents.emit('unresponsive');
    clock.advance(9_999);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    clock.advance(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    // The kill's own render-process-gone is the same incident, not a second crash.
    crash('killed');
    clock.advance(500);
    expect(loadApp).toHaveBeenCalledOnce();
    clock.advance(60_000);
    expect(loadApp).toHaveBeenCalledOnce();
    expect(recoveries).toEqual(['hang']);
  });

  it('lets a page that recovers by itself carry on', () => {
    const { contents, clock, loadApp, recoveries } = supervised();
    contents.emit('unresponsive');
    clock.advance(5_000);
    contents.emit('responsive');
    clock.advance(60_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(loadApp).not.toHaveBeenCalled();
    expect(recoveries).toEqual([]);
  });
});

describe('superviseRenderer: failed loads', () => {
  it('shows the safe screen, never a blank page, and retries', () => {
    const { contents, clock, loadApp, showSafeScreen, recoveries } = supervised();
    contents.emit('did-fail-load', fakeEvent(), -6, 'ERR_FILE_NOT_FOUND', 'app://kiosk/index.html', true);
    expect(showSafeScreen).toHaveBeenCalledOnce();
    expect(recoveries).toEqual(['safe_screen']);
    clock.advance(60_000);
    expect(loadApp).toHaveBeenCalledOnce();
  });

  it.each([
    ['an aborted navigation', -3, 'app://kiosk/index.html', true],
    ['a subframe', -6, 'app://kiosk/x.html', false],
    ['the safe screen itself (no loop)', -6, RECOVERY_URL, true],
  ])('ignores %s', (_case, code, url, mainFrame) => {
    const { contents, showSafeScreen } = supervised();
    contents.emit('did-fail-load', fakeEvent(), code, 'x', url, mainFrame);
    expect(showSafeScreen).not.toHaveBeenCalled();
  });
});

describe('repaintAfterResume', () => {
  it.each([
    ['reloads when no frame is painted', true, 1],
    ['leaves a painted page alone', false, 0],
  ])('%s', async (_case, empty, reloads) => {
    const contents = new FakeContents();
    contents.capturePage.mockResolvedValue({ isEmpty: () => empty });
    const clock = new FakeClock();
    const recoveries: string[] = [];
    repaintAfterResume(contents as unknown as RepaintContents, {
      log: createLogger(() => {}),
      setTimeout: clock.setTimeout,
      onRecovery: (what) => recoveries.push(what),
    });
    expect(contents.invalidate).toHaveBeenCalledOnce();
    clock.advance(2_000);
    await Promise.resolve();
    await Promise.resolve();
    expect(contents.reload).toHaveBeenCalledTimes(reloads);
    expect(recoveries).toEqual(reloads ? ['repaint'] : []);
  });
});

describe('the safe screen', () => {
  it('is served from memory with the CSP, and needs no script', async () => {
    const response = await serveAppRequest(RECOVERY_URL, '/nonexistent', () =>
      Promise.reject(new Error('no disk')),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toBe(RECOVERY_HTML);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('lang="it"');
    expect(html).toContain('lang="en"');
  });

  it.each([
    [RECOVERY_URL, true],
    ['app://kiosk/__recovery.html?x=1', true],
    ['app://kiosk/index.html', false],
    ['app://evil/__recovery.html', false],
    ['https://kiosk/__recovery.html', false],
  ])('%s is the safe screen: %s', (url, expected) => {
    expect(isRecoveryUrl(url)).toBe(expected);
  });

  it('leaves other requests to the web bundle', async () => {
    const response = await serveAppRequest('app://kiosk/missing.js', '/nonexistent', () =>
      Promise.reject(new Error('ENOENT')),
    );
    expect(response.status).toBe(404);
  });
});

describe('superviseRenderer: a page that nobody touches', () => {
  function running(page: FakeContents['page'] = 'show', preloadFails = false) {
    const contents = new FakeContents();
    contents.page = page;
    contents.preloadFails = preloadFails;
    const clock = new FakeClock();
    const lines: string[] = [];
    const recoveries: string[] = [];
    const supervisor = superviseRenderer(contents as unknown as SupervisedContents, {
      log: createLogger((level, line) => lines.push(`${level} ${line}`)),
      now: () => clock.now,
      setTimeout: clock.setTimeout,
      clearTimeout: clock.clearTimeout,
      setInterval: clock.setInterval,
      clearInterval: clock.clearInterval,
      loadApp: () => void contents.loadURL(APP_ENTRY_URL),
      showSafeScreen: () => void contents.loadURL(RECOVERY_URL),
      isSafeScreen: isRecoveryUrl,
      isQuitting: () => false,
      onRecovery: (kind) => recoveries.push(kind),
    });
    contents.invokeMain = (channel) => {
      if (channel === IPC_TABLE.showStarted.channel) supervisor.showStarted();
      if (channel === IPC_TABLE.heartbeat.channel) supervisor.heartbeatAnswered();
    };
    void contents.loadURL(APP_ENTRY_URL);
    const loads = (url: string) => contents.loadURL.mock.calls.filter(([u]) => u === url).length;
    /** Moves on a second at a time; Electron reports a kill as 'render-process-gone' soon after it. */
    const advance = (ms: number) => {
      for (let t = 0; t < ms; t += 1_000) {
        const kills = contents.forcefullyCrashRenderer.mock.calls.length;
        clock.advance(1_000);
        if (contents.forcefullyCrashRenderer.mock.calls.length > kills) contents.gone('killed');
      }
    };
    return { contents, clock, lines, loads, advance, recoveries };
  }

  it('a live show is left alone, however long nobody touches it', () => {
    const { contents, loads, advance } = running();
    advance(60 * 60_000);
    expect(loads(APP_ENTRY_URL)).toBe(1);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('a page that hangs with no input is killed and reloaded within 30 s, and counts one hang', () => {
    const { contents, loads, advance, lines, recoveries } = running();
    advance(60_000);
    contents.hang();
    advance(30_000);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(loads(APP_ENTRY_URL)).toBe(2);
    expect(lines.join('\n')).toMatch(/stopped answering/);
    // The reloaded show answers again and is left alone.
    advance(10 * 60_000);
    expect(loads(APP_ENTRY_URL)).toBe(2);
    expect(recoveries).toEqual(['hang']);
  });

  it('a page that keeps hanging ends on the safe screen after the crash budget', () => {
    const { contents, loads, advance, recoveries } = running('hung');
    advance(10 * 60_000);
    expect(loads(APP_ENTRY_URL)).toBeGreaterThanOrEqual(4);
    expect(loads(RECOVERY_URL)).toBeGreaterThanOrEqual(1);
    expect(contents.url).toBe(RECOVERY_URL);
    // Hung from its first load, it never reported that it started: the watch cannot tell that from a
    // bundle that threw, and counts it as a crash, as for a blank page (a hang is a kill of a started show).
    expect(recoveries.slice(0, 4)).toEqual(['crash', 'crash', 'crash', 'safe_screen']);
  });

  it('a blank page (a "Not found" body, a bundle that threw) counts as a failed load, then the safe screen', () => {
    const { contents, loads, advance, lines, recoveries } = running('blank');
    advance(60_000);
    // 1 load + 3 reloads within the budget, then the safe screen.
    expect(loads(APP_ENTRY_URL)).toBe(4);
    expect(loads(RECOVERY_URL)).toBe(1);
    expect(contents.url).toBe(RECOVERY_URL);
    expect(lines.join('\n')).toMatch(/did not start/);
    // The show was down as after a crash; nothing hung.
    expect(recoveries).toEqual(['crash', 'crash', 'crash', 'safe_screen']);
  });

  it('a failing preload is logged and counted like a failed load', () => {
    const { contents, loads, advance, lines } = running('show', true);
    expect(lines.join('\n')).toMatch(/^error .*preload.*boom/m);
    advance(60_000);
    expect(loads(APP_ENTRY_URL)).toBe(4);
    expect(contents.url).toBe(RECOVERY_URL);
  });
});
