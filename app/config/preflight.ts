/**
 * The exhibitor's preflight (`--check`): the decisions that need no disk.
 * Which arguments are usage errors, and what the findings mean for the show:
 * exit 0 when it would start with these files unchanged, 1 when it would
 * fall back to defaults or to the bundled data, 2 for a usage error.
 */
import { describeProblem, type Problem } from '../content/problems';

export const CHECK_FLAG = '--check';

export type ExitCode = 0 | 1 | 2;

export const CHECK_USAGE = [
  'usage: --check [--config PATH] [--content-folder=DIR] [--screen=primary|N] [any flag of the show]',
  'Checks the config file, the content folder and the display the show would use, then exits:',
  '0 the show would start with these files unchanged, 1 it would fall back to defaults or the bundled data, 2 usage error.',
].join('\n');

/** True when the arguments ask for the preflight instead of the show. */
export function wantsCheck(argv: readonly string[]): boolean {
  return argv.includes(CHECK_FLAG);
}

/**
 * Usage errors in the flags (everything after the executable and app path):
 * a `--config` without a path, or a bare word the show would silently ignore
 * (a value given with a space where the show reads `--name=value`).
 */
export function usageErrors(args: readonly string[]): string[] {
  const errors: string[] = [];
  args.forEach((arg, i) => {
    const previous = args[i - 1];
    if (arg === '--config') {
      const next = args[i + 1];
      if (next === undefined || next === '' || next.startsWith('--'))
        errors.push('--config needs a file: --config PATH');
      return;
    }
    if (arg === '--config=') errors.push('--config= needs a file: --config=PATH');
    if (arg.startsWith('-') || previous === '--config' || arg.startsWith('-psn_')) return;
    const flag = previous?.startsWith('--') && !previous.includes('=') ? previous : undefined;
    errors.push(
      flag
        ? `unexpected argument "${arg}": give the value with "=", e.g. ${flag}=${arg}`
        : `unexpected argument "${arg}"`,
    );
  });
  return errors;
}

export interface Findings {
  /** Each makes the show deviate from the files: a default used, content or a slide replaced, another display. */
  readonly problems: readonly Problem[];
  /** Worth knowing, but the show starts as configured (e.g. the default admin PIN, a display not checked). */
  readonly notes: readonly string[];
  /** What the show would use, for the summary of a clean run. */
  readonly using: string;
}

/** The report: one line per problem, the notes, then a one-line summary; and the exit code. */
export function preflightReport(findings: Findings): { lines: string[]; exitCode: ExitCode } {
  const count = findings.problems.length;
  const lines = [
    ...findings.problems.map(describeProblem),
    ...findings.notes.map((note) => `note: ${note}`),
    count === 0
      ? `check passed: the show would start with these files unchanged (${findings.using})`
      : `check failed: ${count} problem${count === 1 ? '' : 's'}; the show would start, but not as configured (${findings.using})`,
  ];
  return { lines, exitCode: count === 0 ? 0 : 1 };
}

/** The report for usage errors (exit 2): each error, then the usage. */
export function usageReport(errors: readonly string[]): { lines: string[]; exitCode: ExitCode } {
  return { lines: [...errors.map((e) => `usage error: ${e}`), CHECK_USAGE], exitCode: 2 };
}
