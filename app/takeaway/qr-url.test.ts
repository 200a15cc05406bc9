import { describe, expect, it } from 'vitest';
import { validateLayer } from '../config/settings';
import { QR_URL_MAX_CHARS, takeAwayUrl, templateProblem } from './qr-url';

const TEMPLATE = 'https://example.org/report?slide={slide}&lang={lang}';

describe('the take-away URL template', () => {
  it.each([
    [TEMPLATE, 'export-trend', 'it', 'https://example.org/report?slide=export-trend&lang=it'],
    [TEMPLATE, 'export-trend', 'en', 'https://example.org/report?slide=export-trend&lang=en'],
    [
      'http://kiosk.local:8080/{lang}/{slide}.html',
      'intro-overview',
      'en',
      'http://kiosk.local:8080/en/intro-overview.html',
    ],
    ['https://example.org/{lang}/#{slide}', 'a-b', 'it', 'https://example.org/it/#a-b'],
    ['https://example.org/?s={slide}&t={slide}&l={lang}', 'x', 'it', 'https://example.org/?s=x&t=x&l=it'],
  ] as const)('%s for %s in %s gives %s', (template, slide, locale, url) => {
    expect(templateProblem(template)).toBeUndefined();
    expect(takeAwayUrl(template, slide, locale)).toBe(url);
  });

  it('accepts no template: no QR', () => {
    expect(templateProblem('')).toBeUndefined();
  });

  it.each([
    ['ftp://example.org/{slide}/{lang}', 'expected an http:// or https:// URL with a host'],
    ['example.org/report?slide={slide}&lang={lang}', 'expected an http:// or https:// URL with a host'],
    ['https:///report?slide={slide}&lang={lang}', 'expected an http:// or https:// URL with a host'],
    ['javascript:alert(1)//{slide}{lang}', 'expected an http:// or https:// URL with a host'],
    ['https://{slide}.example.org/{lang}', 'expected an http:// or https:// URL with a host'],
    ['https://user@example.org/{slide}/{lang}', 'expected an http:// or https:// URL with a host'],
    ['https://example.org/report?slide={slide}&lang={language}', 'unknown placeholder {language}'],
    ['https://example.org/report?slide={id}&lang={lang}', 'unknown placeholder {id}'],
    ['https://example.org/report?slide={slide&lang={lang}', 'unknown placeholder {'],
    ['https://example.org/report?slide={slide}}&lang={lang}', 'unknown placeholder }'],
    [
      'https://example.org/report?lang={lang}',
      'expected the placeholders {slide} and {lang}; {slide} is missing',
    ],
    [
      'https://example.org/report?slide={slide}',
      'expected the placeholders {slide} and {lang}; {lang} is missing',
    ],
    [
      'https://example.org/report',
      'expected the placeholders {slide} and {lang}; {slide} and {lang} is missing',
    ],
    ['https://example.org/my report/{slide}/{lang}', 'expected a URL without spaces'],
    [
      `https://example.org/${'x'.repeat(QR_URL_MAX_CHARS)}/{slide}/{lang}`,
      `expected at most ${QR_URL_MAX_CHARS} characters`,
    ],
  ])('rejects %s: %s', (template, message) => {
    expect(templateProblem(template)).toContain(message);
  });

  it.each([
    [TEMPLATE, { qrUrl: TEMPLATE }, 0],
    ['', { qrUrl: '' }, 0],
    ['https://example.org/{slide}', {}, 1],
    [42, {}, 1],
  ])('the config key qrUrl = %j', (value, layer, problems) => {
    const validated = validateLayer({ qrUrl: value }, 'kiosk.config.json');
    expect(validated.layer).toEqual(layer);
    expect(validated.problems).toHaveLength(problems);
    if (problems) expect(validated.problems[0]).toMatchObject({ file: 'kiosk.config.json', path: 'qrUrl' });
  });
});
