/**
 * `npm run dist`'s first step. On a Node older than packaging needs it says
 * so in one line (and goes on: the tools may still work). Packaging downloads
 * Electron and build tools, so without access to their host it stops in
 * seconds with the reason, instead of hanging on a download.
 * KIOSK_DIST_OFFLINE_OK=1 skips the network check (every download already cached).
 */
import { electronDownloadHost } from './electron-binary';
import { hostOf, probeHost, proxyInUse } from './host-probe';
import { packagingNodeNote } from './node-version';

const note = packagingNodeNote(process.version);
if (note) console.warn(note);

if (process.env.KIOSK_DIST_OFFLINE_OK !== '1' && !proxyInUse(process.env)) {
  const host = electronDownloadHost(process.env);
  const probe = await probeHost(host, 5_000);
  if (!probe.reachable) {
    console.error(
      [
        `npm run dist stopped: packaging downloads Electron for each target from ${hostOf(host)}, which is unreachable (${probe.reason}).`,
        'Run it on a machine with internet access, or set ELECTRON_MIRROR to a mirror you can reach',
        '(or KIOSK_DIST_OFFLINE_OK=1 if every download is already in the electron-builder cache).',
      ].join('\n'),
    );
    process.exit(1);
  }
}
