/**
 * e2e tests drive the built web bundle (dist/web) in Chromium, launched as
 * e2e/chromium.ts says.
 */
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Playwright's default is half the cores: one worker on a 2-core machine, where two already
  // halve the e2e stage (a test spends much of its time waiting on the page, not computing).
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env.CI),
  // No retries: a flaky test must fail, not hide (issue 18).
  retries: 0,
  reporter: [['list']],
  // Time limits catch hangs, not slowness: every wait is for a state, and a
  // busy 2-core machine may take many times longer than a quiet one to reach it.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // A trace records every frame and a DOM snapshot per action even when the test passes: on the
    // 2-core machine it was 45 % of the e2e stage (4.8 min with it, 2.6 min without; DOM snapshots
    // alone 3.3 min). A failure keeps a screenshot and its message names what is wrong;
    // E2E_TRACE=1 records the full trace of failing tests when one needs more.
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 } },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    timeout: 120_000,
  },
});
