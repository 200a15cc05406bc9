import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectHost, MissingBridgeError } from './bridge';

/** A page at `href` with `userAgent`, without the preload's bridge. */
function pageWithoutBridge(href: string, userAgent: string) {
  const url = new URL(href);
  vi.stubGlobal('window', {
    location: { protocol: url.protocol, search: url.search, pathname: url.pathname },
  });
  vi.stubGlobal('navigator', { userAgent });
}

describe('connectHost without the preload bridge', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['the kiosk app scheme', 'app://kiosk/index.html', 'Mozilla/5.0 Chrome/140'],
    ['an Electron user agent', 'file:///opt/kiosk/index.html', 'Mozilla/5.0 Chrome/140 Electron/45.4.1'],
  ])('inside the kiosk app (%s): a clear error, never the web build', (_case, href, userAgent) => {
    pageWithoutBridge(href, userAgent);
    expect(() => connectHost()).toThrow(MissingBridgeError);
  });

  it('in a browser: the web build', () => {
    pageWithoutBridge('http://127.0.0.1:4173/?mode=signage', 'Mozilla/5.0 Chrome/140');
    expect(connectHost().kind).toBe('web');
  });
});
