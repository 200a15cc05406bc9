/** Each editorial rule in `editorial-rules.ts` flags what it is for, and only that. */
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../app/report/chart-specs';
import type { Unit } from '../app/report/fields';
import type { Locale } from '../app/report/schema';
import {
  averagesOverTotals,
  EURO_CASE,
  ITALIAN_ORDINALS,
  PROCESS_WORDS,
  sharesReadAsCounts,
  sourceProblems,
  unitDisagreements,
  type Rule,
} from './editorial-rules';

describe('each editorial rule catches what it is for', () => {
  it.each<[string, Rule, string, boolean]>([
    ['process words (it)', PROCESS_WORDS.it, 'Il testo nomina solo cinque paesi', true],
    ['process words (it)', PROCESS_WORDS.it, '1 non attribuita nel testo', true],
    ['process words (it)', PROCESS_WORDS.it, 'Il grafico originale ripartiva le imprese', true],
    ['process words (it)', PROCESS_WORDS.it, 'Il rapporto nomina cinque paesi', false],
    ['process words (en)', PROCESS_WORDS.en, 'The original chart split the firms', true],
    ['process words (en)', PROCESS_WORDS.en, 'value not given in the text', true],
    ['process words (en)', PROCESS_WORDS.en, '1 not assigned in the text', true],
    ['process words (en)', PROCESS_WORDS.en, 'The report names five countries', false],
    ['euro case (it)', EURO_CASE.it, '1.778 mln di Euro', true],
    ['euro case (it)', EURO_CASE.it, '1.778 mln di euro, area dell’euro', false],
    ['euro case (en)', EURO_CASE.en, 'With Euros 9.7 billion', true],
    ['euro case (en)', EURO_CASE.en, 'to the Eurozone, €9.7 billion, non-euro', false],
    ['ordinals', ITALIAN_ORDINALS, 'dalla 9° posizione italiana', true],
    ['ordinals', ITALIAN_ORDINALS, '2° provincia', true],
    ['ordinals', ITALIAN_ORDINALS, 'Vicenza 4a, Monza e Brianza 6a', true],
    ['ordinals', ITALIAN_ORDINALS, '5ª posto', true],
    ['ordinals', ITALIAN_ORDINALS, 'dalla 9ª posizione, 5° posto, 2ª provincia, 2,5%', false],
  ])('%s: “%s” → flagged %s', (_name, check, text, flagged) => {
    expect(check(text) !== undefined).toBe(flagged);
  });

  const money = (unit: Unit): ChartSpec[] => [
    { kind: 'bars', unit, items: [{ id: 'a', label: { it: 'A', en: 'A' }, value: 1 }] },
  ];
  it.each<[string, Locale, Unit, boolean]>([
    ['Posizione per esportazioni, 2013, mld €', 'it', 'eur_mln', true],
    ['Ranking by exports, 2013, € bln', 'en', 'eur_mln', true],
    ['Posizione per esportazioni, 2013, mln €', 'it', 'eur_mln', false],
    ['Main provinces for export, 2013, € bln', 'en', 'eur_bn', false],
  ])('units: caption “%s” (%s) over %s marks → flagged %s', (caption, locale, unit, flagged) => {
    expect(unitDisagreements(caption, money(unit), locale) !== undefined).toBe(flagged);
  });

  it('totals: an “average” over a money total is flagged, over a percentage it is not', () => {
    const deltas: ChartSpec = {
      kind: 'deltas',
      unit: 'eur_bn',
      fromYear: 1991,
      toYear: 2013,
      items: [
        { id: 'italy', label: { it: 'Media italiana', en: 'Italian average' }, change: 258, reference: true },
      ],
    };
    expect(averagesOverTotals(deltas)).toHaveLength(2);
    expect(
      averagesOverTotals({
        ...money('percent')[0]!,
        items: [{ id: 'i', label: { it: 'Media italiana', en: 'Italian average' }, value: 2.5 }],
      } as ChartSpec),
    ).toEqual([]);
  });

  it('shares: a percent chart titled like a count is flagged', () => {
    const titled = (it: string, en: string): ChartSpec =>
      ({ ...(money('percent')[0] as ChartSpec), title: { it, en } }) as ChartSpec;
    expect(
      sharesReadAsCounts(titled('Imprese che controllano stabilimenti', 'Companies controlling plants')),
    ).toHaveLength(2);
    expect(sharesReadAsCounts(titled('Quota di imprese', 'Share of companies'))).toEqual([]);
  });

  it.each<[string, string, boolean]>([
    ['Confindustria Bergamo su dati ISTAT', 'Confindustria Bergamo on data from ISTAT', true],
    [
      'Fondazione Edison e Confindustria Bergamo su dati EUROSTAT',
      'Fondazione Edison and Confindustria Bergamo on data EUROSTAT',
      true,
    ],
    ['Confindustria Bergamo su dati ISTAT', 'Confindustria Bergamo', true],
    ['Confindustria Bergamo su dati ISTAT', 'Confindustria Bergamo based on ISTAT data', false],
    ['ISTAT', 'ISTAT', false],
  ])('sources: “%s” / “%s” → flagged %s', (it, en, flagged) => {
    expect(sourceProblems({ it, en }).length > 0).toBe(flagged);
  });
});
