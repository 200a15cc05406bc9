/**
 * The app's own scheme. The renderer is served from `app://kiosk/` rather than
 * `file://`, so it gets a real origin, a CSP header on every response, and no
 * access to the rest of the disk (Electron security checklist #18).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HEADER_CONTENT_SECURITY_POLICY } from '../app/kiosk/content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * No remote source of any kind. Styles allow 'unsafe-inline' because Svelte sets
 * inline styles for transitions; scripts never do.
 */
export const CONTENT_SECURITY_POLICY = HEADER_CONTENT_SECURITY_POLICY;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Whether a URL belongs to the app itself (scheme and host, compared exactly). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps an `app://kiosk/...` URL to a file under `root`, or `null` when the URL
 * is foreign or tries to leave `root` (`..`, `%2e%2e`, absolute paths, NUL).
 */
export function resolveAppFile(url: string, root: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  let raw: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
    raw = decodeURIComponent(url);
  } catch {
    return null;
  }
  // The URL parser already folds "..", but a request that tries is refused outright.
  if (/(^|[\\/])\.\.([\\/]|$)/.test(raw)) return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativeRequest = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolved = path.resolve(root, relativeRequest);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type ReadBinary = (file: string) => Promise<Uint8Array>;

/** Answers one request of the app scheme: the file with its type and the CSP, or 403/404. */
export async function respondToAppRequest(
  url: string,
  root: string,
  read: ReadBinary = readFile,
): Promise<Response> {
  const file = resolveAppFile(url, root);
  if (!file) return new Response('Forbidden', { status: 403 });
  try {
    const body = await read(file);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': mimeTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
