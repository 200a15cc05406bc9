/**
 * Makes the built index.html load from file:// as well as from a server:
 * a deferred classic script instead of `type="module"`, and no `crossorigin`
 * attributes (file:// pages have an opaque origin, so CORS-mode loads fail).
 * It also adds the CSP as a meta tag, for hosts that cannot send headers.
 */
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../../app/kiosk/content-security-policy';

/** The meta form of the app's one policy (app/kiosk/content-security-policy.ts). */
export const WEB_CONTENT_SECURITY_POLICY = META_CONTENT_SECURITY_POLICY;

export function fileUrlFriendlyHtml(): Plugin {
  return {
    name: 'kiosk:file-url-friendly-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html
          .replace(/<script type="module" crossorigin/g, '<script defer')
          .replace(/<script type="module"/g, '<script defer')
          .replace(/ crossorigin(?=[\s>])/g, '')
          .replace(
            '<meta charset="utf-8" />',
            `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${WEB_CONTENT_SECURITY_POLICY}" />`,
          );
      },
    },
  };
}
