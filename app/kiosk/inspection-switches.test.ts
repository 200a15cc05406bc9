import { describe, expect, it } from 'vitest';
import { inspectionSwitches } from './inspection-switches';

describe('inspectionSwitches', () => {
  it.each<[string, string[], string[]]>([
    ['a plain start', ['/opt/b/bergamo', '--config', 'k.json', '--mode=signage'], []],
    [
      'remote debugging',
      ['/opt/b/bergamo', '--remote-debugging-port=9222'],
      ['--remote-debugging-port=9222'],
    ],
    [
      'remote debugging over a pipe',
      ['/opt/b/bergamo', '--remote-debugging-pipe'],
      ['--remote-debugging-pipe'],
    ],
    ['Node inspector', ['/opt/b/bergamo', '--inspect=0', '--inspect-brk'], ['--inspect=0', '--inspect-brk']],
    ['Node inspector port', ['/opt/b/bergamo', '--inspect-port=9229'], ['--inspect-port=9229']],
    ['no sandbox', ['/opt/b/bergamo', '--no-sandbox'], ['--no-sandbox']],
    [
      '--no-sandbox needs the exact name; anything --inspect* is refused',
      ['/opt/b/bergamo', '--no-sandbox-ish', '--inspector'],
      ['--inspector'],
    ],
    [
      'Chromium-style single dash is the same switch',
      ['/opt/b/bergamo', '-remote-debugging-port=1'],
      ['-remote-debugging-port=1'],
    ],
  ])('%s', (_case, argv, found) => {
    expect(inspectionSwitches(argv)).toEqual(found);
  });
});
