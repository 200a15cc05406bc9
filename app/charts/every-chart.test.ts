/**
 * Every chart of the report, in both languages, as a visitor reads it: the
 * words and figures on its marks, its screen-reader summary and its table
 * view, held in a snapshot. A change to how any figure is worded or formatted
 * shows up here as a diff to review, line by line.
 */
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../locale/translate';
import { LOCALES, ReportSchema, type Locale } from '../report/schema';
import { chartModel, type ChartModel, type GeoLookup, type Mark } from './models';
import { chartSummary } from './summary';
import { chartTable } from './table';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const report = ReportSchema.parse(json('../../data/report.json'));
// The real geographic lookups, as the renderer bundles them (renderer/charts/geo.ts).
const geo: GeoLookup = {
  places: (json('../../assets/geo/places.json') as { places: GeoLookup['places'] }).places,
  countries: (json('../../assets/geo/country-points.json') as { points: GeoLookup['countries'] }).points,
};

/** svelte-i18n's lookup: "group.key" formatted as ICU messages (plurals included); a missing key throws. */
function translator(locale: Locale): Translate {
  const all = json(`../../data/locales/${locale}.json`) as Record<string, Record<string, string>>;
  return (key, values = {}) => {
    const [group = '', name = ''] = key.split('.');
    const template = all[group]?.[name];
    if (!template) throw new Error(`missing message ${key}`);
    return String(new IntlMessageFormat(template, locale).format(values));
  };
}

type Drawn = Partial<Mark> & { readonly rankText?: string };

/** What each kind draws with words or figures on it, in drawing order. */
function drawn(model: ChartModel): readonly Drawn[] {
  switch (model.kind) {
    case 'bars':
      return [...model.marks, ...(model.reference ? [model.reference] : [])];
    case 'ranking':
      return [...model.slots, ...model.summary.map((line) => ({ label: line }))];
    case 'deltas':
      return [...model.marks, ...(model.reference ? [model.reference] : [])];
    case 'units':
      return [...model.groups, model.total];
    case 'pointMap':
      return [...model.places, ...(model.centre ? [model.centre] : [])];
    case 'bubbleMap':
      return [...model.marks, model.rest, model.total];
    case 'pairs':
      return model.rows.flatMap((row) => [{ label: row.label }, ...row.marks]);
    case 'set':
      return model.items;
  }
}

const line = (mark: Drawn) =>
  [mark.id, mark.label, mark.valueText, mark.rankText, mark.detail, mark.highlight ? '*' : '']
    .map((part) => part ?? '')
    .join(' | ');

describe('every chart, as the visitor reads it', () => {
  for (const locale of LOCALES) {
    const t = translator(locale);
    for (const slide of report.slides) {
      slide.charts.forEach((chart, index) => {
        it(`${slide.id} chart ${index} (${locale})`, () => {
          const model = chartModel(chart, { locale, t, geo });
          const table = chartTable(model, t);
          expect({
            title: model.title,
            note: model.note,
            marks: drawn(model).map(line),
            summary: chartSummary(model, t),
            table: [
              table.columns.join(' | '),
              ...table.rows.map((row) => `${row.id}${row.highlight ? ' *' : ''}: ${row.cells.join(' | ')}`),
            ],
          }).toMatchSnapshot();
        });
      });
    }
  }
});
