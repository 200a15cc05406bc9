import { describe, expect, it } from 'vitest';
import { formatFigure } from '../locale/format';
import type { Qualifier, Unit } from '../report/fields';
import { figureParts, type FigureParts } from './figure';

/** What FigureText.svelte draws, as plain text. */
const joinFigureParts = (parts: FigureParts) =>
  parts.hedge + parts.joiner + parts.pieces.map((p) => p.text).join('');

const NBSP = '\u00a0';
const plain = (text: string) => text.replaceAll(NBSP, ' ');

describe('figureParts', () => {
  it.each<[number, Unit, Qualifier | undefined, 'it' | 'en', string, string]>([
    [9.7, 'eur_bn', undefined, 'it', '', '[9,7]( mld €)'],
    [9.7, 'eur_bn', undefined, 'en', '', '(€)[9.7]( bn)'],
    [150, 'thousand', 'over', 'it', 'oltre', '[150]( mila)'],
    [150, 'thousand', 'over', 'en', 'over', '[150]( thousand)'],
    [350, 'percent_change', undefined, 'en', '', '[+350](%)'],
    [7190, 'count', undefined, 'it', '', '[7.190]'],
    [2, 'rank', undefined, 'en', '', '[2](nd)'],
    [2, 'ratio', 'almost', 'it', 'quasi', '[2](×)'],
    [100, 'usd_bn', 'over', 'en', 'over', '($)[100]( bn)'],
  ])('%s %s %s in %s → hedge "%s", %s', (value, unit, qualifier, locale, hedge, shape) => {
    const figure = qualifier ? { value, unit, qualifier } : { value, unit };
    const parts = figureParts(figure, locale);
    expect(parts.hedge).toBe(hedge);
    expect(
      plain(parts.pieces.map((p) => (p.kind === 'number' ? `[${p.text}]` : `(${p.text})`)).join('')),
    ).toBe(shape);
  });

  it.each<[number, Unit, Qualifier | undefined]>([
    [9.7, 'eur_bn', undefined],
    [15, 'eur_bn', 'almost'],
    [72, 'percent', 'over'],
    [50, 'percent', 'approx'],
    [1778, 'eur_mln', undefined],
    [1.4, 'percent_change', undefined],
    [2.5, 'million', undefined],
    [6, 'points', 'almost'],
    [11, 'rank', undefined],
  ])('%s %s (%s) joins back to format.ts’s text in both languages', (value, unit, qualifier) => {
    const figure = qualifier ? { value, unit, qualifier } : { value, unit };
    for (const locale of ['it', 'en'] as const) {
      const parts = figureParts(figure, locale);
      expect(joinFigureParts(parts)).toBe(formatFigure(figure, locale));
    }
  });
});
