/**
 * `npm start`'s first step: the Electron binary must be there. If it is
 * missing and its download host answers, it is fetched now (what the
 * electron package would do anyway); otherwise one message says what is
 * missing and how to get it, instead of a download that hangs or a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronBinary, electronDownloadHost, missingElectronMessage } from './electron-binary';
import { hostOf, probeHost, proxyInUse } from './host-probe';

const packageDir =
  process.env.KIOSK_TEST_ELECTRON_DIR ??
  path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const files = { exists: existsSync, readText: (file: string) => readFileSync(file, 'utf8') };
const host = electronDownloadHost(process.env);

const before = electronBinary(packageDir, process.env, files);
if (!before.installed) {
  const probe = proxyInUse(process.env) ? { reachable: true as const } : await probeHost(host, 5_000);
  if (!probe.reachable) {
    console.error(
      missingElectronMessage(before.missing, `${hostOf(host)} is unreachable (${probe.reason})`, host),
    );
    process.exit(1);
  }
  console.log('The Electron binary is missing; downloading it now (node node_modules/electron/install.js)');
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    stdio: 'inherit',
    timeout: 10 * 60_000,
  });
  const after = electronBinary(packageDir, process.env, files);
  if (!after.installed) {
    const why = result.status === 0 ? 'the download finished without it' : 'the download failed (above)';
    console.error(missingElectronMessage(after.missing, why, host));
    process.exit(1);
  }
}
