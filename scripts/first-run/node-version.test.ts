import { describe, expect, it } from 'vitest';
import { atLeast, packagingNodeNote } from './node-version';

describe('atLeast', () => {
  it.each([
    ['v20.20.2', '22.12', false],
    ['v22.11.9', '22.12', false],
    ['v22.12.0', '22.12', true],
    ['v24.1.0', '22.12', true],
    ['20.19.0', '20.19', true],
    ['v20.18.3', '20.19', false],
  ])('%s >= %s: %s', (version, minimum, expected) => {
    expect(atLeast(version, minimum)).toBe(expected);
  });
});

describe('packagingNodeNote', () => {
  it('one line on Node 20, naming both versions', () => {
    const note = packagingNodeNote('v20.20.2');
    expect(note).toMatch(/^npm run dist: Node 20\.20\.2 is older than 22\.12/);
    expect(note).not.toContain('\n');
  });
  it.each(['v22.12.0', 'v24.0.0'])('nothing on %s', (version) => {
    expect(packagingNodeNote(version)).toBeUndefined();
  });
});
