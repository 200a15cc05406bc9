/**
 * Whether a download host answers, asked once with a short timeout, so a
 * command that would download (a browser, Electron) can fail in seconds with
 * a reason instead of hanging on a network that is not there.
 */
import http from 'node:http';
import https from 'node:https';

export type Probe = { readonly reachable: true } | { readonly reachable: false; readonly reason: string };

/** The first proxy variable set: Node's own requests do not use it, so a probe would mislead. */
export function proxyInUse(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']
    .map((name) => env[name])
    .find((value) => value !== undefined && value !== '');
}

/** Any HTTP answer (even 404) means the host is reachable; no answer within `timeoutMs` means not. */
export function probeHost(url: string, timeoutMs = 5_000): Promise<Probe> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (probe: Probe) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(probe);
    };
    const client = url.startsWith('http:') ? http : https;
    const request = client.request(url, { method: 'HEAD' }, () => settle({ reachable: true }));
    // One timer for the whole exchange: DNS, connect and the first byte together.
    const timer = setTimeout(
      () => settle({ reachable: false, reason: `no answer within ${timeoutMs / 1000} s` }),
      timeoutMs,
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      settle({ reachable: false, reason: error.code ?? error.message }),
    );
    request.end();
  });
}

/** `https://cdn.example.org/path` → `cdn.example.org`, for messages. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
