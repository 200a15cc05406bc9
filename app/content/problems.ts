/**
 * Problems found in operator-facing files (content, locales, config), worded so
 * an exhibitor can fix them: the file, the place inside it, and what is wrong.
 */
import { parseTree, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';

export interface Problem {
  /** File name as the operator knows it, e.g. `data/report.json`. */
  readonly file: string;
  /** JSON path such as `slides[3].title.en`, or '' for the whole file. */
  readonly path: string;
  readonly message: string;
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Renders one problem as a single line: `file: path: message`. */
export function describeProblem(problem: Problem): string {
  return problem.path
    ? `${problem.file}: ${problem.path}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

/** `['slides', 3, 'title', 'en']` → `slides[3].title.en`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name)
      ? `${text}${text ? '.' : ''}${name}`
      : `${text}[${JSON.stringify(name)}]`;
  }, '');
}

/** Turns zod's issues into operator-readable problems. */
export function problemsFromZod(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path),
    message: messageFor(issue),
  }));
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union': {
      const { discriminator, options, input } = issue as typeof issue & {
        discriminator?: string;
        options?: unknown[];
      };
      if (!discriminator) return issue.message;
      const got = isRecord(input) ? input[discriminator] : undefined;
      const known = (options ?? []).map((o) => JSON.stringify(o)).join(', ');
      return `unknown ${discriminator} ${JSON.stringify(got)}; expected one of ${known}`;
    }
    case 'invalid_value':
      return `got ${JSON.stringify(issue.input)}, expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/**
 * Parses JSON text and validates it against a schema. Never throws: malformed
 * JSON, wrong types and unknown keys all come back as problems.
 */
export function parseJsonDocument<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Parsed<z.infer<S>> {
  if (stripBom(text).trim() === '')
    return { ok: false, problems: [{ file, path: '', message: 'the file is empty' }] };
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    return {
      ok: false,
      problems: [{ file, path: '', message: `malformed JSON: ${jsonErrorText(error, text)}` }],
    };
  }
  const result = schema.safeParse(json, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsFromZod(file, result.error) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * V8's messages vary by version and often give no position, so the error is
 * located again with a strict JSON scanner: operators count lines, not offsets.
 */
function jsonErrorText(error: unknown, text: string): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return error instanceof Error ? error.message : String(error);
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return `${describeJsonError(first.error)} (line ${line}, column ${column})`;
}

function describeJsonError(code: ParseErrorCode): string {
  const words = printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words === 'end of file expected' ? 'unexpected text after the end' : words;
}
