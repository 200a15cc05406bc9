import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the renderer's rune modules (`*.svelte.ts`), so they are unit-tested like the rest.
  // In Node, Svelte compiles them for the server: runes become plain fields and getters, so
  // a test checks a module's rules (what it decides and sends), not Svelte's reactivity.
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
  test: {
    // Playwright specs live in e2e/ and must not be collected here.
    include: ['{app,main,renderer,data,scripts}/**/*.test.ts'],
    environment: 'node',
    // Limits catch hangs, not slowness: the fuzz and build tests take seconds on a
    // quiet 2-core machine and many times that on a busy one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
