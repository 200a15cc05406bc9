import { describe, expect, it } from 'vitest';
import { createLogger, describeError, rotationRenames } from './log';

describe('createLogger', () => {
  it('redacts personal data and never throws', () => {
    const lines: string[] = [];
    const log = createLogger((level, line) => lines.push(`${level} ${line}`), ['/home/maria']);
    log.warn('/home/maria/fiera/kiosk.config.json: mode: invalid');
    log.info('C:\\Users\\Mario\\contenuti loaded');
    expect(lines).toEqual([
      'warn ~/fiera/kiosk.config.json: mode: invalid',
      'info C:\\Users\\<user>\\contenuti loaded',
    ]);
    const broken = createLogger(() => {
      throw new Error('disk full');
    });
    expect(() => broken.error('x')).not.toThrow();
  });
});

describe('describeError', () => {
  it.each([
    [new TypeError('bad'), /^TypeError: bad \| at /],
    ['plain text', /^plain text$/],
    [undefined, /^undefined$/],
  ])('%s', (error, pattern) => {
    expect(describeError(error)).toMatch(pattern);
  });
});

describe('rotationRenames', () => {
  it('moves the oldest first so nothing is overwritten', () => {
    expect(rotationRenames('/d/logs/main.log', 3)).toEqual([
      ['/d/logs/main.2.log', '/d/logs/main.3.log'],
      ['/d/logs/main.1.log', '/d/logs/main.2.log'],
      ['/d/logs/main.log', '/d/logs/main.1.log'],
    ]);
  });

  it('handles a file without an extension', () => {
    expect(rotationRenames('/d.x/logs/main', 1)).toEqual([['/d.x/logs/main', '/d.x/logs/main.1']]);
  });
});
