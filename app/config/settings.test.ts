import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  mergeSettings,
  settingsFromFlags,
  settingsFromQuery,
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
    });
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

  it('reads the command-line flags and ignores other arguments', () => {
    const { layer, problems } = settingsFromFlags([
      '/usr/bin/electron',
      '.',
      '--mode=presentation',
      '--lang=en',
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

  it('lets later layers win', () => {
    expect(mergeSettings({ mode: 'signage', slideSeconds: 20 }, { slideSeconds: 5 })).toMatchObject({
      mode: 'signage',
      slideSeconds: 5,
    });
  });
});
