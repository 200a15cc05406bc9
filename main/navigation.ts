/**
 * Navigation policy: the window only ever shows the app's own pages. Anything
 * else (a link, a redirect, a dropped file, window.open, a webview) is
 * refused. The URL is read from the event's `details` (the positional
 * argument is deprecated) and compared by origin, never by prefix.
 */
import type { WebContents } from 'electron';
import { isAppUrl } from './protocol';

export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** The parts of a webContents the lock sets. */
export type NavigableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applies the policy to one webContents. */
export function lockNavigation(
  contents: NavigableContents,
  onBlocked: (what: string, url: string) => void,
): void {
  const guard = (what: string) => (event: { preventDefault(): void; url: string }) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      onBlocked(what, event.url);
    }
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked('window.open', url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked('webview', '');
  });
}
