/**
 * `npm run screenshots`: regenerates the pictures under docs/screenshots/ from
 * the web build. Not part of `npm test`: pictures are documentation, and the
 * assertions about what is on screen live in e2e/.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'docs/screenshots',
  testMatch: /\.shots\.ts$/,
  fullyParallel: false,
  projects: [{ name: 'screenshots', use: { ...base.use, viewport: { width: 1920, height: 1080 } } }],
});
