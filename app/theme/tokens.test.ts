import { describe, expect, it } from 'vitest';
import { WCAG_AA, contrastRatio } from './contrast';
import {
  COLORS,
  CONTRAST_PAIRS,
  DECORATIVE_COLORS,
  paintHex,
  type ColorToken,
  type Paint,
  MIN_TYPE_PX,
  MOTION,
  OKABE_ITO,
  TYPE,
  colorVariables,
  typeSize,
  typeVariables,
} from './tokens';

const paintName = (paint: Paint) =>
  typeof paint === 'string' ? paint : `${paint.mix} ${paint.percent}% into ${paint.into}`;

describe('colour pairs meet WCAG AA', () => {
  it.each(CONTRAST_PAIRS.map((p) => [p.fg, paintName(p.bg), p.use, p.where, p.bg] as const))(
    '%s on %s (%s: %s)',
    (fg, _, use, _where, bg) => {
      expect(contrastRatio(COLORS[fg], paintHex(bg))).toBeGreaterThanOrEqual(WCAG_AA[use]);
    },
  );

  it('the subject and the derived point come from the Okabe–Ito set', () => {
    expect(Object.values(OKABE_ITO)).toContain(COLORS.accent);
    expect(Object.values(OKABE_ITO)).toContain(COLORS.derived);
  });

  it('declares a pair for every colour used as text or mark; the rest say why they are decorative', () => {
    const used = new Set(
      CONTRAST_PAIRS.flatMap((p) => [p.fg, ...(typeof p.bg === 'string' ? [p.bg] : [p.bg.mix, p.bg.into])]),
    );
    for (const token of Object.keys(COLORS) as ColorToken[]) {
      const reason = DECORATIVE_COLORS[token];
      if (reason) expect(used, `${token} is declared decorative but used in a pair`).not.toContain(token);
      else expect(used, `${token} has no contrast pair and no decorative reason`).toContain(token);
    }
  });
});

describe('type sizes', () => {
  it.each(Object.entries(TYPE))('%s (%s px) is at least the minimum on the reference frame', (_, px) => {
    expect(px).toBeGreaterThanOrEqual(MIN_TYPE_PX);
  });

  it('the headline figure is the biggest type', () => {
    expect(Math.max(...Object.values(TYPE))).toBe(TYPE.headline);
  });

  it.each<[number, string, string]>([
    [1, '--type-label', '26px'],
    [0.5, '--type-label', '13px'],
    [0.7115, '--type-headline', '105.3px'],
  ])('at scale %s, %s is %s', (scale, name, value) => {
    expect(typeVariables(scale)[name]).toBe(value);
  });

  it('typeSize agrees with the CSS variables', () => {
    expect(`${typeSize('calloutValue', 0.8)}px`).toBe(typeVariables(0.8)['--type-callout-value']);
  });
});

describe('colour variables', () => {
  it('names every token once, as --color-<token>, and nothing else', () => {
    const vars = colorVariables();
    expect(vars['--color-ink-muted']).toBe(COLORS.inkMuted);
    expect(vars['--color-accent']).toBe(COLORS.accent);
    expect(Object.keys(vars)).toHaveLength(Object.keys(COLORS).length);
    expect(Object.keys(vars).every((name) => name.startsWith('--color-'))).toBe(true);
  });
});

describe('motion', () => {
  it('builds in within 300–800 ms, staggered by 30–60 ms', () => {
    expect(MOTION.durationMs).toBeGreaterThanOrEqual(300);
    expect(MOTION.durationMs).toBeLessThanOrEqual(800);
    expect(MOTION.staggerMs).toBeGreaterThanOrEqual(30);
    expect(MOTION.staggerMs).toBeLessThanOrEqual(60);
  });
});

describe('type variables for enlarged text', () => {
  it.each<[string, string]>([
    ['--type-title', '104px'],
    ['--type-body', '56px'],
    ['--type-note', '48px'],
    ['--type-min', '48px'],
    ['--type-headline', '207.2px'],
    ['--type-key-figure', '134.4px'],
    ['--scale', '1'],
  ])('text at 2 and display at 1.4 on the reference frame: %s is %s', (name, value) => {
    expect(typeVariables(1, { text: 2, display: 1.4 })[name]).toBe(value);
  });

  it('without enlargement, text and display follow the layout scale', () => {
    expect(typeVariables(0.8)).toEqual(typeVariables(0.8, { text: 0.8, display: 0.8 }));
  });
});
