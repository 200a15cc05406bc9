/**
 * The renderer's one build: a static web bundle in dist/web/ that runs in a
 * plain browser (also opened from disk) and inside Electron via the app scheme.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { checkBundledContent } from './scripts/vite/check-bundled-content';
import { fileUrlFriendlyHtml } from './scripts/vite/file-url-friendly-html';
import { inlineStylesheet } from './scripts/vite/inline-stylesheet';
import { noFullZod } from './scripts/vite/no-full-zod';
import { staticShell } from './scripts/vite/static-shell';

export default defineConfig({
  root: 'renderer',
  // Relative URLs, so the bundle works from any folder, server path or file://.
  base: './',
  publicDir: false,
  plugins: [
    svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }),
    checkBundledContent('data'),
    fileUrlFriendlyHtml(),
    staticShell(),
    inlineStylesheet(),
    noFullZod(fileURLToPath(new URL('./', import.meta.url))),
  ],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'chrome120',
    // Fonts and geography are small; keep them as files so the CSP needs no data: fonts.
    assetsInlineLimit: 0,
    // One stylesheet rather than styles injected by script, written into index.html
    // (scripts/vite/inline-stylesheet.ts).
    cssCodeSplit: false,
    rolldownOptions: {
      // One classic script: Chromium refuses ES modules from file:// URLs.
      output: { format: 'iife' },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
