/**
 * The titles of the slides now playing, by id, for the Insight view (which
 * lives in the admin layer, away from the show). The show remembers them
 * each time it starts on new content.
 */
import type { Locale, Slide } from '../../app/report/schema';

const titles = new Map<string, Slide['title']>();

/** Remembers the titles of a playlist's slides. */
export function rememberSlideTitles(slides: readonly Slide[]): void {
  for (const slide of slides) titles.set(slide.id, slide.title);
}

/** A slide's title in `locale`, or its id for a slide no longer in the content. */
export function slideTitle(id: string, locale: Locale): string {
  return titles.get(id)?.[locale] ?? id;
}
