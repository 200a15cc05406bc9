/**
 * Stand-ins for the Electron pieces outside the window and app lifecycle: a
 * session's handlers, timers with their own clock, the open dialog, and the
 * hidden print window. Re-exported from fakes.ts, where the tests import them.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A session: records the lockdown's handlers so a test can call them. */
export class FakeSession extends EventEmitter {
  permissionRequest:
    | ((
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: unknown,
      ) => void)
    | undefined;
  permissionCheck:
    ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | undefined;
  devicePermission: ((details: unknown) => boolean) | undefined;
  displayMedia: ((request: unknown, callback: (streams: unknown) => void) => void) | undefined;
  bluetooth: ((details: unknown, callback: (response: { confirmed: boolean }) => void) => void) | undefined;
  beforeRequest:
    ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | undefined;
  readonly setPermissionRequestHandler = vi.fn(
    (h: FakeSession['permissionRequest']) => (this.permissionRequest = h),
  );
  readonly setPermissionCheckHandler = vi.fn(
    (h: FakeSession['permissionCheck']) => (this.permissionCheck = h),
  );
  readonly setDevicePermissionHandler = vi.fn(
    (h: FakeSession['devicePermission']) => (this.devicePermission = h),
  );
  readonly setDisplayMediaRequestHandler = vi.fn((h: FakeSession['displayMedia']) => (this.displayMedia = h));
  readonly setBluetoothPairingHandler = vi.fn((h: FakeSession['bluetooth']) => (this.bluetooth = h));
  readonly setSpellCheckerEnabled = vi.fn();
  readonly webRequest = {
    onBeforeRequest: vi.fn((h: FakeSession['beforeRequest']) => (this.beforeRequest = h)),
  };
}

/** Fake timers with a clock, independent of vitest's global ones. */
export class FakeClock {
  now = 0;
  #next = 1;
  readonly #timers = new Map<number, { at: number; callback: () => void; every?: number }>();

  setTimeout = (callback: () => void, ms: number): number => {
    const id = this.#next++;
    this.#timers.set(id, { at: this.now + ms, callback });
    return id;
  };

  clearTimeout = (id: unknown): void => {
    this.#timers.delete(id as number);
  };

  setInterval = (callback: () => void, ms: number): number => {
    const id = this.#next++;
    this.#timers.set(id, { at: this.now + ms, callback, every: ms });
    return id;
  };

  clearInterval = (id: unknown): void => {
    this.#timers.delete(id as number);
  };

  /** Moves time on, running each due timer in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.#timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.now = timer.at;
      if (timer.every) timer.at += timer.every;
      else this.#timers.delete(id);
      timer.callback();
    }
    this.now = end;
  }

  get pending(): number {
    return this.#timers.size;
  }
}

/**
 * `dialog.showOpenDialog` as Electron 45 answers it (docs/api/dialog.md):
 * resolves `{ canceled, filePaths }`, with `filePaths` empty when canceled;
 * `openDirectory` gives a folder picker on every platform ("On Windows and
 * Linux an open dialog can not be both a file selector and a directory
 * selector"); `createDirectory` is a macOS-only property, ignored elsewhere.
 */
export class FakeDialog {
  constructor(private readonly answer: string | null) {}
  readonly showOpenDialog = vi.fn((options: { properties?: string[] }) =>
    Promise.resolve(
      this.answer !== null && options.properties?.includes('openDirectory')
        ? { canceled: false, filePaths: [this.answer] }
        : { canceled: true, filePaths: [] as string[] },
    ),
  );
}

/**
 * A hidden BrowserWindow used for printing (docs/api/web-contents.md):
 * `loadURL` resolves when the page has finished loading; `executeJavaScript`
 * resolves with the code's result, awaiting a returned promise (electron/electron#7533);
 * `printToPDF` resolves with the PDF's bytes (a Buffer, which is a Uint8Array).
 * `ready` is whether the page would ever set its ready mark (a page that never
 * does leaves executeJavaScript pending, as Electron does).
 */
export class FakePrintWindow {
  destroyed = false;
  readonly calls: string[] = [];
  constructor(private readonly ready = true) {}
  readonly webContents = {
    loadURL: vi.fn((url: string) => {
      this.calls.push(`load ${url}`);
      return Promise.resolve();
    }),
    executeJavaScript: vi.fn((code: string) => {
      this.calls.push('wait');
      return this.ready ? Promise.resolve(code.length > 0) : new Promise<never>(() => {});
    }),
    printToPDF: vi.fn((options: object) => {
      this.calls.push(`print ${JSON.stringify(options)}`);
      const url = this.webContents.loadURL.mock.calls.at(-1)?.[0] ?? '';
      return Promise.resolve(Buffer.from(`%PDF-1.4 ${url}`));
    }),
  };
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
}
