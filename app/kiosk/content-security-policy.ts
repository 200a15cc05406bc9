/**
 * The one content security policy, for both places it is delivered: the app
 * scheme's response header (main/protocol.ts) and the `<meta>` the web build
 * puts in index.html (scripts/vite/file-url-friendly-html.ts) for file:// and
 * plain servers. Inside Electron both apply at once, so two copies drifting
 * apart only confuses; no Electron API or fetch is needed by the page, hence
 * `connect-src 'none'` (Electron security checklist: network kill-switch).
 */

const SHARED_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** Directives a `<meta>` policy cannot carry (CSP3: ignored there, with a console warning). */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The policy as a response header. */
export const HEADER_CONTENT_SECURITY_POLICY = [...SHARED_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

/** The same policy for a `<meta http-equiv>`. */
export const META_CONTENT_SECURITY_POLICY = SHARED_DIRECTIVES.join('; ');
