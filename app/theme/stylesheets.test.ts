/**
 * No colour slips past the contrast pairs: every colour the stylesheets paint
 * (the renderer's styles and the safe screen's) is a token of tokens.ts or a
 * tint of tokens that a pair declares; the few that carry nothing (shadows,
 * scrims, rules between rows) are listed here with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLORS, CONTRAST_PAIRS, DECORATIVE_COLORS, type ColorToken } from './tokens';

const root = fileURLToPath(new URL('../../', import.meta.url));

function styleSources(): { file: string; css: string }[] {
  const files = readdirSync(`${root}renderer`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.svelte') || f.endsWith('.css'))
    .map((f) => `renderer/${f}`);
  return [...files, 'main/recovery-page.ts'].map((file) => {
    const text = readFileSync(`${root}${file}`, 'utf8');
    // Only what styles: <style> blocks (and whole .css files).
    const css = file.endsWith('.css')
      ? text
      : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    return { file, css };
  });
}

/** Colour literals that paint nothing a visitor reads, and why. */
const NEUTRAL_LITERALS: Record<string, string> = {
  'rgb(0 0 0 / 0.55)': 'scrim behind the operator’s PIN pad and panel',
  'rgb(0 0 0 / 0.25)': 'drop shadow of panels and the problems notice',
  'rgb(0 0 0 / 0.18)': 'drop shadow of the callout',
  '#000': 'the blanked screen: nothing is drawn on it',
};

/** Tints of ink over whatever lies beneath: rules, scrims, outlines of non-essential shapes. */
const DECORATIVE_TINTS: Record<string, string> = {
  'ink 10% transparent': 'rule above the band',
  'ink 12% transparent': 'rule under a panel’s title',
  'ink 15% transparent': 'rules between table rows',
  'ink 18% transparent': 'shade at the edge where an enlarged text column scrolls on',
  'ink 20% transparent': 'outline of index entries (each is named by its text)',
  'ink 25% transparent':
    'the loop’s position dots besides the current one (its accent dot and the band’s label tell the position)',
  'ink 35% transparent': 'scrim behind a panel',
  'ink 55% transparent': 'scrim behind "still there?"',
};

const tokenOf = (variable: string): ColorToken | undefined => {
  const name = variable.replace(/^--(color-)?/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return name in COLORS ? (name as ColorToken) : undefined;
};

const sources = styleSources();

describe('the stylesheets paint only declared colours', () => {
  it('reads the styles of the renderer and of the safe screen', () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources.find((s) => s.file === 'main/recovery-page.ts')?.css).toContain('COLORS.ink');
  });

  it('has no colour literal but the neutral ones', () => {
    const found = sources.flatMap(({ file, css }) =>
      [...css.matchAll(/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g)]
        .map((m) => m[0])
        .filter((literal) => !(literal in NEUTRAL_LITERALS))
        .map((literal) => `${file}: ${literal}`),
    );
    expect(found, 'use a token of app/theme/tokens.ts (and a contrast pair) instead').toEqual([]);
  });

  it('uses only colour variables of tokens that are in a contrast pair or declared decorative', () => {
    const paired = new Set(
      CONTRAST_PAIRS.flatMap((p) => [p.fg, ...(typeof p.bg === 'string' ? [p.bg] : [p.bg.mix, p.bg.into])]),
    );
    const colourProperty =
      /(?:^|[\s;{])(color|background(?:-color)?|border(?:-[a-z]+)?(?:-color)?|outline(?:-color)?|fill|stroke|box-shadow|text-decoration)\s*:\s*([^;}]*)/g;
    const found = sources.flatMap(({ file, css }) =>
      [...css.matchAll(colourProperty)].flatMap((m) =>
        [...(m[2] ?? '').matchAll(/var\((--[a-z-]+)\)/g)]
          .map((v) => v[1]!)
          .filter((v) => !/^--(scale|safe|unit|fit|type-|text-)/.test(v))
          .filter((v) => {
            const token = tokenOf(v);
            return !token || (!paired.has(token) && !DECORATIVE_COLORS[token]);
          })
          .map((v) => `${file}: ${m[1]}: ${v}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('mixes colours only as a declared pair’s background or a decorative tint', () => {
    const declared = new Set(
      CONTRAST_PAIRS.flatMap((p) =>
        typeof p.bg === 'string' ? [] : [`${p.bg.mix} ${p.bg.percent}% ${p.bg.into}`],
      ),
    );
    const found = sources.flatMap(({ file, css }) =>
      [
        ...css.matchAll(
          /color-mix\(in srgb,\s*var\((--[a-z-]+)\)\s+(\d+)%,\s*(var\((--[a-z-]+)\)|transparent)\)/g,
        ),
      ]
        .map((m) => {
          const mix = tokenOf(m[1]!);
          const into = m[4] ? tokenOf(m[4]) : 'transparent';
          return `${mix} ${m[2]}% ${into}`;
        })
        .filter((key) => !declared.has(key) && !(key in DECORATIVE_TINTS))
        .map((key) => `${file}: ${key}`),
    );
    expect(found).toEqual([]);
    // Every color-mix was understood: none written another way.
    const all = sources.flatMap(({ css }) => css.match(/color-mix\(/g) ?? []).length;
    const parsed = sources.flatMap(
      ({ css }) =>
        css.match(/color-mix\(in srgb,\s*var\(--[a-z-]+\)\s+\d+%,\s*(var\(--[a-z-]+\)|transparent)\)/g) ?? [],
    ).length;
    expect(parsed).toBe(all);
  });
});
