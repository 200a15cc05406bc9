import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in e2e/ and must not be collected here.
    include: ['{app,main,renderer,data,scripts}/**/*.test.ts'],
    environment: 'node',
  },
});
