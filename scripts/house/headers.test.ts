/**
 * Every code file opens with a comment that says its one job, so a newcomer can
 * read the tree a file at a time. A test beside its module (`x.test.ts` next to
 * `x.ts`) is named by that module and needs none.
 */
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

/** The file's first thing (after a shebang) is a comment; in a component, before or atop its script. */
function opensWithComment(path: string, text: string): boolean {
  const start = text.replace(/^#!.*\n/, '').trimStart();
  if (path.endsWith('.svelte'))
    return start.startsWith('<!--') || /^<script[^>]*>\s*(?:\/\/|\/\*)/.test(start);
  return start.startsWith('/*') || start.startsWith('//');
}

/** The module a test is beside, if any: `x.test.ts` tests `x.ts`, `x.svelte.ts`, `x.svelte` or `x.mjs`. */
function testedModule(path: string, paths: ReadonlySet<string>): string | undefined {
  const stem = /^(.*)\.test\.ts$/.exec(path)?.[1];
  if (stem === undefined) return undefined;
  return ['.ts', '.svelte.ts', '.svelte', '.mjs', '.js']
    .map((ext) => `${stem}${ext}`)
    .find((p) => paths.has(p));
}

describe('how a header is recognised', () => {
  it.each<[string, string, boolean]>([
    ['a.ts', '/**\n * The show’s playlist.\n */\nexport {};\n', true],
    ['a.ts', '// Lint rules.\nexport default [];\n', true],
    ['a.mjs', '#!/usr/bin/env node\n/* Builds the maps. */\n', true],
    ['a.ts', "import { z } from 'zod';\n/** Late. */\n", false],
    ['a.ts', '\n\nexport const a = 1; // not a header\n', false],
    ['A.svelte', '<!--\n  @component\n  A bar.\n-->\n<script lang="ts"></script>\n', true],
    ['A.svelte', '<script lang="ts">\n  // The band’s controls.\n  let a = 1;\n</script>\n', true],
    ['A.svelte', '<script lang="ts">\n  import a from "a";\n</script>\n<!-- late -->\n', false],
  ])('%s: %j → %s', (path, text, expected) => {
    expect(opensWithComment(path, text)).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ['app/show/machine.test.ts', 'app/show/machine.ts'],
    ['renderer/show/upcoming.test.ts', 'renderer/show/upcoming.svelte.ts'],
    ['scripts/build/fuses.test.ts', 'scripts/build/fuses.mjs'],
    ['app/show/machine-modes.test.ts', undefined],
    ['app/show/machine.ts', undefined],
  ])('%s is beside %s', (path, module) => {
    const paths = new Set([
      'app/show/machine.ts',
      'renderer/show/upcoming.svelte.ts',
      'scripts/build/fuses.mjs',
    ]);
    expect(testedModule(path, paths)).toBe(module);
  });
});

describe('the tree', () => {
  const files = sourceFiles();
  const paths = new Set(files.map((f) => f.path));

  it('is read: a few hundred files, components and tests among them', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(paths).toContain('renderer/show/Show.svelte');
    expect(paths).toContain('app/show/machine.test.ts');
  });

  it('has a header comment in every file that is not a test beside its module', () => {
    const missing = files
      .filter((f) => !testedModule(f.path, paths) && !opensWithComment(f.path, f.text))
      .map((f) => f.path);
    expect(missing).toEqual([]);
  });
});
