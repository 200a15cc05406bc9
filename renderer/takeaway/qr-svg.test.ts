import jsQR from 'jsqr';
import { create } from 'qrcode/lib/core/qrcode';
import { describe, expect, it } from 'vitest';
import { takeAwayUrl } from '../../app/takeaway/qr-url';
import report from '../../data/report.json' with { type: 'json' };
import { qrSvg } from './qr-svg';

/**
 * The code's markup drawn as a phone camera would see it, `scale` pixels per
 * module: qrcode's path is rows of dark runs (`M x y` starts a row, `m dx 0`
 * skips light modules, `h n` draws n dark ones), stroked one module wide.
 */
function rasterize(markup: string, modules: number, scale = 4): Uint8ClampedArray {
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(markup)?.[1] ?? '';
  const side = modules * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (command === 'm') x += Number(a);
    else {
      for (let column = x; column < x + Number(a); column += 1)
        for (let dy = 0; dy < scale; dy += 1)
          for (let dx = 0; dx < scale; dx += 1) {
            const at = ((y * scale + dy) * side + column * scale + dx) * 4;
            pixels.fill(0, at, at + 3);
          }
      x += Number(a);
    }
  }
  return pixels;
}

describe('qrSvg', () => {
  it.each([
    ['https://example.org/report?slide=intro-overview&lang=it'],
    ['https://example.org/report?slide=sector-export-leadership&lang=en'],
  ])('draws %s black on white with a 4-module quiet zone, at level Q', (url) => {
    const code = qrSvg(url);
    const size = create(url, { errorCorrectionLevel: 'Q' }).modules.size;
    expect(code.modules).toBe(size + 8);
    expect(code.markup).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    expect(code.markup).toContain('fill="#ffffff"');
    expect(code.markup).toContain('stroke="#000000"');
    // The first dark module (the finder pattern's corner) sits after the quiet zone.
    expect(code.markup).toMatch(/d="M4 4\.5h7/);
  });

  it('encodes each URL once', () => {
    const url = 'https://example.org/?slide=x&lang=it';
    expect(qrSvg(url)).toBe(qrSvg(url));
  });

  // On screen (e2e/takeaway.spec.ts) the first and last slides are read back from the pixels;
  // here every slide's code, in both languages, reads back as the URL its panel shows.
  it.each(report.slides.flatMap((slide) => (['it', 'en'] as const).map((lang) => [slide.id, lang] as const)))(
    'the code of %s in %s decodes to its URL',
    (slide, lang) => {
      const url = takeAwayUrl('https://example.org/bergamo/report?slide={slide}&lang={lang}', slide, lang);
      const code = qrSvg(url);
      const side = code.modules * 4;
      expect(jsQR(rasterize(code.markup, code.modules), side, side)?.data).toBe(url);
    },
  );
});
