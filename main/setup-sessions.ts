/**
 * Step 3 of the boot: sessions and the app scheme. Before ready: the
 * privileged scheme, the sandbox for every renderer, and the lockdown of
 * every session and webContents as they are created. On ready: no menu, the
 * default session locked, and the app scheme served from the web bundle.
 */
import type { App, Menu, Protocol, Session, WebContents } from 'electron';
import type { BootContext } from './boot-context';
import { APP_SCHEME } from './protocol';
import { serveAppRequest } from './recovery-page';
import { lockContents, lockSession, type LockableSession } from './security';

export interface SessionsElectron {
  readonly app: Pick<App, 'enableSandbox'> & {
    on(event: 'session-created', listener: (session: Session) => void): unknown;
    on(event: 'web-contents-created', listener: (event: unknown, contents: WebContents) => void): unknown;
  };
  readonly protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
}

export interface ReadyElectron {
  readonly Menu: Pick<typeof Menu, 'setApplicationMenu'>;
  readonly session: { readonly defaultSession: LockableSession };
}

/** Sets up what must precede ready; the returned function does the rest once the app is ready. */
export function setupSessions(
  { production, paths, log }: Pick<BootContext, 'production' | 'paths' | 'log'>,
  { app, protocol }: SessionsElectron,
): (ready: ReadyElectron) => void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.enableSandbox();
  const blocked = (what: string, detail: string) => log.warn(`blocked ${what}${detail ? `: ${detail}` : ''}`);
  // A development build lets devtools' own requests through.
  // Every session is locked once: the default one may be announced by session-created and locked on ready.
  const locked = new WeakSet<LockableSession>();
  const lockOnce = (target: LockableSession) => {
    if (locked.has(target)) return;
    locked.add(target);
    lockSession(target, blocked, !production);
  };
  app.on('session-created', lockOnce);
  app.on('web-contents-created', (_event, contents) => lockContents(contents, blocked));
  return ({ Menu, session }) => {
    Menu.setApplicationMenu(null);
    lockOnce(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, paths.renderer));
  };
}
