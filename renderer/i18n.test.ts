import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import './i18n';

describe('the UI strings', () => {
  it('resolve each language once, to what ICU resolves it to', () => {
    const first = IntlMessageFormat.resolveLocale('it');
    expect(first?.baseName).toBe(new Intl.Locale(Intl.NumberFormat.supportedLocalesOf('it')[0]!).baseName);
    expect(IntlMessageFormat.resolveLocale('it')).toBe(first);
    expect(IntlMessageFormat.resolveLocale(['en'])?.baseName).toBe('en');
    expect(IntlMessageFormat.resolveLocale('en')?.baseName).toBe('en');
  });

  it('format a message in each language', () => {
    expect(new IntlMessageFormat('{n, number} slide', 'it').format({ n: 12345.5 })).toBe('12.345,5 slide');
    expect(new IntlMessageFormat('{n, number} slides', 'en').format({ n: 12345.5 })).toBe('12,345.5 slides');
  });
});
