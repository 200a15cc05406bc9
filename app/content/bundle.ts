/**
 * A content bundle is everything the show displays: the report and the UI
 * strings in every language. It comes from `data/` (bundled) or from an
 * operator's content folder with the same layout.
 */
import { z } from 'zod';
import { LOCALES, ReportSchema, type Locale, type Report } from '../report/schema';
import { describeProblem, parseJsonDocument, type Parsed, type Problem } from './problems';

/** Files of a content folder, relative to its root. */
export const CONTENT_FILES = {
  report: 'report.json',
  messages: { it: 'locales/it.json', en: 'locales/en.json' },
} as const satisfies { report: string; messages: Record<Locale, string> };

/** UI strings: nested objects of non-empty strings, as svelte-i18n reads them. */
export interface Messages {
  readonly [key: string]: string | Messages;
}
export const MessagesSchema: z.ZodType<Messages> = z.lazy(() =>
  z.record(z.string(), z.union([z.string().min(1, 'empty text'), MessagesSchema])),
);

export interface ContentBundle {
  readonly report: Report;
  readonly messages: Readonly<Record<Locale, Messages>>;
}

/** The outcome of reading one file: its text, or why it could not be read. */
export type FileRead = { readonly text: string } | { readonly problem: string };

/** Reads a file of the content folder, by its path relative to the folder. */
export type ReadContentFile = (relativePath: string) => FileRead;

/**
 * Parses and validates a whole content folder. Each problem names the file
 * (prefixed with `label`, e.g. `data/`), the JSON path and what is wrong.
 * Locales must define every key the other locale defines, so a switch of
 * language never shows a raw key.
 */
export function parseContent(read: ReadContentFile, label = ''): Parsed<ContentBundle> {
  const problems: Problem[] = [];
  const load = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined => {
    const name = `${label}${file}`;
    const outcome = read(file);
    if ('problem' in outcome) {
      problems.push({ file: name, path: '', message: outcome.problem });
      return undefined;
    }
    const parsed = parseJsonDocument(name, outcome.text, schema);
    if (parsed.ok) return parsed.value;
    problems.push(...parsed.problems);
    return undefined;
  };

  const report = load(CONTENT_FILES.report, ReportSchema);
  const it = load(CONTENT_FILES.messages.it, MessagesSchema);
  const en = load(CONTENT_FILES.messages.en, MessagesSchema);
  if (it && en) {
    problems.push(...missingKeys(it, en, `${label}${CONTENT_FILES.messages.en}`));
    problems.push(...missingKeys(en, it, `${label}${CONTENT_FILES.messages.it}`));
  }
  if (problems.length > 0 || !report || !it || !en) return { ok: false, problems };
  return { ok: true, value: { report, messages: { it, en } } };
}

/** Keys present in `reference` but absent (or of another shape) in `candidate`. */
export function missingKeys(reference: Messages, candidate: Messages, file: string, prefix = ''): Problem[] {
  return Object.entries(reference).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const other = candidate[key];
    if (other === undefined) return [{ file, path, message: 'missing translation' }];
    if (typeof value === 'string') {
      return typeof other === 'string' ? [] : [{ file, path, message: 'expected text, got a group of keys' }];
    }
    if (typeof other === 'string') return [{ file, path, message: 'expected a group of keys, got text' }];
    return missingKeys(value, other, file, path);
  });
}

/** One line per problem, for logs and the operator message. */
export function describeProblems(problems: readonly Problem[]): string {
  return problems.map(describeProblem).join('\n');
}

export { LOCALES };
