import { describe, expect, it } from 'vitest';
import {
  browserZoom,
  parseTextSize,
  slideTextScales,
  stepTextSize,
  textSizeAction,
  type TextSizeAction,
  type WindowMetrics,
} from './text-size';

describe('stepTextSize', () => {
  it.each<[number, TextSizeAction, number]>([
    [1, 'larger', 1.25],
    [1.75, 'larger', 2],
    [2, 'larger', 2],
    [1.5, 'smaller', 1.25],
    [1, 'smaller', 1],
    [2, 'reset', 1],
    // A value from elsewhere steps from the nearest size.
    [1.3, 'larger', 1.5],
  ])('%s, %s → %s', (current, action, expected) => {
    expect(stepTextSize(current, action)).toBe(expected);
  });
});

describe('parseTextSize', () => {
  it.each<[string | null, number]>([
    ['1.5', 1.5],
    ['2', 2],
    [null, 1],
    ['', 1],
    ['3', 1],
    ['big', 1],
  ])('%s → %s', (stored, expected) => {
    expect(parseTextSize(stored)).toBe(expected);
  });
});

describe('textSizeAction', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  it.each<[string, ReturnType<typeof key>, TextSizeAction | undefined]>([
    ['Ctrl+=', key('=', { ctrlKey: true }), 'larger'],
    ['Ctrl++', key('+', { ctrlKey: true }), 'larger'],
    ['Cmd+=', key('=', { metaKey: true }), 'larger'],
    ['Ctrl+-', key('-', { ctrlKey: true }), 'smaller'],
    ['Ctrl+_', key('_', { ctrlKey: true }), 'smaller'],
    ['Cmd+0', key('0', { metaKey: true }), 'reset'],
    // Plain keys are the show's (0 is slide 10, - nothing); Alt chords are not zoom.
    ['0', key('0'), undefined],
    ['+', key('+'), undefined],
    ['Ctrl+Alt+=', key('=', { ctrlKey: true, altKey: true }), undefined],
    ['Ctrl+1', key('1', { ctrlKey: true }), undefined],
  ])('%s → %s', (_, event, expected) => {
    expect(textSizeAction(event)).toBe(expected);
  });
});

describe('browserZoom', () => {
  const at = (outerWidth: number, innerWidth: number, devicePixelRatio: number): WindowMetrics => ({
    outerWidth,
    innerWidth,
    devicePixelRatio,
  });
  it.each<[string, WindowMetrics, number]>([
    ['1920 screen at 100 %', at(1920, 1920, 1), 1],
    ['1920 screen at 200 %', at(1920, 960, 2), 2],
    ['1920 screen at 150 %', at(1920, 1280, 1.5), 1.5],
    ['1920 screen at 110 % (innerWidth rounds)', at(1920, 1745, 1.1), 1.1],
    ['1920 screen at 90 %', at(1920, 2133, 0.9), 0.9],
    ['1920 screen at 67 %', at(1920, 2880, 2 / 3), 2 / 3],
    ['a laptop at system scale 2 and 100 %', at(1440, 1440, 2), 1],
    ['a laptop at system scale 1.25 and 200 %', at(1536, 768, 2.5), 2],
    ['Windows: 8 px borders on a maximised window, at 200 %', at(1936, 960, 2), 2],
    // Devtools or a side panel beside the page: the ratio is no zoom step, or the rest no system scale.
    ['devtools docked, 100 %', at(1920, 1400, 1), 1],
    ['a side panel of a fifth, 100 %', at(1920, 1536, 1), 1],
    ['a side panel of a third, 100 %', at(1920, 1280, 1), 1],
    // A browser that hides the window's size (outerWidth = innerWidth): no zoom to read.
    ['outerWidth hidden, 200 %', at(960, 960, 2), 1],
    ['no window yet', at(0, 0, 1), 1],
  ])('%s → %s', (_, metrics, expected) => {
    expect(browserZoom(metrics)).toBeCloseTo(expected, 6);
  });
});

describe('slideTextScales', () => {
  it('changes nothing at 100 %', () => {
    expect(slideTextScales(0.8, 0.9, 1)).toEqual({ text: 0.8, display: 0.8, chart: 0.8 });
  });

  it.each<[string, number, number, number, { text: number; display: number; chart: number }]>([
    // 1920×1080 at 200 % browser zoom: a 960×540 window whose slide box (above the band) is 0.4.
    ['browser zoom 200 %', 0.4, 0.5, 2, { text: 1, display: 0.5 * Math.SQRT2, chart: 0.5 }],
    // The presenter's 200 % on a 1920×1080 window.
    ['text size 200 %', 1, 1, 2, { text: 2, display: Math.SQRT2, chart: 1 }],
    [
      'text size 150 %, box larger than the window scale',
      1.02,
      1,
      1.5,
      { text: 1.53, display: 1.02 * Math.sqrt(1.5), chart: 1.02 },
    ],
  ])('%s', (_, layout, window, enlargement, expected) => {
    const scales = slideTextScales(layout, window, enlargement);
    expect(scales.text).toBeCloseTo(expected.text, 6);
    expect(scales.display).toBeCloseTo(expected.display, 6);
    expect(scales.chart).toBeCloseTo(expected.chart, 6);
  });

  it('enlarged text is at least the enlargement times the text at 100 %, display type grows less', () => {
    for (const enlargement of [1.1, 1.25, 1.5, 2]) {
      const scales = slideTextScales(0.9, 0.85, enlargement);
      expect(scales.text).toBeGreaterThanOrEqual(0.9 * enlargement);
      expect(scales.display).toBeLessThan(scales.text);
      expect(scales.display).toBeGreaterThan(0.9);
    }
  });
});
