/**
 * Every bilingual text in the report data with the path it sits at, so that
 * editorial checks (wording, units, corrections) can name the exact field.
 */
import type { Locale } from './schema';

export interface PlacedText {
  /** Where the text sits, as in "slides[3].charts[0].note" (or "intro.paragraphs[1]"). */
  readonly path: string;
  /** The slide's id, or "intro" for the report's introduction. */
  readonly slide: string;
  /** The field inside the slide (or the introduction), as in "charts[0].note". */
  readonly field: string;
  readonly it: string;
  readonly en: string;
}

function isLocalized(node: object): node is Record<Locale, string> {
  const keys = Object.keys(node);
  return (
    keys.length === 2 &&
    typeof (node as Record<string, unknown>).it === 'string' &&
    typeof (node as Record<string, unknown>).en === 'string'
  );
}

function walk(node: unknown, field: string, slide: string, prefix: string, out: PlacedText[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${field}[${i}]`, slide, prefix, out));
  } else if (node && typeof node === 'object') {
    if (isLocalized(node)) {
      out.push({ path: `${prefix}${field}`, slide, field, it: node.it, en: node.en });
      return;
    }
    for (const [key, child] of Object.entries(node))
      walk(child, field ? `${field}.${key}` : key, slide, prefix, out);
  }
}

/** Every `{ it, en }` text of a parsed report.json, slide by slide. */
export function placedTexts(report: unknown): PlacedText[] {
  const out: PlacedText[] = [];
  const root = (report ?? {}) as { intro?: unknown; slides?: unknown };
  walk(root.intro, '', 'intro', 'intro.', out);
  if (Array.isArray(root.slides)) {
    root.slides.forEach((slide: unknown, i) => {
      const id = (slide as { id?: unknown }).id;
      walk(slide, '', typeof id === 'string' ? id : `#${i}`, `slides[${i}].`, out);
    });
  }
  return out;
}
