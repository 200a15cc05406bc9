/**
 * `npm test`'s first step: make sure a Chromium exists before anything slow
 * runs, so a machine without one gets one message within seconds instead of
 * a wall of identical e2e failures after minutes of type checking.
 * Exit 0 when a browser is there (or was just installed), 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  browserCandidates,
  findBrowser,
  nextStep,
  noBrowserMessage,
  playwrightDownloadHost,
} from './browser';
import { hostOf, probeHost, proxyInUse } from './host-probe';

/** A browser download is about 150 MB: generous, but never unbounded. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;

// Playwright is slow to load; ask it for its browser's path only when no other browser is there.
const local = findBrowser(browserCandidates(process.env, ''), existsSync);
const playwrightPath = local ? '' : (await import('@playwright/test')).chromium.executablePath();
const candidates = browserCandidates(process.env, playwrightPath);
const found = findBrowser(candidates, existsSync);
const host = playwrightDownloadHost(process.env);

let failure = '';
let step = nextStep(found, true);
if (step === 'install' && !proxyInUse(process.env)) {
  // Playwright's installer retries a dead host for a long time; ask the host once, briefly.
  const probe = await probeHost(host, 5_000);
  if (!probe.reachable) failure = `not tried: ${hostOf(host)} is unreachable (${probe.reason})`;
  step = nextStep(found, probe.reachable);
}
if (step === 'install') {
  console.log(`No Chromium found; trying: npx playwright install chromium`);
  const result = spawnSync('npx playwright install chromium', {
    shell: true,
    stdio: 'inherit',
    timeout: INSTALL_TIMEOUT_MS,
  });
  const installed = findBrowser(candidates, existsSync);
  if (installed) step = 'run';
  else {
    failure =
      result.error || result.signal
        ? `stopped after ${INSTALL_TIMEOUT_MS / 60_000} min`
        : `failed (exit code ${result.status ?? 'none'})`;
    step = 'stop';
  }
}
if (step === 'stop') {
  console.error(noBrowserMessage(candidates, failure, hostOf(host)));
  process.exit(1);
}
const used = findBrowser(candidates, existsSync);
if (used) console.log(`e2e browser: ${used.label} (${used.path})`);
