import { describe, expect, it } from 'vitest';
import report from '../../data/report.json' with { type: 'json' };
import { balancedGroups, handoutLocale, handoutPages } from './handout';
import { ReportSchema } from './schema';

const parsed = ReportSchema.parse(report);

describe('the handout', () => {
  it.each([
    ['?handout=it', 'it'],
    ['?mode=kiosk&handout=en', 'en'],
    ['?handout=de', undefined],
    ['?handout=', undefined],
    ['?mode=kiosk', undefined],
    ['', undefined],
  ])('%s opens the handout in %s', (search, locale) => {
    expect(handoutLocale(search)).toBe(locale);
  });

  it('has one page per slide, in the show order', () => {
    const pages = handoutPages(parsed);
    expect(pages.map((page) => page.slide.id)).toEqual(
      [...parsed.slides].sort((a, b) => a.order - b.order).map((slide) => slide.id),
    );
  });

  it("prints each infographic's own text, and the introduction once, in order, over the intro pages", () => {
    const pages = handoutPages(parsed);
    for (const page of pages) {
      if (page.slide.body) expect(page.paragraphs).toBe(page.slide.body);
    }
    const introText = pages.filter((page) => !page.slide.body).flatMap((page) => page.paragraphs);
    expect(introText).toEqual(parsed.intro.paragraphs);
  });

  it.each([
    [[210, 1188, 648, 501, 1198, 585], 4, [2, 2, 1, 1]],
    [[100, 100, 100, 100], 2, [2, 2]],
    [[500, 10, 10, 10], 2, [1, 3]],
    [[5], 3, [1, 0, 0]],
    [[], 2, [0, 0]],
  ])('splits %j into %i balanced groups: %j', (sizes, parts, counts) => {
    const groups = balancedGroups(sizes, parts);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(sizes.length);
    expect(Math.max(0, ...groupTotals(sizes, groups))).toBe(Math.max(0, ...groupTotals(sizes, counts)));
  });
});

function groupTotals(sizes: readonly number[], counts: readonly number[]): number[] {
  let start = 0;
  return counts.map((count) => {
    const total = sizes.slice(start, start + count).reduce((a, b) => a + b, 0);
    start += count;
    return total;
  });
}
