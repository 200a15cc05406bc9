/**
 * Measures and places the labels of a map's marks: the subject first, so it
 * gets the best position, then the others in order.
 */
import type { Box } from '../../app/charts/geometry';
import { circleBox } from '../../app/charts/geometry';
import { placeLabels } from '../../app/charts/labels';
import { textWidth } from './fonts.svelte';
import type { MapLabel } from './types';

export interface LabelledMark {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly text: string;
  readonly value: string;
  readonly tone: MapLabel['tone'];
}

export function layoutMapLabels(
  marks: readonly LabelledMark[],
  bounds: Box,
  size: number,
  line: number,
  obstacles: readonly Box[] = [],
): MapLabel[] {
  const pad = Math.round(size * 0.3);
  const ordered = [...marks].sort((a, b) => rank(a.tone) - rank(b.tone));
  const requests = ordered.map((mark) => {
    const bold = mark.tone === 'context' ? 400 : 700;
    const width =
      textWidth(mark.text, size, bold) + (mark.value ? textWidth(` ${mark.value}`, size, 700) : 0) + 2 * pad;
    return { id: mark.id, x: mark.x, y: mark.y, r: mark.r, width, height: line };
  });
  const marksAsObstacles = marks.map((m) => circleBox(m.x, m.y, m.r + 2));
  const placed = placeLabels(requests, bounds, [...marksAsObstacles, ...obstacles], Math.round(size * 0.25));
  return placed.map((p) => {
    const mark = ordered.find((m) => m.id === p.id);
    return { ...p, text: mark?.text ?? '', value: mark?.value ?? '', tone: mark?.tone ?? 'context' };
  });
}

function rank(tone: MapLabel['tone']): number {
  return tone === 'subject' ? 0 : tone === 'derived' ? 1 : 2;
}
