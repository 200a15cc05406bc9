import { describe, expect, it } from 'vitest';
import { slideFrame } from './frame';

describe('slideFrame', () => {
  // Boxes as the show leaves them: the viewport less a bottom band of about 12%.
  it.each<[string, number, number, 'landscape' | 'portrait', number]>([
    ['1920×1080', 1920, 950, 'landscape', 1],
    ['1366×768', 1366, 676, 'landscape', 0.7115],
    ['1280×800', 1280, 704, 'landscape', 0.6667],
    ['1080×1920 totem', 1080, 1690, 'portrait', 1],
    ['4K', 3840, 1900, 'landscape', 2],
    ['a short, wide box is bound by its height', 1920, 470, 'landscape', 0.5],
  ])('%s → %s at %s', (_, width, height, orientation, scale) => {
    const frame = slideFrame(width, height);
    expect(frame.orientation).toBe(orientation);
    expect(frame.scale).toBeCloseTo(scale, 3);
  });

  it('falls back to the reference before the box is measured', () => {
    expect(slideFrame(0, 0)).toEqual({ orientation: 'landscape', scale: 1 });
  });
});
