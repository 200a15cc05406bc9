/**
 * One policy for both places it is enforced: the protocol's header (Electron)
 * and the index.html meta (file:// and plain web servers). Inside Electron
 * both apply at once, so any drift silently narrows or confuses the policy.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/protocol';
import { fileUrlFriendlyHtml } from './file-url-friendly-html';

/** Directives a <meta> policy cannot carry (CSP3 §6.1: ignored when delivered in a meta element). */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]),
  );

function builtMetaPolicy(): string {
  const plugin = fileUrlFriendlyHtml();
  const transform = plugin.transformIndexHtml as { handler: (html: string) => string };
  const html = transform.handler('<head>\n    <meta charset="utf-8" />\n</head>');
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSP meta in the built index.html');
  return match[1];
}

describe('the content security policy', () => {
  it('is the same in the built index.html meta as in the protocol header, but for header-only directives', () => {
    const header = Object.fromEntries(
      Object.entries(directives(CONTENT_SECURITY_POLICY)).filter(([name]) => !HEADER_ONLY.includes(name)),
    );
    expect(directives(builtMetaPolicy())).toEqual(header);
  });

  it('allows no connection anywhere (the show fetches nothing)', () => {
    expect(directives(CONTENT_SECURITY_POLICY)['connect-src']).toBe("'none'");
  });
});
