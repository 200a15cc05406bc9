import { describe, expect, it } from 'vitest';
import { inlineStylesheets, rebaseUrls, type Stylesheets } from './inline-stylesheet';

describe('rebaseUrls', () => {
  it.each([
    ['url(./inter.woff2)', 'assets', 'url(./assets/inter.woff2)'],
    ["url('./inter.woff2')", 'assets', "url('./assets/inter.woff2')"],
    ['url("./a b.woff2")', 'assets', 'url("./assets/a b.woff2")'],
    ['url(./x.woff2) url(./y.woff2)', 'assets', 'url(./assets/x.woff2) url(./assets/y.woff2)'],
    // Already page-relative, absolute or data: references are left alone.
    ['url(data:image/svg+xml,x)', 'assets', 'url(data:image/svg+xml,x)'],
    ['url(/root.woff2)', 'assets', 'url(/root.woff2)'],
    ['url(./inter.woff2)', '', 'url(./inter.woff2)'],
  ])('%s from %s/ → %s', (css, folder, expected) => {
    expect(rebaseUrls(css, folder)).toBe(expected);
  });
});

describe('inlineStylesheets', () => {
  const page = (head: string) => `<head>${head}</head><body></body>`;

  it.each<{ name: string; html: string; sheets: Stylesheets; expected: string; inlined: string[] }>([
    {
      name: 'a linked sheet becomes a style element, fonts relative to the page',
      html: page('<link rel="stylesheet" href="./assets/style-a.css">'),
      sheets: { 'assets/style-a.css': '@font-face{src:url(./inter.woff2)}' },
      expected: page('<style>@font-face{src:url(./assets/inter.woff2)}</style>'),
      inlined: ['assets/style-a.css'],
    },
    {
      name: 'a `$` in the CSS is kept as written',
      html: page('<link rel="stylesheet" crossorigin href="./assets/s.css">'),
      sheets: { 'assets/s.css': "a::after{content:'$&$1'}" },
      expected: page("<style>a::after{content:'$&$1'}</style>"),
      inlined: ['assets/s.css'],
    },
    {
      name: 'a sheet the page does not link is not inlined',
      html: page('<link rel="icon" href="./assets/icon.svg">'),
      sheets: { 'assets/other.css': 'a{}' },
      expected: page('<link rel="icon" href="./assets/icon.svg">'),
      inlined: [],
    },
  ])('$name', ({ html, sheets, expected, inlined }) => {
    expect(inlineStylesheets(html, sheets)).toEqual({ html: expected, inlined });
  });

  it('refuses a sheet that would close the style element early', () => {
    expect(() =>
      inlineStylesheets(page('<link rel="stylesheet" href="./s.css">'), { 's.css': "a{content:'</style>'}" }),
    ).toThrow('s.css');
  });
});
