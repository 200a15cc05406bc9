import { describe, expect, it, vi } from 'vitest';
import type { AdminStatus } from '../app/ipc/contract';
import type { PinState } from '../app/kiosk/pin-guard';
import { AdminService, type AdminActions } from './admin';
import { createLogger } from './log';

const status: AdminStatus = {
  version: '0.1.0',
  host: 'electron',
  mode: 'kiosk',
  content: { origin: 'bundled', folder: '', validated: true, problems: 0 },
  uptimeSeconds: 1,
  recoveries: 0,
  hardwareAcceleration: true,
  lastErrors: [],
};

function service() {
  let now = 0;
  const lines: string[] = [];
  const actions: AdminActions = {
    quit: vi.fn(),
    reload: vi.fn(),
    setMode: vi.fn(),
    status: () => status,
    exportHandout: vi.fn(() => Promise.resolve({ outcome: 'saved' as const, files: ['/out/report-it.pdf'] })),
  };
  const admin = new AdminService(
    '2468',
    actions,
    createLogger((level, line) => lines.push(`${level} ${line}`)),
    () => now,
  );
  return { admin, actions, lines, at: (ms: number) => (now = ms) };
}

describe('AdminService', () => {
  it('refuses every action before the right PIN', () => {
    const { admin, actions } = service();
    expect(admin.quit()).toEqual({ ok: false, reason: 'locked' });
    expect(admin.reload()).toEqual({ ok: false, reason: 'locked' });
    expect(admin.setMode('presentation')).toEqual({ ok: false, reason: 'locked' });
    expect(admin.status()).toEqual({ ok: false, reason: 'locked' });
    expect(actions.quit).not.toHaveBeenCalled();
    expect(actions.reload).not.toHaveBeenCalled();
    expect(actions.setMode).not.toHaveBeenCalled();
  });

  it('runs the actions after the right PIN, logs each, and never logs the PIN', () => {
    const { admin, actions, lines } = service();
    expect(admin.verifyPin('2468')).toEqual({ outcome: 'accepted' });
    expect(admin.status()).toEqual({ ok: true, value: status });
    expect(admin.setMode('signage')).toEqual({ ok: true });
    expect(actions.setMode).toHaveBeenCalledWith('signage');
    expect(admin.reload()).toEqual({ ok: true });
    expect(admin.quit()).toEqual({ ok: true });
    expect(actions.quit).toHaveBeenCalledOnce();
    expect(lines).toContain('info admin: switch to signage mode');
    expect(lines.join('\n')).not.toContain('2468');
  });

  it('exports the PDF handout only in an admin session', async () => {
    const { admin, actions, lines } = service();
    expect(await admin.exportHandout()).toEqual({ ok: false, reason: 'locked' });
    expect(actions.exportHandout).not.toHaveBeenCalled();
    admin.verifyPin('2468');
    expect(await admin.exportHandout()).toEqual({
      ok: true,
      value: { outcome: 'saved', files: ['/out/report-it.pdf'] },
    });
    expect(lines).toContain('info admin: export the PDF handout');
  });

  it('closes the session when the panel closes, and after 2 idle minutes', () => {
    const { admin, at } = service();
    admin.verifyPin('2468');
    admin.endSession();
    expect(admin.reload()).toEqual({ ok: false, reason: 'locked' });
    admin.verifyPin('2468');
    at(120_001);
    expect(admin.reload()).toEqual({ ok: false, reason: 'locked' });
  });

  it('rate-limits wrong PINs and logs them without the digits', () => {
    const { admin, lines } = service();
    expect(admin.verifyPin('1111')).toEqual({ outcome: 'rejected', attemptsLeft: 2 });
    admin.verifyPin('1112');
    expect(admin.verifyPin('1113')).toEqual({ outcome: 'locked', retryInSeconds: 30 });
    expect(admin.verifyPin('2468')).toEqual({ outcome: 'locked', retryInSeconds: 30 });
    expect(lines.join('\n')).not.toMatch(/111\d/);
  });
});

describe('AdminService with the default PIN', () => {
  function withPin(pin: string, mode: 'kiosk' | 'signage' | 'presentation') {
    const actions: AdminActions = {
      quit: vi.fn(),
      reload: vi.fn(),
      setMode: vi.fn(),
      status: () => status,
      exportHandout: vi.fn(() => Promise.resolve({ outcome: 'canceled' as const })),
    };
    const admin = new AdminService(
      pin,
      actions,
      createLogger(() => {}),
      () => 0,
      { mode: () => mode },
    );
    return { admin, actions };
  }

  it.each([
    ['1234', 'kiosk', false],
    ['1234', 'signage', false],
    ['1234', 'presentation', true],
    ['2468', 'kiosk', true],
    ['2468', 'signage', true],
  ] as const)(
    'PIN %s in %s mode: quit, mode switch and the PDF export allowed: %s',
    async (pin, mode, allowed) => {
      const { admin, actions } = withPin(pin, mode);
      const accepted = admin.verifyPin(pin);
      expect(accepted.outcome).toBe('accepted');
      expect(accepted).toEqual(allowed ? { outcome: 'accepted' } : { outcome: 'accepted', restricted: true });
      const refused = { ok: false, reason: 'default-pin' };
      expect(admin.quit()).toEqual(allowed ? { ok: true } : refused);
      expect(admin.setMode('presentation')).toEqual(allowed ? { ok: true } : refused);
      expect(actions.quit).toHaveBeenCalledTimes(allowed ? 1 : 0);
      expect(actions.setMode).toHaveBeenCalledTimes(allowed ? 1 : 0);
      // The export's folder dialog is a way to the file system.
      expect(await admin.exportHandout()).toEqual(
        allowed ? { ok: true, value: { outcome: 'canceled' } } : refused,
      );
      expect(actions.exportHandout).toHaveBeenCalledTimes(allowed ? 1 : 0);
      // Reload and status stay open either way.
      expect(admin.reload()).toEqual({ ok: true });
      expect(admin.status()).toEqual({ ok: true, value: status });
    },
  );
});

describe('AdminService: the wrong-PIN back-off survives a restart', () => {
  it('a new service on the same store is still locked', () => {
    let saved: unknown;
    const store = { load: () => saved as PinState | undefined, save: (state: PinState) => (saved = state) };
    const make = () =>
      new AdminService(
        '2468',
        {
          quit: vi.fn(),
          reload: vi.fn(),
          setMode: vi.fn(),
          status: () => status,
          exportHandout: () => Promise.resolve({ outcome: 'canceled' as const }),
        },
        createLogger(() => {}),
        () => 1_000,
        { mode: () => 'kiosk', store },
      );
    const first = make();
    first.verifyPin('1111');
    first.verifyPin('1112');
    expect(first.verifyPin('1113')).toEqual({ outcome: 'locked', retryInSeconds: 30 });
    const restarted = make();
    expect(restarted.verifyPin('2468')).toEqual({ outcome: 'locked', retryInSeconds: 30 });
  });
});
