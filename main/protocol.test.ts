import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  mimeTypeFor,
  resolveAppFile,
  respondToAppRequest,
} from './protocol';

const root = path.resolve('/opt/kiosk/dist/web');

describe('resolveAppFile', () => {
  it.each([
    ['app://kiosk/', path.join(root, 'index.html')],
    ['app://kiosk/index.html', path.join(root, 'index.html')],
    ['app://kiosk/assets/index-abc.js?v=1#x', path.join(root, 'assets/index-abc.js')],
    ['app://kiosk/assets/a%20b.css', path.join(root, 'assets/a b.css')],
  ])('serves %s from the web bundle', (url, file) => {
    expect(resolveAppFile(url, root)).toBe(file);
  });

  it.each([
    ['a parent path', 'app://kiosk/../../etc/passwd'],
    ['an encoded parent path', 'app://kiosk/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash', 'app://kiosk/assets%2f..%2f..%2fsecret'],
    ['a backslash', 'app://kiosk/..%5c..%5csecret'],
    ['a NUL byte', 'app://kiosk/index.html%00.png'],
    ['broken escapes', 'app://kiosk/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://kiosk.evil.com/index.html'],
    ['another scheme', 'https://kiosk/index.html'],
    ['a file URL', 'file:///etc/passwd'],
    ['not a URL', 'kiosk/index.html'],
  ])('refuses %s', (_case, url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://kiosk/index.html', true],
    ['app://kiosk', true],
    ['app://kiosk.example/', false],
    ['app://user@kiosk/', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('respondToAppRequest', () => {
  const files: Record<string, string> = { [path.join(root, 'index.html')]: '<!doctype html>' };
  const read = (file: string) =>
    file in files
      ? Promise.resolve(new TextEncoder().encode(files[file]))
      : Promise.reject(new Error('ENOENT'));

  it('answers with the file, its type and the CSP', async () => {
    const response = await respondToAppRequest('app://kiosk/', root, read);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('<!doctype html>');
  });

  it.each([
    ['app://kiosk/%2e%2e/secret', 403],
    ['app://kiosk/missing.js', 404],
  ])('%s → %i', async (url, status) => {
    expect((await respondToAppRequest(url, root, read)).status).toBe(status);
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows no remote source and no eval', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    for (const values of directives.values()) {
      expect(values.some((v) => /^(https?:|wss?:|\*)/.test(v) || v === "'unsafe-eval'")).toBe(false);
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.WOFF2', 'font/woff2'],
    ['a.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
