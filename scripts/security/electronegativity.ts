/**
 * Runs Electronegativity on the main-process sources and gates on findings
 * that `.electronegativity.json` does not explain. The tool itself exits 0
 * whatever it finds, so its findings are read here instead.
 *
 * Two of its habits are tamed for an offline, deterministic run:
 * - its CLI fetches translations from the network at start: the runner is
 *   called directly with the bundled English strings instead;
 * - its "available security fixes" check fetches Electron's release list:
 *   it is excluded (the exact Electron pin is checked by our own tests).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface Finding {
  readonly id: string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
  readonly description: string;
}

export interface Explanation {
  readonly id: string;
  /** The file the finding is in, relative to the scanned folder ('N/A' for global checks). */
  readonly file: string;
  /** Why it is not a problem here, or how the risk is handled. */
  readonly why: string;
}

export interface GateConfig {
  /** Folder scanned, relative to the repository. */
  readonly input: string;
  /** Checks not run, each with the reason. */
  readonly excludedChecks: readonly { readonly check: string; readonly why: string }[];
  readonly explained: readonly Explanation[];
}

export interface GateResult {
  readonly findings: readonly Finding[];
  readonly unexplained: readonly Finding[];
  /** Explanations that match no finding any more: stale, to be removed. */
  readonly stale: readonly Explanation[];
}

/** Matches findings with explanations by check id and file. */
export function gate(findings: readonly Finding[], explained: readonly Explanation[]): GateResult {
  const matches = (e: Explanation, f: Finding) => e.id === f.id && e.file === f.file;
  return {
    findings,
    unexplained: findings.filter((f) => !explained.some((e) => matches(e, f))),
    stale: explained.filter((e) => !findings.some((f) => matches(e, f))),
  };
}

/** Reads and checks the committed config: every entry needs a reason. */
export function readGateConfig(file: string): GateConfig {
  const config = JSON.parse(readFileSync(file, 'utf8')) as GateConfig;
  for (const entry of [...config.excludedChecks, ...config.explained]) {
    if (typeof entry.why !== 'string' || entry.why.trim().length < 20) {
      throw new Error(
        `${file}: every exclusion and explanation needs a reason ("why"): ${JSON.stringify(entry)}`,
      );
    }
  }
  return config;
}

interface RawIssue {
  id: string;
  file: string;
  location?: { line?: number; column?: number };
  sample?: string;
  description?: string;
}

/** Runs the scanner on `input` and returns its findings. */
export async function scan(root: string, config: GateConfig): Promise<Finding[]> {
  const require = createRequire(import.meta.url);
  const base = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const i18n = require(require.resolve('i18n', { paths: [base] })) as {
    configure(options: object): void;
    setLocale(locale: string): void;
  };
  // Replace the tool's translation loader (a network fetch) with its bundled English strings.
  const loader = path.join(base, 'dist/locales/i18n.js');
  require.cache[loader] = {
    id: loader,
    filename: loader,
    loaded: true,
    exports: {
      __esModule: true,
      default: async () => {
        i18n.configure({
          locales: ['en-US'],
          defaultLocale: 'en-US',
          directory: path.join(base, 'dist/locales'),
          updateFiles: false,
          objectNotation: true,
          register: global,
        });
        i18n.setLocale('en-US');
      },
    },
  } as unknown as NodeJS.Module;
  const run = require(path.join(base, 'dist/runner.js')) as (
    options: object,
    forCli: boolean,
  ) => Promise<{ issues: RawIssue[]; errors: unknown[] }>;
  const electronVersion = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    }
  ).devDependencies.electron;
  const result = await run(
    {
      input: path.join(root, config.input),
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: config.excludedChecks.map((c) => c.check.toLowerCase()),
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  if (result.errors.length > 0)
    throw new Error(`Electronegativity could not parse: ${JSON.stringify(result.errors)}`);
  return result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file,
    location: issue.location ? `${issue.location.line ?? 0}:${issue.location.column ?? 0}` : '',
    sample: issue.sample ?? '',
    description: issue.description ?? '',
  }));
}
