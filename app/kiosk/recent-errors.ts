/**
 * What the admin panel and the logs may say about errors, without personal
 * data: home folders and user names in paths become placeholders, and only
 * the last few errors are kept for the status screen.
 */

/** Replaces the given home folders, and any user folder in a path, with placeholders. */
export function redactPersonalData(text: string, homes: readonly string[] = []): string {
  let result = text;
  for (const home of homes) {
    if (home.length > 1) result = result.split(home).join('~');
  }
  return (
    result
      // Windows user names may contain spaces: the name runs to the next separator.
      .replace(/([A-Za-z]:[\\/]+Users[\\/]+)[^\\/"'`\r\n]+/gi, '$1<user>')
      .replace(/(\/(?:home|Users)\/)[^/\s"'`]+/g, '$1<user>')
  );
}

/** Problems as the on-screen notice may show them: file and message without user names. */
export function redactProblems<P extends { readonly file: string; readonly message: string }>(
  problems: readonly P[],
  homes: readonly string[] = [],
): P[] {
  return problems.map((problem) => ({
    ...problem,
    file: redactPersonalData(problem.file, homes),
    message: redactPersonalData(problem.message, homes),
  }));
}

export interface RecentError {
  /** ISO time. */
  readonly at: string;
  readonly message: string;
}

/** Keeps the last `capacity` errors, each cut to one short line. */
export class RecentErrors {
  readonly #items: RecentError[] = [];

  constructor(
    private readonly capacity = 10,
    private readonly maxLength = 300,
  ) {}

  add(at: Date, message: string): void {
    const line = message.replace(/\s+/g, ' ').trim();
    const short = line.length > this.maxLength ? `${line.slice(0, this.maxLength - 1)}…` : line;
    this.#items.push({ at: at.toISOString(), message: short });
    if (this.#items.length > this.capacity) this.#items.splice(0, this.#items.length - this.capacity);
  }

  list(): readonly RecentError[] {
    return [...this.#items];
  }
}
