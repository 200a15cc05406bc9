import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb, mixColors, relativeLuminance } from './contrast';

describe('hexToRgb', () => {
  it.each<[string, [number, number, number]]>([
    ['#000000', [0, 0, 0]],
    ['#ffffff', [255, 255, 255]],
    ['#0072B2', [0, 114, 178]],
    ['#fff', [255, 255, 255]],
    ['#1d1d1f', [29, 29, 31]],
  ])('%s → %j', (hex, rgb) => {
    expect(hexToRgb(hex)).toEqual(rgb);
  });

  it.each(['red', '#12345', 'fff', '#ggg'])('refuses %s', (hex) => {
    expect(() => hexToRgb(hex)).toThrow(/expected a #rgb/);
  });
});

describe('contrastRatio', () => {
  it.each<[string, string, number]>([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    // Reference values from the WCAG contrast checker.
    ['#767676', '#ffffff', 4.54],
    ['#0072b2', '#ffffff', 5.19],
    ['#d55e00', '#ffffff', 3.87],
  ])('%s on %s ≈ %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 1);
  });

  it('ranks luminance from black to white', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
  });
});

describe('mixColors', () => {
  // Chromium 156 computes color(srgb 0.5 0.5 0.5) and color(srgb 0.82 0.880392 0.901373) for
  // the first two; rounded to 8 bits a channel, as the WCAG formula reads them.
  it.each<[string, number, string, string]>([
    ['#000000', 50, '#ffffff', '#808080'],
    ['#0072b2', 15, '#f6f4ef', '#d1e1e6'],
    ['#0072b2', 100, '#f6f4ef', '#0072b2'],
    ['#0072b2', 0, '#f6f4ef', '#f6f4ef'],
  ])('%s %s%% into %s is %s', (a, percent, b, mixed) => {
    expect(mixColors(a, percent, b)).toBe(mixed);
  });
});
