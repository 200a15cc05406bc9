import { describe, expect, it } from 'vitest';
import { RecentErrors, redactPersonalData, redactProblems } from './recent-errors';

describe('redactPersonalData', () => {
  it.each([
    ['/home/maria/fiera/kiosk.config.json: bad', '/home/<user>/fiera/kiosk.config.json: bad'],
    ['C:\\Users\\Mario Rossi\\Desktop\\contenuti', 'C:\\Users\\<user>\\Desktop\\contenuti'],
    ['c:/users/mario/contenuti', 'c:/users/<user>/contenuti'],
    ['/Users/anna/Library/Logs', '/Users/<user>/Library/Logs'],
    ['/media/usb/contenuti/report.json', '/media/usb/contenuti/report.json'],
    ['nothing personal', 'nothing personal'],
  ])('%s', (text, expected) => {
    expect(redactPersonalData(text)).toBe(expected);
  });

  it('replaces a known home folder with ~', () => {
    expect(redactPersonalData('/srv/kiosk-user/contenuti', ['/srv/kiosk-user'])).toBe('~/contenuti');
  });
});

describe('RecentErrors', () => {
  it('keeps the last 10, each on one short line', () => {
    const errors = new RecentErrors();
    for (let i = 0; i < 15; i++)
      errors.add(new Date(Date.UTC(2026, 10, 25, 12, i)), `error ${i}\n  at stack`);
    const list = errors.list();
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual({ at: '2026-11-25T12:05:00.000Z', message: 'error 5 at stack' });
    errors.add(new Date(0), 'x'.repeat(1000));
    expect(errors.list().at(-1)!.message).toHaveLength(300);
  });
});

describe('redactProblems', () => {
  it('redacts the file and the message, and keeps the rest', () => {
    expect(
      redactProblems(
        [{ file: 'C:\\Users\\Anna Rossi\\kiosk.config.json', path: 'mode', message: 'see /home/anna/x' }],
        [],
      ),
    ).toEqual([
      { file: 'C:\\Users\\<user>\\kiosk.config.json', path: 'mode', message: 'see /home/<user>/x' },
    ]);
  });
});
