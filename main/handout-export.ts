/**
 * The admin panel's "Export PDF": the operator picks a folder, then each
 * language's handout page (`?handout=it|en`) is opened in a hidden window of
 * the app's own scheme, waited for until it has laid out, printed with
 * `webContents.printToPDF` and written there as report-it.pdf / report-en.pdf.
 * The hidden window has the kiosk window's web preferences (sandboxed,
 * isolated, the same preload for the content) and is destroyed after each
 * print. Nothing is written unless the operator chose a folder.
 */
import path from 'node:path';
import type { BrowserWindowConstructorOptions, OpenDialogOptions, PrintToPDFOptions } from 'electron';
import type { HandoutExport } from '../app/ipc/contract';
import { handoutFileName, HANDOUT_PARAM } from '../app/report/handout';
import { LOCALES } from '../app/report/schema';
import type { Logger } from './log';
import { mainWindowOptions } from './window';

/** A folder picker; "createDirectory" is honoured on macOS and ignored elsewhere (Electron dialog docs). */
export const HANDOUT_FOLDER_DIALOG: OpenDialogOptions = {
  title: 'Export PDF',
  buttonLabel: 'Export',
  properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
};

/**
 * A4 landscape, no printer margins (the pages draw their own), backgrounds on
 * for the charts' fills; `preferCSSPageSize` lets the handout's @page rule
 * win, since without it Electron scales the content to the paper (defaults:
 * Letter, portrait, 1 cm margins). Tagged, for screen readers.
 */
export const HANDOUT_PDF_OPTIONS: PrintToPDFOptions = {
  landscape: true,
  pageSize: 'A4',
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
};

/** Runs in the handout page: resolves once it has set `data-handout-ready` (Handout.svelte). */
export const WAIT_FOR_HANDOUT = `new Promise((resolve) => {
  const root = document.documentElement;
  if (root.hasAttribute('data-handout-ready')) return resolve(true);
  new MutationObserver((_, observer) => {
    if (!root.hasAttribute('data-handout-ready')) return;
    observer.disconnect();
    resolve(true);
  }).observe(root, { attributes: true, attributeFilter: ['data-handout-ready'] });
})`;

/** How long one language may take to lay out and print before the export gives up. */
export const HANDOUT_TIMEOUT_MS = 60_000;

/** The parts of a hidden BrowserWindow the export uses. */
export interface PrintWindow {
  readonly webContents: {
    loadURL(url: string): Promise<void>;
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface HandoutExportDeps {
  /** `dialog.showOpenDialog`, attached to the kiosk window so it shows above it. */
  readonly chooseFolder: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  /** A new hidden window with `printWindowOptions`. */
  readonly openWindow: () => PrintWindow;
  /** The app's entry URL (app://kiosk/index.html). */
  readonly entryUrl: string;
  readonly writeFile: (file: string, data: Uint8Array) => void;
  readonly log: Logger;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/** The hidden print window: the kiosk window's web preferences, never shown, sized like an A4 page at 96 dpi. */
export function printWindowOptions(preload: string, production: boolean): BrowserWindowConstructorOptions {
  const base = mainWindowOptions({
    preload,
    production,
    mode: 'presentation',
    display: { x: 0, y: 0, width: 1123, height: 794 },
  });
  return { ...base, show: false, skipTaskbar: true, width: 1123, height: 794, title: 'PDF' };
}

/** Asks for a folder and writes one PDF per language there; never throws. */
export async function exportHandouts(deps: HandoutExportDeps): Promise<HandoutExport> {
  let folder: string | undefined;
  try {
    const choice = await deps.chooseFolder(HANDOUT_FOLDER_DIALOG);
    folder = choice.canceled ? undefined : choice.filePaths[0];
  } catch (error) {
    return failed(deps, error);
  }
  if (!folder) {
    deps.log.info('handout: export canceled, no folder chosen');
    return { outcome: 'canceled' };
  }
  const files: string[] = [];
  try {
    for (const locale of LOCALES) {
      const pdf = await printOne(deps, `${deps.entryUrl}?${HANDOUT_PARAM}=${locale}`);
      const file = path.join(folder, handoutFileName(locale));
      deps.writeFile(file, pdf);
      files.push(file);
      deps.log.info(`handout: wrote ${file} (${pdf.byteLength} bytes)`);
    }
  } catch (error) {
    return failed(deps, error);
  }
  return { outcome: 'saved', files };
}

async function printOne(deps: HandoutExportDeps, url: string): Promise<Uint8Array> {
  const window = deps.openWindow();
  const print = async () => {
    await window.webContents.loadURL(url);
    await window.webContents.executeJavaScript(WAIT_FOR_HANDOUT);
    return window.webContents.printToPDF(HANDOUT_PDF_OPTIONS);
  };
  try {
    return await withTimeout(deps, print());
  } finally {
    // Also after a timeout: a page that never got ready must not stay open in the background.
    window.destroy();
  }
}

function withTimeout<T>(deps: HandoutExportDeps, work: Promise<T>): Promise<T> {
  let handle: unknown;
  const timeout = new Promise<never>((_, reject) => {
    handle = deps.setTimeout(
      () => reject(new Error(`the handout took longer than ${HANDOUT_TIMEOUT_MS / 1000} s`)),
      HANDOUT_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => deps.clearTimeout(handle));
}

function failed(deps: HandoutExportDeps, error: unknown): HandoutExport {
  const reason = error instanceof Error ? error.message : String(error);
  deps.log.error(`handout: export failed: ${reason}`);
  return { outcome: 'failed', reason };
}
