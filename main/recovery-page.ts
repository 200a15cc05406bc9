/**
 * The safe screen: a bundled, script-free page served by the app scheme
 * itself, so it shows even when the web bundle is damaged. Its colours are the
 * theme's tokens (held to WCAG AA by app/theme/tokens.test.ts). Main retries the
 * show from it on a timer. Bilingual, and calm: visitors only see "one moment".
 */
import { COLORS } from '../app/theme/tokens';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, respondToAppRequest, type ReadBinary } from './protocol';

export const RECOVERY_PATH = '/__recovery.html';
export const RECOVERY_URL = `${APP_ORIGIN}${RECOVERY_PATH}`;

export function isRecoveryUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN && parsed.pathname === RECOVERY_PATH;
  } catch {
    return false;
  }
}

export const RECOVERY_HTML = `<!doctype html>
<html lang="it">
  <head>
    <meta charset="utf-8" />
    <title>Bergamo</title>
    <style>
      html, body { height: 100%; margin: 0; background: ${COLORS.paper}; color: ${COLORS.ink}; cursor: none; }
      body { display: grid; place-content: center; text-align: center; font: 400 2.2rem/1.4 system-ui, sans-serif; user-select: none; }
      p { margin: 0.3em; }
      .en { color: ${COLORS.inkMuted}; }
    </style>
  </head>
  <body>
    <p lang="it">Un momento, la presentazione riprende a breve.</p>
    <p lang="en" class="en">One moment, the presentation will resume shortly.</p>
  </body>
</html>
`;

/** The safe screen as a response of the app scheme, with the app's CSP. */
export function recoveryResponse(): Response {
  return new Response(RECOVERY_HTML, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Answers a request of the app scheme: the safe screen from memory, anything else from the web bundle. */
export function serveAppRequest(url: string, root: string, read?: ReadBinary): Promise<Response> {
  return isRecoveryUrl(url) ? Promise.resolve(recoveryResponse()) : respondToAppRequest(url, root, read);
}
