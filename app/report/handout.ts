/**
 * The printed handout: every slide on its own landscape A4 page, with the
 * report's full text for that slide under it. An infographic's page carries
 * its own text; the introduction's text is shared by the intro slides, so it
 * is spread over their pages in reading order, split between paragraphs so
 * that the longest page is as short as it can be (it must fit under a slide).
 */
import { queryPairs } from '../config/query';
import { LOCALES, type Locale } from './locales';
import type { LocalizedText } from './fields';
import type { Report, Slide } from './schema';

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
 * Splits `sizes` (in order) into `parts` consecutive groups, keeping the
 * largest group's total as small as it can be; returns how many items each
 * group takes. Trailing groups are empty when there are fewer items than parts.
 */
export function balancedGroups(sizes: readonly number[], parts: number): number[] {
  if (parts <= 0) return [];
  // The smallest capacity whose greedy fill needs no more than `parts` groups.
  let low = Math.max(0, ...sizes);
  let high = sizes.reduce((sum, size) => sum + size, 0);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fillGreedily(sizes, middle).length <= parts) high = middle;
    else low = middle + 1;
  }
  const counts = fillGreedily(sizes, low);
  while (counts.length < parts) counts.push(0);
  return counts;
}

/** Puts items in order into groups of at most `capacity` (an item larger than that gets a group of its own). */
function fillGreedily(sizes: readonly number[], capacity: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let total = 0;
  for (const size of sizes) {
    if (count > 0 && total + size > capacity) {
      counts.push(count);
      count = 0;
      total = 0;
    }
    count += 1;
    total += size;
  }
  if (count > 0) counts.push(count);
  return counts;
}
