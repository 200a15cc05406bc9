import { describe, expect, it } from 'vitest';
import { describeProblem } from '../content/problems';
import { mutateJson, mutateText, seededRandom } from '../testing/fuzz';
import {
  chooseConfigFile,
  configPathFromArgv,
  loadSettings,
  MAX_CONFIG_CHARS,
  parseConfigText,
  type ConfigCandidate,
} from './config-file';
import { DEFAULT_SETTINGS, SETTING_SCHEMAS, validateLayer } from './settings';

const FILE = '/opt/kiosk/kiosk.config.json';

describe('configPathFromArgv', () => {
  it.each([
    [['app', '--config', '/etc/kiosk.json'], '/etc/kiosk.json'],
    [['app', '--config=/etc/kiosk.json'], '/etc/kiosk.json'],
    [['app', '--config=a.json', '--config', 'b.json'], 'b.json'],
    [['app', '--config'], ''],
    [['app', '--mode=kiosk'], undefined],
    [['app', '--configure=x'], undefined],
  ])('%j → %j', (argv, expected) => {
    expect(configPathFromArgv(argv)).toBe(expected);
  });
});

describe('chooseConfigFile', () => {
  const beside: ConfigCandidate = { path: '/opt/kiosk/kiosk.config.json', origin: 'beside the app' };
  const userData: ConfigCandidate = { path: '/home/k/.config/app/kiosk.config.json', origin: 'user data' };
  const flag: ConfigCandidate = { path: '/media/usb/fiera.json', origin: 'command line' };

  it.each<[string, ConfigCandidate[], string[], ConfigCandidate | undefined]>([
    ['the --config file, even when it is missing', [flag, beside, userData], [beside.path], flag],
    ['the file beside the app before user data', [beside, userData], [beside.path, userData.path], beside],
    ['user data when nothing is beside the app', [beside, userData], [userData.path], userData],
    ['none: defaults', [beside, userData], [], undefined],
  ])('%s', (_case, candidates, existing, expected) => {
    expect(chooseConfigFile(candidates, (p) => existing.includes(p))).toEqual(expected);
  });
});

describe('parseConfigText', () => {
  it('reads a complete, valid file', () => {
    const text = JSON.stringify({
      $schema: './kiosk.config.schema.json',
      '//': 'Fiera di Bergamo, stand 12',
      mode: 'signage',
      language: 'en',
      languages: ['en'],
      slideSeconds: 8,
      rotation: 90,
      display: 1,
      adminPin: '97531',
      contentFolder: 'contenuti',
      autostart: true,
      nightlyReload: '04:00',
    });
    const { layer, problems } = parseConfigText(FILE, text);
    expect(problems).toEqual([]);
    expect(layer).toMatchObject({ mode: 'signage', rotation: 90, adminPin: '97531', nightlyReload: '04:00' });
  });

  it.each([
    ['an empty file', '', '/opt/kiosk/kiosk.config.json: the file is empty'],
    ['only spaces', ' \n ', '/opt/kiosk/kiosk.config.json: the file is empty'],
    [
      'truncated JSON, with the line',
      '{\n  "mode": "kiosk",\n',
      '/opt/kiosk/kiosk.config.json: malformed JSON: ',
    ],
    [
      'a trailing comma',
      '{ "mode": "kiosk", }',
      '/opt/kiosk/kiosk.config.json: malformed JSON: property name expected (line 1, column 20)',
    ],
    [
      'a list instead of an object',
      '["kiosk"]',
      '/opt/kiosk/kiosk.config.json: expected an object of settings, e.g. { "mode": "kiosk" }',
    ],
    [
      'a bare value',
      '42',
      '/opt/kiosk/kiosk.config.json: expected an object of settings, e.g. { "mode": "kiosk" }',
    ],
    [
      'a huge file',
      `{"mode": "${'k'.repeat(MAX_CONFIG_CHARS)}"}`,
      '/opt/kiosk/kiosk.config.json: the file is too large',
    ],
  ])('reports %s and keeps every default', (_case, text, expected) => {
    const { layer, problems } = parseConfigText(FILE, text);
    expect(layer).toEqual({});
    expect(problems).toHaveLength(1);
    expect(describeProblem(problems[0]!)).toContain(expected);
  });

  it('keeps the valid keys when others are wrong, and names each wrong key', () => {
    const { layer, problems } = parseConfigText(
      FILE,
      JSON.stringify({ mode: 'signage', slideSeconds: 'fast', rotation: 45, colour: 'red', autostart: true }),
    );
    expect(layer).toEqual({ mode: 'signage', autostart: true });
    expect(problems.map(describeProblem)).toEqual([
      '/opt/kiosk/kiosk.config.json: slideSeconds: expected a number, got "fast"',
      '/opt/kiosk/kiosk.config.json: rotation: expected 0, 90, 180 or 270',
      '/opt/kiosk/kiosk.config.json: colour: unknown setting',
    ]);
  });

  it('is not fooled by a __proto__ key', () => {
    const { layer, problems } = parseConfigText(FILE, '{"__proto__": {"mode": "signage"}, "mode": "kiosk"}');
    expect(layer).toEqual({ mode: 'kiosk' });
    expect(problems.every((p) => p.path === '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).mode).toBeUndefined();
  });
});

describe('loadSettings', () => {
  const file: ConfigCandidate = { path: FILE, origin: 'beside the app' };

  it('uses the defaults when there is no config file', () => {
    expect(loadSettings(['app'], undefined, undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('lets the command-line flags override the file', () => {
    const loaded = loadSettings(['app', '--mode=presentation', '--rotation=180'], file, {
      text: '{"mode": "signage", "rotation": 90, "slideSeconds": 20}',
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings).toMatchObject({ mode: 'presentation', rotation: 180, slideSeconds: 20 });
    expect(loaded.file).toEqual(file);
  });

  it('reports a file that cannot be read, and starts on the defaults and flags', () => {
    const loaded = loadSettings(['app', '--language=en'], file, { problem: 'permission denied' });
    expect(loaded.problems).toEqual([{ file: FILE, path: '', message: 'permission denied' }]);
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('reports a bad flag as coming from the command line', () => {
    const loaded = loadSettings(['app', '--slide-seconds=0'], file, { text: '{}' });
    expect(loaded.problems).toEqual([
      { file: 'command line', path: 'slideSeconds', message: 'Too small: expected number to be >=3' },
    ]);
    expect(loaded.settings.slideSeconds).toBe(DEFAULT_SETTINGS.slideSeconds);
  });
});

describe('fuzzing the config loader', () => {
  const valid = {
    mode: 'kiosk',
    language: 'it',
    languages: ['it', 'en'],
    slideSeconds: 12,
    idleSeconds: 60,
    slides: ['intro', 'export'],
    rotation: 0,
    display: 'primary',
    adminPin: '2468',
    contentFolder: 'contenuti',
    autostart: false,
    nightlyReload: '04:00',
  };
  const text = JSON.stringify(valid, null, 2);
  const CASES = 3000;

  it(`survives ${CASES} malformed files: never throws, always valid settings, each problem names the file`, () => {
    const random = seededRandom(20261125);
    let withProblems = 0;
    for (let i = 0; i < CASES; i++) {
      const mutated = i % 2 === 0 ? mutateText(text, random) : JSON.stringify(mutateJson(valid, random));
      let loaded;
      try {
        loaded = loadSettings(['app'], { path: FILE, origin: 'user data' }, { text: mutated });
      } catch (error) {
        throw new Error(`case ${i} threw: ${String(error)}\n${mutated.slice(0, 500)}`, { cause: error });
      }
      // Whatever came in, every setting that goes out passes its own rule.
      const recheck = validateLayer(loaded.settings, 'recheck');
      expect(recheck.problems, `case ${i}`).toEqual([]);
      expect(Object.keys(loaded.settings).sort()).toEqual(Object.keys(SETTING_SCHEMAS).sort());
      for (const problem of loaded.problems) {
        expect(problem.file).toBe(FILE);
        expect(problem.message.length, `case ${i}`).toBeGreaterThan(0);
        expect(problem.message.length, `case ${i}: ${problem.message.slice(0, 80)}`).toBeLessThan(300);
      }
      if (loaded.problems.length > 0) withProblems++;
    }
    // The mutations do damage: most cases must be reported, not silently accepted.
    expect(withProblems).toBeGreaterThan(CASES * 0.6);
  });
});
