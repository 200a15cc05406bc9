/** The host log: every line to the file, errors also to the admin status's list, never the home folder. */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { createHostLog, redactHome, redactHomeProblems } from './host-log';

const home = os.homedir();

describe('createHostLog', () => {
  it.each([
    ['info', 'content: the bundled data', 0],
    ['warn', 'display: display 2 does not exist', 0],
    ['error', 'gpu: the GPU process is gone', 1],
  ] as const)('a %s line goes to the file; to the status list only if an error', (level, message, listed) => {
    const file: string[] = [];
    const write = (name: string) => (line: string) => void file.push(`${name} ${line}`);
    const log = createHostLog(
      { info: write('info'), warn: write('warn'), error: write('error') },
      () => new Date('2026-05-01T10:00:00Z'),
    );
    log[level](message);
    expect(file).toEqual([`${level} ${message}`]);
    expect(log.lastErrors()).toHaveLength(listed);
  });

  it('lists an error without the home folder, at the time it happened', () => {
    const log = createHostLog({ info() {}, warn() {}, error() {} }, () => new Date('2026-05-01T10:00:00Z'));
    log.error(`content: cannot read ${home}/fiera/content`);
    expect(log.lastErrors()).toEqual([
      { at: '2026-05-01T10:00:00.000Z', message: 'content: cannot read ~/fiera/content' },
    ]);
  });
});

describe('redaction of the home folder', () => {
  it.each([
    [`${home}/kiosk/kiosk.config.json`, '~/kiosk/kiosk.config.json'],
    ['/home/alice/kiosk/kiosk.config.json', '/home/<user>/kiosk/kiosk.config.json'],
    ['C:\\Users\\Mario Rossi\\kiosk', 'C:\\Users\\<user>\\kiosk'],
    ['/media/usb/content', '/media/usb/content'],
  ])('%s reads %s', (text, shown) => {
    expect(redactHome(text)).toBe(shown);
    expect(redactHomeProblems([{ file: text, path: 'x', message: `in ${text}` }])).toEqual([
      { file: shown, path: 'x', message: `in ${shown}` },
    ]);
  });
});
