import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { hostOf, probeHost, proxyInUse } from './host-probe';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function serve(answer: boolean): Promise<string> {
  const server = createServer((_request, response) => {
    if (answer) response.writeHead(404).end();
    // else: accepts the connection and never answers, like a black-holed proxy.
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

async function closedPort(): Promise<string> {
  const url = await serve(true);
  await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
  return url;
}

describe('probeHost', () => {
  it('any answer, even 404, is reachable', async () => {
    expect(await probeHost(await serve(true), 10_000)).toEqual({ reachable: true });
  });

  it('a refused connection is unreachable, with the reason', async () => {
    expect(await probeHost(await closedPort(), 10_000)).toEqual({ reachable: false, reason: 'ECONNREFUSED' });
  });

  it('a host that never answers is unreachable once the timeout passes', async () => {
    expect(await probeHost(await serve(false), 200)).toEqual({
      reachable: false,
      reason: 'no answer within 0.2 s',
    });
  });
});

describe('proxyInUse', () => {
  it.each([
    [{}, undefined],
    [{ HTTPS_PROXY: '' }, undefined],
    [{ https_proxy: 'http://proxy:3128' }, 'http://proxy:3128'],
  ])('%j → %s', (env, expected) => {
    expect(proxyInUse(env)).toBe(expected);
  });
});

describe('hostOf', () => {
  it.each([
    ['https://github.com/electron/electron/releases/', 'github.com'],
    ['http://127.0.0.1:9/', '127.0.0.1:9'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, expected) => {
    expect(hostOf(url)).toBe(expected);
  });
});
