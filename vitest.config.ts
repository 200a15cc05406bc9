/**
 * The unit tests: every `*.test.ts` outside e2e/, in Node, with the rune
 * modules compiled, in one shared module registry but for the few that
 * replace modules.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const include = ['{app,main,renderer,data,scripts}/**/*.test.ts'];
// Files that replace a module (`vi.mock`) or patch `process` need a fresh module registry of
// their own. Every other test file shares one: starting a worker per file was two thirds of
// the unit stage's time (72 s against 21 s on the 2-core machine), for no test's sake.
const needsOwnModules = ['main/index.test.ts', 'main/index-quit.test.ts', 'main/preload.test.ts'];

export default defineConfig({
  // Compiles the renderer's rune modules (`*.svelte.ts`), so they are unit-tested like the rest.
  // In Node, Svelte compiles them for the server: runes become plain fields and getters, so
  // a test checks a module's rules (what it decides and sends), not Svelte's reactivity.
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
  test: {
    environment: 'node',
    // Limits catch hangs, not slowness: the fuzz and build tests take seconds on a
    // quiet 2-core machine and many times that on a busy one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      // Playwright specs live in e2e/ and must not be collected here.
      { extends: true, test: { name: 'shared', include, exclude: needsOwnModules, isolate: false } },
      { extends: true, test: { name: 'isolated', include: needsOwnModules } },
    ],
  },
});
