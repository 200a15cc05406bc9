import { describe, expect, it } from 'vitest';
import type { Totals } from './stats';
import { insightFigures } from './view';

const base: Totals = {
  onScreenMs: 0,
  starts: 0,
  loops: 0,
  visits: 0,
  medianVisitMs: 0,
  visitsByHour: Array.from({ length: 24 }, () => 0),
  slides: [],
  localeMs: { it: 0, en: 0 },
  panels: 0,
  languageSwitches: 0,
  marks: 0,
  recoveries: { crash: 0, hang: 0, gpu: 0, safe_screen: 0, repaint: 0 },
};

describe('the Insight view figures', () => {
  it.each<[string, Partial<Totals>, Partial<ReturnType<typeof insightFigures>>]>([
    ['nothing recorded', {}, { hoursOnScreen: 0, share: { it: 0, en: 0 }, busiest: 0, recoveries: 0 }],
    ['hours to one decimal', { onScreenMs: 9.46 * 3_600_000 }, { hoursOnScreen: 9.5 }],
    ['shares that add up to 100', { localeMs: { it: 2, en: 1 } }, { share: { it: 67, en: 33 } }],
    [
      'recoveries of every kind, in all and each apart',
      { recoveries: { crash: 2, hang: 3, gpu: 1, safe_screen: 1, repaint: 0 } },
      {
        recoveries: 7,
        recoveriesByKind: [
          { kind: 'crash', count: 2 },
          { kind: 'hang', count: 3 },
          { kind: 'gpu', count: 1 },
          { kind: 'safe_screen', count: 1 },
          { kind: 'repaint', count: 0 },
        ],
      },
    ],
    ['median in seconds', { medianVisitMs: 83_499 }, { medianSeconds: 83 }],
  ])('%s', (_name, totals, expected) => {
    expect(insightFigures({ ...base, ...totals })).toMatchObject(expected);
  });

  it('keeps the five most explored slides and the busiest hour', () => {
    const slides = Array.from({ length: 8 }, (_, i) => ({ slide: `s${i}`, views: 1, ms: (8 - i) * 1000 }));
    const byHour = base.visitsByHour.map((_, h) => (h === 11 ? 9 : h === 15 ? 4 : 0));
    const figures = insightFigures({ ...base, slides, visitsByHour: byHour });
    expect(figures.topSlides.map((s) => s.slide)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(figures.topSlides[0]!.seconds).toBe(8);
    expect(figures.busiest).toBe(9);
    expect(figures.byHour[11]).toEqual({ hour: 11, visits: 9 });
  });
});
