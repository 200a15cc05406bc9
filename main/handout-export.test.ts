/** The admin panel's "Export PDF", with Electron's dialog and windows faked (main/testing/fakes.ts). */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  exportHandouts,
  HANDOUT_PDF_OPTIONS,
  HANDOUT_TIMEOUT_MS,
  printWindowOptions,
  type HandoutExportDeps,
} from './handout-export';
import { createLogger } from './log';
import { FakeClock, FakeDialog, FakePrintWindow } from './testing/fakes';

function setup(answer: string | null, options: { ready?: boolean; failWrite?: boolean } = {}) {
  const dialog = new FakeDialog(answer);
  const windows: FakePrintWindow[] = [];
  const written = new Map<string, string>();
  const lines: string[] = [];
  const clock = new FakeClock();
  const deps: HandoutExportDeps = {
    chooseFolder: (o) => dialog.showOpenDialog(o),
    openWindow: () => {
      const window = new FakePrintWindow(options.ready ?? true);
      windows.push(window);
      return window;
    },
    entryUrl: 'app://kiosk/index.html',
    writeFile: (file, data) => {
      if (options.failWrite) throw new Error(`EACCES: permission denied, open '${file}'`);
      written.set(file, Buffer.from(data).toString());
    },
    log: createLogger((level, line) => lines.push(`${level} ${line}`)),
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
  };
  return { dialog, windows, written, lines, clock, deps };
}

describe('exportHandouts', () => {
  it('writes report-it.pdf and report-en.pdf to the chosen folder, each printed from its handout page', async () => {
    const folder = path.join('/media', 'usb', 'stand-12');
    const { deps, dialog, windows, written } = setup(folder);
    const result = await exportHandouts(deps);
    const files = [path.join(folder, 'report-it.pdf'), path.join(folder, 'report-en.pdf')];
    expect(result).toEqual({ outcome: 'saved', files });
    expect(dialog.showOpenDialog).toHaveBeenCalledOnce();
    expect([...written.keys()]).toEqual(files);
    expect(written.get(files[0]!)).toBe('%PDF-1.4 app://kiosk/index.html?handout=it');
    expect(written.get(files[1]!)).toBe('%PDF-1.4 app://kiosk/index.html?handout=en');
    // Load, wait for the ready mark, print: in that order, with the A4 landscape options; then gone.
    for (const window of windows) {
      expect(window.calls.map((c) => c.split(' ')[0])).toEqual(['load', 'wait', 'print']);
      expect(window.webContents.printToPDF).toHaveBeenCalledWith(HANDOUT_PDF_OPTIONS);
      expect(window.destroyed).toBe(true);
    }
    expect(windows).toHaveLength(2);
  });

  it('writes nothing and opens no window when the operator cancels', async () => {
    const { deps, windows, written, lines } = setup(null);
    expect(await exportHandouts(deps)).toEqual({ outcome: 'canceled' });
    expect(windows).toHaveLength(0);
    expect(written.size).toBe(0);
    expect(lines).toContain('info handout: export canceled, no folder chosen');
  });

  it('reports a folder it cannot write to, and closes the window', async () => {
    const { deps, windows, lines } = setup('/read-only', { failWrite: true });
    const result = await exportHandouts(deps);
    expect(result).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('EACCES') });
    expect(windows[0]!.destroyed).toBe(true);
    expect(lines.some((line) => line.startsWith('error handout: export failed: EACCES'))).toBe(true);
  });

  it('gives up on a page that never gets ready, and closes its window', async () => {
    const { deps, windows, written, clock } = setup('/out', { ready: false });
    const pending = exportHandouts(deps);
    await vi.waitFor(() => expect(windows[0]?.calls).toContain('wait'));
    clock.advance(HANDOUT_TIMEOUT_MS);
    expect(await pending).toEqual({ outcome: 'failed', reason: 'the handout took longer than 60 s' });
    expect(windows[0]!.destroyed).toBe(true);
    expect(written.size).toBe(0);
  });
});

describe('printWindowOptions', () => {
  it('is hidden, A4-sized, and as locked down as the kiosk window', () => {
    const options = printWindowOptions('/app/preload.cjs', true);
    expect(options).toMatchObject({ show: false, width: 1123, height: 794 });
    expect(options).not.toHaveProperty('kiosk');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
  });
});
