import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatRank, formatValue, type OrdinalGender } from './format';
import type { Qualifier, Unit } from '../report/fields';

/** Normalises the no-break spaces the formatter uses, to keep the table readable. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatValue', () => {
  it.each<[number, Unit, string, string]>([
    [9.7, 'eur_bn', '9,7 mld €', '€9.7 bn'],
    [1778, 'eur_mln', '1.778 mln €', '€1,778 mln'],
    [100, 'usd_bn', '100 mld $', '$100 bn'],
    [23.8, 'percent', '23,8%', '23.8%'],
    [350, 'percent_change', '+350%', '+350%'],
    [6, 'points', '6 punti', '6 points'],
    [156, 'thousand', '156 mila', '156 thousand'],
    [2.5, 'million', '2,5 milioni', '2.5 million'],
    [7190, 'count', '7.190', '7,190'],
    [1.8, 'ratio', '1,8×', '1.8×'],
    [2, 'rank', '2°', '2nd'],
    [11, 'rank', '11°', '11th'],
    [1, 'rank', '1°', '1st'],
    [3, 'rank', '3°', '3rd'],
  ])('%s %s → it "%s", en "%s"', (value, unit, it_, en) => {
    expect(plain(formatValue(value, unit, 'it'))).toBe(it_);
    expect(plain(formatValue(value, unit, 'en'))).toBe(en);
  });

  it('keeps a number and its unit on one line', () => {
    expect(formatValue(9.7, 'eur_bn', 'it')).toBe('9,7\u00a0mld\u00a0€');
  });
});

describe('formatRank', () => {
  it.each<[number, OrdinalGender | undefined, string, string]>([
    [4, 'feminine', '4ª', '4th'],
    [19, 'feminine', '19ª', '19th'],
    [5, 'masculine', '5°', '5th'],
    [2, undefined, '2°', '2nd'],
  ])('%s (%s) → it "%s" (agreeing with its noun), en "%s"', (rank, gender, it_, en) => {
    expect(formatRank(rank, 'it', gender)).toBe(it_);
    expect(formatRank(rank, 'en', gender)).toBe(en);
  });
});

describe('formatFigure', () => {
  it.each<[number, Unit, Qualifier | undefined, string, string]>([
    [15, 'eur_bn', 'almost', 'quasi 15 mld €', 'almost €15 bn'],
    [72, 'percent', 'over', 'oltre 72%', 'over 72%'],
    [50, 'percent', 'approx', 'circa 50%', 'about 50%'],
    [79.9, 'percent', undefined, '79,9%', '79.9%'],
  ])('%s %s (%s) → "%s" / "%s"', (value, unit, qualifier, it_, en) => {
    const figure = qualifier ? { value, unit, qualifier } : { value, unit };
    expect(plain(formatFigure(figure, 'it'))).toBe(it_);
    expect(plain(formatFigure(figure, 'en'))).toBe(en);
  });
});

describe('formatNumber', () => {
  it('groups four-digit numbers in Italian, as the report does', () => {
    expect(formatNumber(5117, 'it')).toBe('5.117');
    expect(formatNumber(5117, 'en')).toBe('5,117');
  });
});
