import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../app/config/settings';
import { webAdmin, type PageLocation } from './web-admin';

function admin(pin = '1234') {
  let now = 0;
  const location: PageLocation = {
    search: '?lang=en&pin=5555',
    pathname: '/kiosk/index.html',
    reload: vi.fn(),
    assign: vi.fn(),
  };
  const functions = webAdmin({ ...DEFAULT_SETTINGS, adminPin: pin }, location, () => now, vi.fn());
  return { functions, location, at: (ms: number) => (now = ms) };
}

describe('webAdmin', () => {
  it('checks the PIN with the same rate limit as the Electron host', async () => {
    const { functions } = admin('5555');
    expect(await functions.verifyPin('1111')).toEqual({ outcome: 'rejected', attemptsLeft: 2 });
    expect(await functions.verifyPin('1111')).toEqual({ outcome: 'rejected', attemptsLeft: 1 });
    expect(await functions.verifyPin('1111')).toEqual({ outcome: 'locked', retryInSeconds: 30 });
  });

  it('refuses actions before the PIN, then reloads and switches mode through the URL', async () => {
    const { functions, location } = admin();
    expect(await functions.reload()).toEqual({ ok: false, reason: 'locked' });
    expect(location.reload).not.toHaveBeenCalled();
    await functions.verifyPin('1234');
    expect(await functions.reload()).toEqual({ ok: true });
    expect(location.reload).toHaveBeenCalledOnce();
    expect(await functions.setMode('signage')).toEqual({ ok: true });
    expect(location.assign).toHaveBeenCalledWith('/kiosk/index.html?lang=en&pin=5555&mode=signage');
  });

  it('cannot quit a browser, and says so instead of failing', async () => {
    const { functions } = admin();
    await functions.verifyPin('1234');
    expect(await functions.quit()).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('gives a status after the PIN', async () => {
    const { functions, at } = admin();
    expect(await functions.getStatus()).toEqual({ ok: false, reason: 'locked' });
    await functions.verifyPin('1234');
    at(90_000);
    const reply = await functions.getStatus();
    expect(reply.ok && reply.value).toMatchObject({ host: 'web', uptimeSeconds: 90, recoveries: 0 });
  });

  it('never receives content updates', () => {
    const listener = vi.fn();
    const unsubscribe = admin().functions.onContentUpdate(listener);
    expect(typeof unsubscribe).toBe('function');
    expect(() => unsubscribe()).not.toThrow();
  });
});
