/**
 * What the Insight view shows, as plain numbers: worked out here so the
 * component only lays them out, and so they are tested.
 */
import type { Locale } from '../report/schema';
import { LOCALES } from '../report/locales';
import { RECOVERY_KINDS, type RecoveryKind } from './events';
import type { SlideInterest, Totals } from './stats';

export interface InsightFigures {
  /** Hours on screen, one decimal. */
  readonly hoursOnScreen: number;
  readonly loops: number;
  readonly visits: number;
  /** Median visit, whole seconds. */
  readonly medianSeconds: number;
  /** Share of reading time per language, whole percent summing to 100 (0s when nobody read). */
  readonly share: Readonly<Record<Locale, number>>;
  /** All recoveries, then each kind in RECOVERY_KINDS order (crash, hang, GPU, safe screen, repaint). */
  readonly recoveries: number;
  readonly recoveriesByKind: readonly { readonly kind: RecoveryKind; readonly count: number }[];
  /** The most explored slides, at most `top`, with whole minutes and seconds spent. */
  readonly topSlides: readonly (SlideInterest & { readonly seconds: number })[];
  /** Visits per local hour, 0–23, and the busiest hour's count. */
  readonly byHour: readonly { readonly hour: number; readonly visits: number }[];
  readonly busiest: number;
}

/** The figures of one column of the view (today, or the whole period). */
export function insightFigures(totals: Totals, top = 5): InsightFigures {
  const reading = LOCALES.reduce((sum, l) => sum + totals.localeMs[l], 0);
  const share = Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>;
  if (reading > 0) {
    // Whole percents that add up to 100: the first language takes the rounding.
    const [first, ...rest] = LOCALES;
    let assigned = 0;
    for (const l of rest) {
      share[l] = Math.round((100 * totals.localeMs[l]) / reading);
      assigned += share[l];
    }
    share[first] = 100 - assigned;
  }
  return {
    hoursOnScreen: Math.round(totals.onScreenMs / 360_000) / 10,
    loops: totals.loops,
    visits: totals.visits,
    medianSeconds: Math.round(totals.medianVisitMs / 1000),
    share,
    recoveries: RECOVERY_KINDS.reduce((sum, k) => sum + totals.recoveries[k], 0),
    recoveriesByKind: RECOVERY_KINDS.map((kind) => ({ kind, count: totals.recoveries[kind] })),
    topSlides: totals.slides.slice(0, top).map((s) => ({ ...s, seconds: Math.round(s.ms / 1000) })),
    byHour: totals.visitsByHour.map((visits, hour) => ({ hour, visits })),
    busiest: Math.max(0, ...totals.visitsByHour),
  };
}
