import { create } from 'qrcode/lib/core/qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr-svg';

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
});
