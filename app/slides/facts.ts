/**
 * Which key figures the text column shows: those the slide's charts do not
 * already draw as a labelled mark, so no figure is on screen twice.
 */
import type { ChartSpec } from '../report/chart-specs';
import type { Figure, Unit } from '../report/fields';
import type { Slide } from '../report/schema';

const key = (value: number, unit: Unit) => `${value}|${unit}`;

/** Value and unit of every figure a chart labels on its marks. */
export function chartedFigures(charts: readonly ChartSpec[]): Set<string> {
  const keys = new Set<string>();
  for (const chart of charts) {
    switch (chart.kind) {
      case 'bars':
        chart.items.forEach((item) => keys.add(key(item.value, chart.unit)));
        break;
      case 'ranking':
        chart.entries.forEach((entry) => entry.value !== undefined && keys.add(key(entry.value, chart.unit)));
        break;
      case 'deltas':
        chart.items.forEach((item) => keys.add(key(item.change, 'percent_change')));
        break;
      case 'units':
        keys.add(key(chart.total.value, 'count'));
        chart.parts.forEach((part) => keys.add(key(part.value, 'count')));
        break;
      case 'bubbleMap':
        chart.items.forEach((item) => keys.add(key(item.value, chart.unit)));
        break;
      case 'pairs':
        chart.rows.forEach((row) => row.values.forEach((value) => keys.add(key(value, chart.unit))));
        break;
      case 'pointMap':
      case 'set':
        break;
    }
  }
  return keys;
}

/** The slide's facts that no chart of it draws (all of them on a slide without charts). */
export function factsToShow(slide: Pick<Slide, 'facts' | 'charts'>): Figure[] {
  const charted = chartedFigures(slide.charts);
  return slide.facts.filter((fact) => !charted.has(key(fact.value, fact.unit)));
}

/**
 * A key figure's label as the slide and the table view show it: its year after it, kept on the
 * same line, unless the label already names it ("export di Bergamo nel 1991", not "… (1991)").
 */
export function labelWithYear(label: string, year: number | undefined): string {
  return year !== undefined && !label.includes(String(year)) ? `${label}\u00a0(${year})` : label;
}
