/**
 * The quit path of the host (the decisions are in main/quit-gate.ts): a quit
 * the app did not start goes through, the window is opened for it and locked
 * again if it is cancelled, and once it goes ahead recovery stops, the start
 * is confirmed and the end of the show recorded.
 */
import type { BootContext } from './boot-context';
import type { BootGuard } from './setup-boot-guard';
import { gateQuits, type QuitGate, type QuitGateApp } from './quit-gate';

export type QuitApp = QuitGateApp & { on(event: 'window-all-closed', listener: () => void): unknown };

/** Wires the quit gate; call before ready. */
export function setupQuit(
  { host, log }: Pick<BootContext, 'host' | 'log'>,
  app: QuitApp,
  bootGuard: Pick<BootGuard, 'confirmOnQuit'>,
): QuitGate {
  // Recovery stays on, and the start unconfirmed, until the quit really goes ahead (will-quit),
  // or the system ends the session (then at once: the process may be ended right after).
  const gate = gateQuits({
    app,
    openForQuit: () => host.windowLock?.allowClose(),
    lockAgain: () => host.windowLock?.refuseClose(),
    onQuitting: () => {
      host.beginQuit();
      bootGuard.confirmOnQuit();
      host.insight?.stop();
      log.info('quit');
    },
    log,
  });
  app.on('window-all-closed', () => app.quit());
  return gate;
}
