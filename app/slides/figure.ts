/**
 * A figure split for display: the hedge ("oltre"), the number and its unit
 * drawn at different sizes. The pieces come from app/locale/format.ts and
 * join back into exactly its text, so the style of numbers is decided once.
 */
import { formatFigure, formatNumber, formatValue, qualifierText } from '../locale/format';
import type { Figure } from '../report/fields';
import type { Locale } from '../report/schema';

export interface FigurePiece {
  readonly text: string;
  /** The digits (with their sign) are drawn big; the unit around them smaller. */
  readonly kind: 'number' | 'unit';
}

export interface FigureParts {
  /** "oltre", "about", or '' for an exact figure. */
  readonly hedge: string;
  /** What joins the hedge to the value (a no-break space), or ''. */
  readonly joiner: string;
  readonly pieces: readonly FigurePiece[];
}

export function figureParts(
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>,
  locale: Locale,
): FigureParts {
  const text = formatFigure(figure, locale);
  const hedge = qualifierText(figure.qualifier, locale);
  const value = formatValue(figure.value, figure.unit, locale);
  const joiner = hedge ? text.slice(hedge.length, text.length - value.length) : '';
  const number = formatNumber(figure.value, locale);
  const at = value.indexOf(number);
  if (at < 0) return { hedge, joiner, pieces: [{ text: value, kind: 'number' }] };
  let before = value.slice(0, at);
  let digits = number;
  // A sign belongs to the number ("+350%"), not to the unit.
  if (/[+−-]$/.test(before)) {
    digits = before.slice(-1) + digits;
    before = before.slice(0, -1);
  }
  const after = value.slice(at + number.length);
  const pieces: FigurePiece[] = [
    ...(before ? [{ text: before, kind: 'unit' as const }] : []),
    { text: digits, kind: 'number' },
    ...(after ? [{ text: after, kind: 'unit' as const }] : []),
  ];
  return { hedge, joiner, pieces };
}
