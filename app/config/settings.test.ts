import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  mergeSettings,
  settingsFromFlags,
  settingsFromQuery,
  toShowSettings,
  validateLayer,
} from './settings';

describe('settings', () => {
  it('has a default for every key', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      mode: 'kiosk',
      language: 'it',
      languages: ['it', 'en'],
      slideSeconds: 12,
      idleSeconds: 60,
      idleWarningSeconds: 10,
      slides: [],
      reducedMotion: false,
      startSlide: '',
      qrUrl: '',
      qrInLoop: false,
      display: 'primary',
      rotation: 0,
      adminPin: '1234',
      contentFolder: '',
      autostart: false,
      nightlyReload: '',
      insight: true,
    });
  });

  it('never hands the admin PIN to a page', () => {
    const shown = toShowSettings(mergeSettings({ adminPin: '97531' }));
    expect(shown).not.toHaveProperty('adminPin');
    expect(JSON.stringify(shown)).not.toContain('97531');
    expect(shown.mode).toBe('kiosk');
  });

  it('reads the web query', () => {
    const { layer, problems } = settingsFromQuery(
      '?mode=signage&lang=en&slideSeconds=8&idleSeconds=30&slide=export-trend&utm=x',
    );
    expect(problems).toEqual([]);
    expect(layer).toEqual({
      mode: 'signage',
      language: 'en',
      slideSeconds: 8,
      idleSeconds: 30,
      startSlide: 'export-trend',
    });
  });

  it('reads the take-away QR settings from the query and the flags', () => {
    const template = 'https://example.org/report?slide={slide}&lang={lang}';
    const query = settingsFromQuery(`?qrUrl=${encodeURIComponent(template)}&qrInLoop=1`);
    expect(query).toEqual({ layer: { qrUrl: template, qrInLoop: true }, problems: [] });
    const flags = settingsFromFlags([`--qr-url=${template}`, '--qr-in-loop']);
    expect(flags).toEqual({ layer: { qrUrl: template, qrInLoop: true }, problems: [] });
  });

  it('reports a malformed take-away template and shows no QR', () => {
    const { layer, problems } = settingsFromQuery('?qrUrl=https%3A%2F%2Fexample.org%2F%3Fslide%3D%7Bid%7D');
    expect(layer).toEqual({});
    expect(problems).toEqual([
      {
        file: 'URL',
        path: 'qrUrl',
        message: 'unknown placeholder {id}: only {slide} and {lang} may be used',
      },
    ]);
    expect(mergeSettings(layer).qrUrl).toBe('');
  });

  it('reads the command-line flags and ignores other arguments', () => {
    const { layer, problems } = settingsFromFlags([
      '/usr/bin/electron',
      '.',
      '--mode=presentation',
      '--language=en',
      '--slide-seconds=5',
      '--idle-seconds=20',
      '--languages=en',
      '--reduced-motion',
      '--no-sandbox-ish',
    ]);
    expect(problems).toEqual([]);
    expect(layer).toEqual({
      mode: 'presentation',
      language: 'en',
      slideSeconds: 5,
      idleSeconds: 20,
      languages: ['en'],
      reducedMotion: true,
    });
  });

  it.each([
    ['?mode=party', 'mode'],
    ['?lang=de', 'language'],
    ['?slideSeconds=abc', 'slideSeconds'],
    ['?slideSeconds=1', 'slideSeconds'],
    ['?idleSeconds=99999', 'idleSeconds'],
    ['?languages=it,fr', 'languages'],
  ])('reports %s and keeps the default', (query, key) => {
    const { layer, problems } = settingsFromQuery(query);
    expect(layer).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'URL', path: key });
    expect(mergeSettings(layer)[key as keyof typeof DEFAULT_SETTINGS]).toEqual(
      DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS],
    );
  });

  it('keeps the valid keys of a layer with some invalid ones', () => {
    const { layer, problems } = validateLayer(
      { mode: 'signage', slideSeconds: 'slow', colour: 'red' },
      'kiosk.config.json',
    );
    expect(layer).toEqual({ mode: 'signage' });
    expect(problems.map((p) => p.path)).toEqual(['slideSeconds', 'colour']);
    expect(problems[1]).toEqual({ file: 'kiosk.config.json', path: 'colour', message: 'unknown setting' });
  });

  it.each([
    ['slideSecond', 'unknown setting; did you mean "slideSeconds"?'],
    ['Rotation', 'unknown setting; did you mean "rotation"?'],
    ['adminpin', 'unknown setting; did you mean "adminPin"?'],
    ['brightness', 'unknown setting'],
    ['__proto__', 'unknown setting'],
    ['constructor', 'unknown setting'],
  ])('suggests the known key for a typo: %s', (key, message) => {
    const { layer, problems } = validateLayer(JSON.parse(`{"${key}": 1}`) as Record<string, unknown>, 'f');
    expect(layer).toEqual({});
    expect(problems).toEqual([{ file: 'f', path: key, message }]);
  });

  it.each([
    ['display', 'primary', 'primary'],
    ['display', 1, 1],
    ['rotation', 90, 90],
    ['rotation', 270, 270],
    ['adminPin', '0042', '0042'],
    ['contentFolder', 'D:\\fiera\\contenuti', 'D:\\fiera\\contenuti'],
    ['autostart', true, true],
    ['nightlyReload', '04:30', '04:30'],
    ['nightlyReload', '', ''],
  ])('accepts the host key %s = %j', (key, value, expected) => {
    const { layer, problems } = validateLayer({ [key]: value }, 'kiosk.config.json');
    expect(problems).toEqual([]);
    expect(layer).toEqual({ [key]: expected });
  });

  it.each([
    ['display', 'left', 'expected "primary" or a display number from 0 to 15'],
    ['display', -1, 'expected "primary" or a display number from 0 to 15'],
    ['display', 1.5, 'expected "primary" or a display number from 0 to 15'],
    ['rotation', 45, 'expected 0, 90, 180 or 270'],
    ['rotation', '90', 'expected 0, 90, 180 or 270'],
    ['adminPin', 2468, 'expected the PIN as text in quotes, e.g. "2468"'],
    ['adminPin', '12', 'expected 4 to 8 digits, e.g. "2468"'],
    ['adminPin', '12ab', 'expected 4 to 8 digits, e.g. "2468"'],
    ['adminPin', '123456789', 'expected 4 to 8 digits, e.g. "2468"'],
    ['contentFolder', 'x'.repeat(2000), 'the path is too long'],
    ['nightlyReload', '25:00', 'expected a time as "HH:MM" (24-hour), or "" for none'],
    ['nightlyReload', '4:30', 'expected a time as "HH:MM" (24-hour), or "" for none'],
  ])('rejects the host key %s = %j with a clear message', (key, value, message) => {
    const { layer, problems } = validateLayer({ [key]: value }, 'kiosk.config.json');
    expect(layer).toEqual({});
    expect(problems).toEqual([{ file: 'kiosk.config.json', path: key, message }]);
  });

  it('reads every host key from the command line', () => {
    const { layer, problems } = settingsFromFlags([
      '--screen=1',
      '--rotation=90',
      '--admin-pin=8642',
      '--content-folder=/media/usb/contenuti',
      '--autostart=false',
      '--nightly-reload=03:15',
      '--start-slide=export',
    ]);
    expect(problems).toEqual([]);
    expect(layer).toEqual({
      display: 1,
      rotation: 90,
      adminPin: '8642',
      contentFolder: '/media/usb/contenuti',
      autostart: false,
      nightlyReload: '03:15',
      startSlide: 'export',
    });
  });

  it.each([
    ['--display=1', 'display', 'Chromium reads --display as the X11 display to open; use --screen=1'],
    ['--lang=en', 'lang', 'Chromium and Electron read --lang as their own locale; use --language=en'],
  ])('refuses %s, a Chromium switch, and names our flag instead', (flag, path, message) => {
    const { layer, problems } = settingsFromFlags([flag]);
    expect(layer).toEqual({});
    expect(problems).toEqual([{ file: 'command line', path, message }]);
  });

  it.each([
    ['abc', 'expected a number, got "abc"'],
    ['', 'expected a number, got ""'],
    ['0x10', 'expected a number, got "0x10"'],
    ['Infinity', 'expected a number, got "Infinity"'],
  ])('names the text %j given for a number alike from a flag, the URL and the file', (text, message) => {
    const problem = (file: string) => [{ file, path: 'slideSeconds', message }];
    expect(settingsFromFlags([`--slide-seconds=${text}`]).problems).toEqual(problem('command line'));
    expect(settingsFromQuery(`?slideSeconds=${encodeURIComponent(text)}`).problems).toEqual(problem('URL'));
    expect(validateLayer({ slideSeconds: text }, 'kiosk.config.json').problems).toEqual(
      problem('kiosk.config.json'),
    );
  });

  it.each([
    ['8', 8],
    ['7.5', 7.5],
    ['1e1', 10],
    [' 12 ', 12],
  ])('reads the number %j as %d alike from a flag and the URL', (text, value) => {
    expect(settingsFromFlags([`--slide-seconds=${text}`]).layer).toEqual({ slideSeconds: value });
    expect(settingsFromQuery(`?slideSeconds=${encodeURIComponent(text)}`).layer).toEqual({
      slideSeconds: value,
    });
  });

  it('takes the rotation and the PIN of a web build from the URL, but no host key', () => {
    const { layer, problems } = settingsFromQuery('?rotation=270&pin=5555&contentFolder=/etc&autostart=1');
    expect(problems).toEqual([]);
    expect(layer).toEqual({ rotation: 270, adminPin: '5555' });
  });

  it('lets later layers win', () => {
    expect(mergeSettings({ mode: 'signage', slideSeconds: 20 }, { slideSeconds: 5 })).toMatchObject({
      mode: 'signage',
      slideSeconds: 5,
    });
  });
});
