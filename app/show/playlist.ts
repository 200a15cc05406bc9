/**
 * The slides the show plays, in order, with their time on screen, from the
 * report and the settings (`slides` picks and orders them; a slide may set its
 * own `seconds`).
 */
import type { ShowSettings } from '../config/settings';
import type { Problem } from '../content/problems';
import type { Report, Slide } from '../report/schema';
import type { ShowConfig } from './types';

export interface Playlist {
  readonly slides: readonly Slide[];
  readonly config: ShowConfig;
  /** Where the show opens (the `startSlide` deep link), 0 if unset or unknown. */
  readonly startIndex: number;
  /** Settings that name slides the report does not have. */
  readonly problems: readonly Problem[];
}

export function buildPlaylist(report: Report, settings: ShowSettings): Playlist {
  const ordered = [...report.slides].sort((a, b) => a.order - b.order);
  const byId = new Map(ordered.map((slide) => [slide.id, slide]));
  const problems: Problem[] = [];
  const picked = settings.slides.flatMap((id, index) => {
    const slide = byId.get(id);
    if (!slide)
      problems.push({ file: 'settings', path: `slides[${index}]`, message: `no slide with id "${id}"` });
    return slide ? [slide] : [];
  });
  const slides = picked.length > 0 ? picked : ordered;

  let startIndex = 0;
  if (settings.startSlide) {
    startIndex = slides.findIndex((slide) => slide.id === settings.startSlide);
    if (startIndex < 0) {
      problems.push({
        file: 'settings',
        path: 'startSlide',
        message: `no slide with id "${settings.startSlide}"`,
      });
      startIndex = 0;
    }
  }

  return {
    slides,
    startIndex,
    problems,
    config: {
      mode: settings.mode,
      slideMs: slides.map((slide) => (slide.seconds ?? settings.slideSeconds) * 1000),
      idleMs: settings.idleSeconds * 1000,
      warningMs: settings.idleWarningSeconds * 1000,
      languages: settings.languages,
      defaultLocale: settings.language,
    },
  };
}
