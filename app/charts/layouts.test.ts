import { describe, expect, it } from 'vitest';
import { barDomain, barLayout, chipGrid, groupedUnitGrid, radiusScale } from './layouts';

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

  it.each<[number, number, number]>([
    // label width, height → row height
    [100, 400, 90],
    [100, 200, 50],
    [800, 400, 100],
    [800, 200, 50],
  ])(
    'labels %s px wide in %s px: rows of %s px, each bar inside its row',
    (labelWidth, height, rowHeight) => {
      const layout = barLayout({ ...base, labelWidth, height });
      expect(layout.rowHeight).toBeCloseTo(rowHeight);
      expect(layout.barOffset + layout.barHeight).toBeLessThanOrEqual(layout.rowHeight);
    },
  );

  it.each<[number, number]>([
    // height → top of the first row
    [400, 20],
    [200, 0],
  ])(
    'in %s px the rows start at %s px: a short list is centred, a full one starts at the top',
    (height, top) => {
      const layout = barLayout({ ...base, labelWidth: 100, height });
      expect(layout.rowsTop).toBeCloseTo(top);
      expect(layout.rowsTop * 2 + layout.rowHeight * base.rows).toBeCloseTo(
        Math.max(height, layout.rowHeight * 4),
      );
    },
  );
});

describe('groupedUnitGrid', () => {
  it.each<[number[], number, number, number, number[][]]>([
    // counts, width, height → columns, [firstRow, rows] per group
    [
      [137, 70],
      760,
      600,
      16,
      [
        [0, 9],
        [9, 5],
      ],
    ],
    [
      [137, 70],
      600,
      900,
      12,
      [
        [0, 12],
        [12, 6],
      ],
    ],
    [
      [3, 3],
      100,
      100,
      3,
      [
        [0, 1],
        [1, 1],
      ],
    ],
  ])('%j in %s×%s → %s columns, groups at %j', (counts, width, height, columns, groups) => {
    const grid = groupedUnitGrid(counts, width, height);
    expect(grid.columns).toBe(columns);
    expect(grid.groups.map((g) => [g.firstRow, g.rows])).toEqual(groups);
    expect(grid.cell * grid.columns).toBeLessThanOrEqual(width + 1e-9);
    expect(grid.cell * grid.rows).toBeLessThanOrEqual(height + 1e-9);
    counts.forEach((count, i) => expect(grid.groups[i]!.rows * grid.columns).toBeGreaterThanOrEqual(count));
  });
});

describe('chipGrid', () => {
  it.each<[number, number, number, number, number]>([
    // count, width, widest chip → columns, rows
    [10, 1180, 230, 4, 3],
    [10, 1180, 200, 5, 2],
    [10, 300, 230, 1, 10],
    [3, 2000, 200, 3, 1],
  ])('%s chips in %s px, the widest %s px → %s columns, %s rows', (count, width, chip, columns, rows) => {
    const grid = chipGrid(count, width, chip, 50, 16);
    expect([grid.columns, grid.rows]).toEqual([columns, rows]);
    expect(grid.cellWidth).toBeGreaterThanOrEqual(Math.min(chip, width));
    expect(grid.columns * grid.cellWidth + (grid.columns - 1) * grid.gap).toBeCloseTo(width);
  });
});
