/** The README's exhibitor table documents every config key with its real default. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SettingKey } from './settings';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const section = readme.slice(readme.indexOf('## Exhibitor setup'));

describe('the README exhibitor setup', () => {
  it('exists', () => {
    expect(section.startsWith('## Exhibitor setup')).toBe(true);
  });

  it.each(Object.keys(DEFAULT_SETTINGS) as SettingKey[])('documents %s with its default', (key) => {
    const row = new RegExp(`^\\| \`${key}\` +\\| \`([^\`]+)\` +\\|`, 'm').exec(section);
    expect(row, `no table row for ${key}`).not.toBeNull();
    expect(JSON.parse(row![1]!)).toEqual(DEFAULT_SETTINGS[key]);
  });
});
