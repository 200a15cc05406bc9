/**
 * The exhibitor's export: two CSV files (RFC 4180: comma-separated, UTF-8,
 * a header row, a dot for decimals), readable by any spreadsheet. The columns
 * are documented here and in the README; a column is only ever added at the
 * end, so the exhibitor's own sheets keep working.
 */
import { LOCALES } from '../report/locales';
import type { LocalClock } from './journal';
import type { InsightSummary } from './stats';

/** visits.csv: one row per visit. */
export const VISIT_COLUMNS = [
  'date', // local day of the waking touch, YYYY-MM-DD
  'start', // local time of the waking touch, HH:MM
  'length_s', // seconds from the waking touch to the last touch
  'until_loop_s', // seconds from the waking touch to the return to the loop
  'ended', // idle (the "still there?" question), back (the button), interrupted (restart or power cut)
  'start_language', // it or en
  'slides_seen', // slides seen, counting a slide seen twice twice
  'distinct_slides',
  'panels', // index, read more, table or help panels opened
  'language_switches',
  'marks', // marks tapped for their value
  'slides', // the slide ids seen, in order, separated by spaces
] as const;

/** daily.csv: one row per day with any record. */
export const DAILY_COLUMNS = [
  'date', // local day, YYYY-MM-DD
  'hours_on_screen', // hours the show was running, one decimal
  'starts', // times the show started (a start, a reload or a recovery)
  'loop_cycles', // attract loops completed
  'visits',
  'median_visit_s', // median of length_s
  'visits_idle',
  'visits_back',
  'visits_interrupted',
  ...LOCALES.map((l) => `${l}_share_pct`), // share of the visitors' reading time in each language
  'panels',
  'language_switches',
  'marks',
  // Where `recoveries_renderer` (crashes and hangs together) was: the same place, crashes only.
  'recoveries_crash', // page reloaded after its renderer crashed or it never started
  'recoveries_safe_screen', // safe screen shown (repeated crashes, a failed load)
  'recoveries_gpu', // GPU process gone (the app restarts without the GPU after repeated ones)
  'recoveries_repaint', // page reloaded when it painted nothing after sleep
  'top_slide', // the slide visitors spent most time on
  'recoveries_hang', // page killed and reloaded after it stopped answering (added last, for old sheets)
] as const;

/** One CSV field, quoted when it has to be. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const seconds = (ms: number) => Math.round(ms / 1000);

/** visits.csv for a summary. */
export function visitsCsv(summary: InsightSummary, clock: LocalClock): string {
  return csv(
    VISIT_COLUMNS,
    summary.visits.map((v) => [
      v.day,
      clock.time(v.t),
      seconds(v.ms),
      seconds(v.totalMs),
      v.ended,
      v.startLocale,
      v.slides.length,
      new Set(v.slides).size,
      v.panels,
      v.languageSwitches,
      v.marks,
      v.slides.join(' '),
    ]),
  );
}

/** daily.csv for a summary. */
export function dailyCsv(summary: InsightSummary): string {
  return csv(
    DAILY_COLUMNS,
    summary.byDay.map((d) => {
      const dayVisits = summary.visits.filter((v) => v.day === d.day);
      const reading = LOCALES.reduce((sum, l) => sum + d.localeMs[l], 0);
      return [
        d.day,
        (d.onScreenMs / 3_600_000).toFixed(1),
        d.starts,
        d.loops,
        d.visits,
        seconds(d.medianVisitMs),
        dayVisits.filter((v) => v.ended === 'idle').length,
        dayVisits.filter((v) => v.ended === 'back').length,
        dayVisits.filter((v) => v.ended === 'interrupted').length,
        ...LOCALES.map((l) => (reading === 0 ? 0 : Math.round((100 * d.localeMs[l]) / reading))),
        d.panels,
        d.languageSwitches,
        d.marks,
        d.recoveries.crash,
        d.recoveries.safe_screen,
        d.recoveries.gpu,
        d.recoveries.repaint,
        d.slides[0]?.slide ?? '',
        d.recoveries.hang,
      ];
    }),
  );
}

/** The export's file names for the day it was made on. */
export function exportFileNames(today: string): { visits: string; daily: string } {
  return { visits: `kiosk-visits-${today}.csv`, daily: `kiosk-daily-${today}.csv` };
}
