/** Sessions and the app scheme: what is set before ready, and what on ready, with Electron faked. */
import { describe, expect, it, vi } from 'vitest';
import { setupSessions, type SessionsElectron } from './setup-sessions';
import { testContext } from './testing/boot-context';
import { FakeApp, FakeContents, FakeSession, fakeEvent } from './testing/fakes';

function before(production = true) {
  const calls: string[] = [];
  const app = Object.assign(new FakeApp(), { enableSandbox: vi.fn(() => calls.push('enableSandbox')) });
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => calls.push('protocol.handle')),
  };
  const onReady = setupSessions(testContext({ production }), {
    app,
    protocol,
  } as unknown as SessionsElectron);
  return { calls, app, protocol, onReady };
}

describe('setupSessions', () => {
  it('before ready: the privileged scheme and the sandbox, nothing served yet', () => {
    const { calls, protocol } = before();
    expect(calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('locks every session once, the default one included, and every webContents', () => {
    const { app, onReady } = before();
    const created = new FakeSession();
    app.emit('session-created', created);
    expect(created.setPermissionCheckHandler).toHaveBeenCalledOnce();
    const defaultSession = new FakeSession();
    app.emit('session-created', defaultSession);
    onReady({ Menu: { setApplicationMenu: vi.fn() }, session: { defaultSession } } as never);
    expect(defaultSession.listenerCount('will-download')).toBe(1);
    const contents = new FakeContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it.each([
    [true, true],
    [false, false],
  ])('a packaged build (%s) cancels devtools requests: %s', (production, cancelled) => {
    const { app } = before(production);
    const session = new FakeSession();
    app.emit('session-created', session);
    const answer = vi.fn();
    session.beforeRequest!({ url: 'devtools://devtools/bundled/inspector.html' }, answer);
    expect(answer).toHaveBeenCalledWith({ cancel: cancelled });
  });

  it('on ready: no menu, the default session locked, the app scheme served', () => {
    const { onReady, protocol } = before();
    const Menu = { setApplicationMenu: vi.fn() };
    const defaultSession = new FakeSession();
    onReady({ Menu, session: { defaultSession } } as never);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
