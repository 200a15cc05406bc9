/**
 * Which content the show gets: the operator's folder if and only if it
 * validates completely, otherwise the bundled data, with the reasons for the
 * operator. A folder must also carry every UI string the app itself has, so
 * a replaced locale never shows a raw key in the admin screens.
 */
import { missingKeys, type ContentBundle } from '../content/bundle';
import type { Parsed, Problem } from '../content/problems';
import type { ContentPayload } from '../ipc/contract';
import type { ShowSettings } from '../config/settings';
import { LOCALES } from '../report/schema';

export interface FolderAttempt {
  /** The folder as the operator wrote it (for messages). */
  readonly label: string;
  readonly parsed: Parsed<ContentBundle>;
}

/** Adds a problem for each UI string the bundled data has and the folder lacks. */
export function checkAgainstBundled(
  folder: Parsed<ContentBundle>,
  bundled: ContentBundle,
  label: string,
): Parsed<ContentBundle> {
  if (!folder.ok) return folder;
  const problems: Problem[] = LOCALES.flatMap((code) =>
    missingKeys(bundled.messages[code], folder.value.messages[code], `${label}locales/${code}.json`),
  );
  return problems.length > 0 ? { ok: false, problems } : folder;
}

/** The payload for the show: the folder's content, or the bundled one and why. */
export function chooseContent(bundled: ContentBundle, folder: FolderAttempt | undefined): ContentPayload {
  if (!folder) return { bundle: bundled, origin: 'bundled', problems: [] };
  const checked = checkAgainstBundled(folder.parsed, bundled, folder.label);
  if (checked.ok) return { bundle: checked.value, origin: 'folder', problems: [] };
  const summary: Problem = {
    file: folder.label,
    path: '',
    message: `the content folder did not validate (${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'} below): the bundled content is shown instead`,
  };
  return { bundle: bundled, origin: 'bundled', problems: [summary, ...checked.problems] };
}

/** Slide ids in the settings that the content does not have. */
export function unknownSlides(
  settings: Pick<ShowSettings, 'slides' | 'startSlide'>,
  bundle: ContentBundle,
  file: string,
): Problem[] {
  const ids = new Set(bundle.report.slides.map((s) => s.id));
  const problems: Problem[] = settings.slides.flatMap((id, i) =>
    ids.has(id)
      ? []
      : [{ file, path: `slides[${i}]`, message: `no slide "${id}" in the content; it is skipped` }],
  );
  if (settings.startSlide && !ids.has(settings.startSlide)) {
    problems.push({
      file,
      path: 'startSlide',
      message: `no slide "${settings.startSlide}" in the content; the show starts at the first slide`,
    });
  }
  return problems;
}
