/**
 * Visitor insight in a plain web build: the events go to the browser's
 * storage (web-journal.ts), the statistics are worked out in the page with
 * the same core as the Electron host, and the export is a download of the
 * same two CSV files.
 */
import { dailyCsv, exportFileNames, visitsCsv } from '../../app/insight/csv';
import type { InsightEvent } from '../../app/insight/events';
import { localClock, WEB_CAP_BYTES, type LocalClock } from '../../app/insight/journal';
import { summarize } from '../../app/insight/stats';
import type { InsightExport, InsightView } from '../../app/ipc/contract';
import { WebJournal, type StorageLike } from './web-journal';

export interface WebInsight {
  record(events: readonly InsightEvent[]): void;
  view(): InsightView;
  exportFiles(): InsightExport;
}

/** Saves a text file through the browser's download (a signage player's downloads folder). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * The web build's insight over the storage `openStorage` gives (localStorage, or none where the
 * browser refuses it); records nothing when `enabled` is false. The storage is opened at first use,
 * not at start: the first touch of `window.localStorage` waits for the browser process to open the
 * site's storage, and a cold start has better things to do before the first slide.
 */
export function webInsight(
  enabled: boolean,
  openStorage: () => StorageLike | undefined,
  log: (message: string) => void,
  now: () => number = () => Date.now(),
  clock: LocalClock = localClock(),
  save: (name: string, text: string) => void = download,
): WebInsight {
  let opened: { journal: WebJournal | undefined } | undefined;
  const journalOf = () => {
    if (!opened) {
      const storage = openStorage();
      opened = { journal: storage ? new WebJournal(storage, clock, WEB_CAP_BYTES, log) : undefined };
    }
    return opened.journal;
  };
  const summary = () => {
    const { events, skipped } = journalOf()?.readAll() ?? { events: [], skipped: 0 };
    return summarize(events, clock, now(), skipped);
  };
  return {
    record: (events) => {
      if (enabled) journalOf()?.append(events);
    },
    view: () => {
      const full = summary();
      const view: Omit<typeof full, 'visits'> & { visits?: unknown } = { ...full };
      delete view.visits;
      return { ...view, recording: enabled && journalOf() !== undefined };
    },
    exportFiles: () => {
      const full = summary();
      const names = exportFileNames(full.today);
      save(names.visits, visitsCsv(full, clock));
      save(names.daily, dailyCsv(full));
      return { folder: '', files: [names.visits, names.daily] };
    },
  };
}
