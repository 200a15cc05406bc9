/**
 * The printed handout: every slide on its own landscape A4 page, with the
 * report's full text for that slide under it. An infographic's page carries
 * its own text; the introduction's text is shared by the intro slides, so it
 * is spread over their pages in reading order, split between paragraphs so
 * that the longest page is as short as it can be (it must fit under a slide).
 */
import { queryPairs } from '../config/settings';
import { LOCALES, type Locale, type LocalizedText, type Report, type Slide } from './schema';

/** One printed page: the slide and the paragraphs printed under it. */
export interface HandoutPage {
  readonly slide: Slide;
  readonly paragraphs: readonly LocalizedText[];
}

/** The query parameter that turns the page into the handout: `?handout=it` or `?handout=en`. */
export const HANDOUT_PARAM = 'handout';

/** The handout's language when the page was opened as the handout, else undefined (the show). */
export function handoutLocale(search: string): Locale | undefined {
  const value = queryPairs(search).find(([name]) => name === HANDOUT_PARAM)?.[1];
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : undefined;
}

/** The handout's file name for a language, as `npm run pdf` and the admin export write it. */
export function handoutFileName(locale: Locale): string {
  return `report-${locale}.pdf`;
}

/** Every slide of the report in the show's order, each with the text printed under it. */
export function handoutPages(report: Report): HandoutPage[] {
  const slides = [...report.slides].sort((a, b) => a.order - b.order);
  const shared = slides.filter((slide) => !slide.body);
  const sizes = report.intro.paragraphs.map((p) => Math.max(p.it.length, p.en.length));
  const groups = balancedGroups(sizes, shared.length);
  let next = 0;
  return slides.map((slide) => {
    if (slide.body) return { slide, paragraphs: slide.body };
    const count = groups[shared.indexOf(slide)] ?? 0;
    const paragraphs = report.intro.paragraphs.slice(next, next + count);
    next += count;
    return { slide, paragraphs };
  });
}

/**
 * Splits `sizes` (in order) into `parts` consecutive groups, minimising the
 * largest group's total; returns how many items each group takes. The last
 * groups may be empty when there are fewer items than parts.
 */
export function balancedGroups(sizes: readonly number[], parts: number): number[] {
  if (parts <= 0) return [];
  const n = sizes.length;
  const prefix = [0];
  for (const size of sizes) prefix.push(prefix.at(-1)! + size);
  const sum = (from: number, to: number) => prefix[to]! - prefix[from]!;
  // best[k][i]: the smallest possible largest group when the first i items go into k groups.
  const best: number[][] = Array.from({ length: parts + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: parts + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= parts; k++) {
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= i; j++) {
        const cost = Math.max(best[k - 1]![j]!, sum(j, i));
        if (cost < best[k]![i]!) {
          best[k]![i] = cost;
          cut[k]![i] = j;
        }
      }
    }
  }
  const counts: number[] = [];
  let end = n;
  for (let k = parts; k >= 1; k--) {
    const start = cut[k]![end]!;
    counts.unshift(end - start);
    end = start;
  }
  return counts;
}
