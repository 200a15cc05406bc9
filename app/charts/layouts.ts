/**
 * Where the marks go: the layouts of the bar list, the unit grid and the
 * chips, with the bar domain and the bubble radii they draw to, as plain
 * functions of the data and the box, tested without a browser. The d3 scales
 * themselves come from d3-scale.
 */
import { scaleSqrt, type ScalePower } from 'd3-scale';

/**
 * The value domain of a bar chart: always from zero (a bar's length is its
 * value), and wide enough for a reference line drawn beyond the bars.
 */
export function barDomain(values: readonly number[], reference?: number): [number, number] {
  const low = Math.min(0, ...values, reference ?? 0);
  const high = Math.max(0, ...values, reference ?? 0);
  return [low, high > low ? high : low + 1];
}

/**
 * Bubble radii with area proportional to value (the eye reads area): the
 * largest value gets `maxRadius`, zero gets zero.
 */
export function radiusScale(maxValue: number, maxRadius: number): ScalePower<number, number> {
  return scaleSqrt().domain([0, maxValue]).range([0, maxRadius]);
}

export interface BarLayoutInput {
  readonly rows: number;
  readonly width: number;
  readonly height: number;
  /** Widest category label, measured. */
  readonly labelWidth: number;
  /** Widest value label (with its rank badge, if any), measured. */
  readonly valueWidth: number;
  /** Height of one line of label text. */
  readonly lineHeight: number;
  /** Space between a label and its bar. */
  readonly gap: number;
}

export interface BarLayout {
  /** `side`: label left of the bar; `stacked`: label above the bar, when labels are long. */
  readonly mode: 'side' | 'stacked';
  /** Where bars start and where the longest one may end. */
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Height of one row (label and bar), and of the bar inside it. */
  readonly rowHeight: number;
  readonly barHeight: number;
  /** Offset of the bar from the top of its row. */
  readonly barOffset: number;
  /** Top of the first row: a short list is centred in its box rather than left hanging at the top. */
  readonly rowsTop: number;
}

/** Labels beside the bars may take up to this share of the width. */
const SIDE_LABEL_SHARE = 0.4;
/** A row is at most this many label lines tall: a short list stays a compact list, centred. */
const MAX_ROW_LINES = 3;

/**
 * Lays out a horizontal bar chart with its labels on the marks: category
 * labels beside the bars when they fit in 40% of the width, above them
 * otherwise; value labels just after each bar's end.
 */
export function barLayout(input: BarLayoutInput): BarLayout {
  const { rows, width, height, labelWidth, valueWidth, lineHeight, gap } = input;
  const rowHeight = Math.min(
    height / Math.max(1, rows),
    lineHeight * MAX_ROW_LINES * (labelWidth <= width * SIDE_LABEL_SHARE ? 1 : 1.4),
  );
  const plotRight = Math.max(0, width - valueWidth - gap);
  const rowsTop = Math.max(0, (height - rowHeight * rows) / 2);
  if (labelWidth <= width * SIDE_LABEL_SHARE) {
    const barHeight = Math.min(rowHeight * 0.7, lineHeight * 1.5);
    return {
      mode: 'side',
      plotLeft: labelWidth + gap,
      plotRight,
      rowHeight,
      barHeight,
      barOffset: (rowHeight - barHeight) / 2,
      rowsTop,
    };
  }
  const barHeight = Math.max(4, Math.min(rowHeight - lineHeight - gap * 1.5, lineHeight * 1.2));
  return {
    mode: 'stacked',
    plotLeft: 0,
    plotRight,
    rowHeight,
    barHeight,
    barOffset: lineHeight + gap / 2,
    rowsTop,
  };
}

export interface GroupedUnitGrid {
  readonly columns: number;
  readonly cell: number;
  /** Each group starts on a new row, so each is a block of rows a finger can hit. */
  readonly groups: readonly { readonly firstRow: number; readonly rows: number }[];
  readonly rows: number;
}

/**
 * A unit chart of several groups (137 stated + 70 computed): the column count
 * that gives the biggest square cells when every group starts on its own row.
 */
export function groupedUnitGrid(counts: readonly number[], width: number, height: number): GroupedUnitGrid {
  const total = counts.reduce((a, b) => a + b, 0);
  let best: GroupedUnitGrid | undefined;
  for (let columns = 1; columns <= Math.max(1, total); columns++) {
    const rowsOf = counts.map((count) => Math.ceil(count / columns));
    const rows = rowsOf.reduce((a, b) => a + b, 0);
    const cell = Math.min(width / columns, height / rows);
    if (!best || cell > best.cell) {
      let firstRow = 0;
      const groups = rowsOf.map((r) => {
        const group = { firstRow, rows: r };
        firstRow += r;
        return group;
      });
      best = { columns, cell, groups, rows };
    }
  }
  return best ?? { columns: 1, cell: 0, groups: [], rows: 0 };
}

export interface ChipGrid {
  readonly columns: number;
  readonly rows: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly gap: number;
}

/**
 * A grid of equal chips (the names of a set): as many columns as fit chips
 * as wide as the widest name, spread over the width.
 */
export function chipGrid(
  count: number,
  width: number,
  chipWidth: number,
  chipHeight: number,
  gap: number,
): ChipGrid {
  const columns = Math.max(1, Math.min(count, Math.floor((width + gap) / (chipWidth + gap))));
  const rows = Math.ceil(count / columns);
  return { columns, rows, cellWidth: (width - gap * (columns - 1)) / columns, cellHeight: chipHeight, gap };
}
