import { describe, expect, it } from 'vitest';
import { barDomain, barLayout, bandScale, radiusScale, unitCell, unitGrid, valueScale } from './scales';

describe('barDomain', () => {
  it.each<[number[], number | undefined, [number, number]]>([
    [[37, 20, 16, 13], undefined, [0, 37]],
    [[2, 1.8, 1.3], 1, [0, 2]],
    [[0.5, 0.8], 1, [0, 1]],
    [[350, 107, -20], undefined, [-20, 350]],
    [[0], undefined, [0, 1]],
  ])('%j (reference %s) → %j', (values, reference, domain) => {
    expect(barDomain(values, reference)).toEqual(domain);
  });
});

describe('valueScale', () => {
  it.each<[number, number]>([
    [0, 100],
    [10.1, 600],
    [5.05, 350],
  ])('%s → %s px', (value, px) => {
    expect(valueScale([0, 10.1], [100, 600])(value)).toBeCloseTo(px);
  });
});

describe('radiusScale', () => {
  it('makes areas, not radii, proportional to the values', () => {
    const r = radiusScale(94, 40);
    expect(r(94)).toBe(40);
    expect(r(0)).toBe(0);
    const area = (v: number) => Math.PI * r(v) ** 2;
    expect(area(464) / area(94)).toBeCloseTo(464 / 94);
    expect(area(27) / area(94)).toBeCloseTo(27 / 94);
  });
});

describe('bandScale', () => {
  it('spreads rows over the height with gaps between them only', () => {
    const band = bandScale(['a', 'b', 'c'], 300, 0.25);
    expect(band('a')).toBe(0);
    expect((band('c') ?? 0) + band.bandwidth()).toBeCloseTo(300);
    expect(band.step()).toBeCloseTo(300 / 2.75);
  });
});

describe('unitGrid', () => {
  it.each<[number, number, number, number, number]>([
    // count, width, height → columns, rows
    [207, 760, 600, 16, 13],
    [207, 1000, 300, 26, 8],
    [10, 100, 100, 3, 4],
    [1, 50, 80, 1, 1],
  ])('%s units in %s×%s → %s columns, %s rows', (count, width, height, columns, rows) => {
    const grid = unitGrid(count, width, height);
    expect([grid.columns, grid.rows]).toEqual([columns, rows]);
    expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(count);
    expect(grid.cell * grid.columns).toBeLessThanOrEqual(width + 1e-9);
    expect(grid.cell * grid.rows).toBeLessThanOrEqual(height + 1e-9);
  });

  it.each<[number, number, number]>([
    [0, 0, 0],
    [17, 17, 0],
    [18, 0, 1],
    [206, 8, 11],
  ])('unit %s sits at column %s, row %s of 18', (index, column, row) => {
    expect(unitCell(index, { columns: 18, rows: 12, cell: 40 })).toEqual({ column, row });
  });
});

describe('barLayout', () => {
  const base = { rows: 4, width: 1000, height: 400, valueWidth: 120, lineHeight: 30, gap: 12 };

  it.each<[string, number, 'side' | 'stacked', number]>([
    ['short labels go beside the bars', 200, 'side', 212],
    ['labels up to 40% of the width still do', 400, 'side', 412],
    ['long labels go above the bars', 401, 'stacked', 0],
  ])('%s', (_, labelWidth, mode, plotLeft) => {
    const layout = barLayout({ ...base, labelWidth });
    expect(layout.mode).toBe(mode);
    expect(layout.plotLeft).toBe(plotLeft);
    expect(layout.plotRight).toBe(1000 - 120 - 12);
  });

  it('keeps every bar inside its row', () => {
    for (const labelWidth of [100, 800]) {
      const layout = barLayout({ ...base, labelWidth });
      expect(layout.rowHeight).toBe(100);
      expect(layout.barOffset + layout.barHeight).toBeLessThanOrEqual(layout.rowHeight);
    }
  });
});
