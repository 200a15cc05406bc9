import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS } from './defaults';
import { mergeSettings, rawQuerySettings, settingsFromQuery } from './query';
import { DEFAULT_SETTINGS, SETTING_SCHEMAS, validateLayer } from './settings';

// The renderer checks its URL query by hand (no zod in its bundle); the settings' zod schemas
// are the rules. Each query must give the same layer and the same problems both ways.
const QUERIES = [
  '',
  '?mode=signage&lang=en&slideSeconds=8&idleSeconds=30&slide=export-trend&utm=x',
  '?mode=party',
  '?mode=',
  '?lang=de',
  '?lang=en',
  '?languages=en',
  '?languages=it,en',
  '?languages=it,fr',
  '?languages=',
  '?languages=it,en,it',
  '?languages=fr,it,en',
  '?slideSeconds=abc',
  '?slideSeconds=',
  '?slideSeconds=%20',
  '?slideSeconds=2.99',
  '?slideSeconds=3',
  '?slideSeconds=7.5',
  '?slideSeconds=600',
  '?slideSeconds=600.5',
  '?slideSeconds=Infinity',
  '?slideSeconds=-Infinity',
  '?slideSeconds=1e1',
  '?slideSeconds=0x10',
  '?idleSeconds=9',
  '?idleSeconds=10',
  '?idleSeconds=3600',
  '?idleSeconds=99999',
  '?idleWarningSeconds=3.5',
  '?idleWarningSeconds=2',
  '?idleWarningSeconds=3',
  '?idleWarningSeconds=120',
  '?idleWarningSeconds=121',
  '?idleWarningSeconds=x',
  '?slides=a,,b',
  '?slides=',
  `?slides=${'a'.repeat(100)}`,
  `?slides=${'a'.repeat(101)}`,
  `?slides=${Array.from({ length: 200 }, (_, i) => `s${i}`).join(',')}`,
  `?slides=${Array.from({ length: 201 }, (_, i) => `s${i}`).join(',')}`,
  `?slides=${Array.from({ length: 201 }, () => 'a'.repeat(101)).join(',')}`,
  '?slide=',
  `?slide=${'a'.repeat(100)}`,
  `?slide=${'a'.repeat(101)}`,
  '?reducedMotion',
  '?reducedMotion=1',
  '?reducedMotion=true',
  '?reducedMotion=0',
  '?reducedMotion=false',
  '?reducedMotion=maybe',
  '?rotation=0',
  '?rotation=90',
  '?rotation=270',
  '?rotation=45',
  '?rotation=x',
  '?rotation=',
  '?pin=12',
  '?pin=1234',
  '?pin=12345678',
  '?pin=123456789',
  '?pin=12a4',
  '?qrUrl=',
  `?qrUrl=${encodeURIComponent('https://example.org/report?slide={slide}&lang={lang}')}`,
  '?qrUrl=ftp://x',
  '?qrUrl=https%3A%2F%2Fexample.org%2F%3Fslide%3D%7Bid%7D',
  '?qrInLoop=1',
  '?qrInLoop=2',
  '?insight=no',
  '?insight=false',
  '?foo=1&slideSeconds=5&mode=presentation&mode=signage',
  '?slideSeconds=1&idleSeconds=5&lang=de&mode=x',
  '?lang=%E0%A4%A',
];

describe('the URL query, checked without zod', () => {
  const cases = QUERIES.map((query) => [query.length > 60 ? `${query.slice(0, 60)}…` : query, query]);
  it.each(cases)('reads %s as the settings schemas do', (_name, query) => {
    expect(settingsFromQuery(query)).toEqual(validateLayer(rawQuerySettings(query), 'URL'));
  });

  it('merges onto the same defaults as the schemas give', () => {
    expect(SETTING_DEFAULTS).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(SETTING_DEFAULTS).sort()).toEqual(Object.keys(SETTING_SCHEMAS).sort());
    expect(mergeSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('names the URL, the setting and the problem', () => {
    expect(settingsFromQuery('?slideSeconds=1&lang=de').problems).toEqual([
      { file: 'URL', path: 'slideSeconds', message: 'Too small: expected number to be >=3' },
      { file: 'URL', path: 'language', message: 'Invalid option: expected one of "it"|"en"' },
    ]);
  });
});
