import { describe, expect, it } from 'vitest';
import { autostartMethod, desktopEntry, quoteExecArgument } from './autostart';

describe('autostartMethod', () => {
  it.each([
    ['win32', 'login-item'],
    ['darwin', 'login-item'],
    ['linux', 'desktop-entry'],
    ['freebsd', 'unsupported'],
  ])('%s → %s', (platform, method) => {
    expect(autostartMethod(platform)).toBe(method);
  });
});

describe('desktopEntry', () => {
  it('starts the app with its arguments, quoted where needed', () => {
    const text = desktopEntry('Bergamo kiosk', '/opt/Bergamo Kiosk/bergamo', [
      '--config',
      '/media/usb/k 1.json',
    ]);
    expect(text).toContain('Exec="/opt/Bergamo Kiosk/bergamo" --config "/media/usb/k 1.json"\n');
    expect(text.startsWith('[Desktop Entry]\nType=Application\n')).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['a b', '"a b"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['$HOME', '"\\$HOME"'],
    ['back\\slash', '"back\\\\slash"'],
  ])('quotes %j as %s', (arg, quoted) => {
    expect(quoteExecArgument(arg)).toBe(quoted);
  });

  it('escapes % so no field code is expanded', () => {
    expect(desktopEntry('k', '/opt/k', ['100%'])).toContain('Exec=/opt/k 100%%\n');
  });
});
