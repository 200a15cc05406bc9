/**
 * WCAG 2.x contrast, computed rather than judged by eye: the kiosk stands in a
 * bright hall, so every text/background pair the theme declares is checked.
 */

/** The WCAG AA minimums: 4.5:1 for text, 3:1 for large text (≥ 24 px) and for marks. */
export const WCAG_AA = { text: 4.5, large: 3, mark: 3 } as const;
export type ContrastUse = keyof typeof WCAG_AA;

/** `#rgb` or `#rrggbb` → [r, g, b] in 0–255. */
export function hexToRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`expected a #rgb or #rrggbb colour, got "${hex}"`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.x definition, sRGB). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * CSS `color-mix(in srgb, a p%, b)` of two opaque colours: each gamma-encoded
 * channel weighted, as the browser computes it, so a tint the stylesheets use
 * can be checked like any token.
 */
export function mixColors(a: string, percentOfA: number, b: string): string {
  const y = hexToRgb(b);
  const w = percentOfA / 100;
  return `#${hexToRgb(a)
    .map((channel, i) => Math.round(channel * w + (y[i] ?? 0) * (1 - w)))
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
}
