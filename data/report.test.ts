/**
 * Data honesty: every number in the bundled report data, stored as a value or
 * written in a text, must occur in the report's own text (data/source/report.txt),
 * in Italian or English formatting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../app/content/bundle';
import { numberSpellings, occursInText, numbersInText } from '../app/testing/numbers';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const sourceText = readFileSync(here('./source/report.txt'), 'utf8');
const rawReport: unknown = JSON.parse(readFileSync(here('./report.json'), 'utf8'));

/** Keys whose numbers are the show's own structure, not the report's figures. */
const STRUCTURAL_KEYS = new Set([
  'schemaVersion',
  'order',
  'seconds',
  'id',
  'countryId',
  'placeId',
  'between',
]);

function collect(
  node: unknown,
  path: string,
  out: { path: string; value: number }[],
  texts: { path: string; text: string }[],
) {
  if (typeof node === 'number') out.push({ path, value: node });
  else if (typeof node === 'string') texts.push({ path, text: node });
  else if (Array.isArray(node)) node.forEach((child, i) => collect(child, `${path}[${i}]`, out, texts));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (!STRUCTURAL_KEYS.has(key)) collect(child, path ? `${path}.${key}` : key, out, texts);
    }
  }
}

const values: { path: string; value: number }[] = [];
const texts: { path: string; text: string }[] = [];
collect(rawReport, '', values, texts);

describe('the bundled report data', () => {
  it('validates against the schema', () => {
    const parsed = parseContent((file) => ({ text: readFileSync(here(`./${file}`), 'utf8') }), 'data/');
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('stores a few hundred figures and texts to check', () => {
    expect(values.length).toBeGreaterThan(150);
    expect(texts.length).toBeGreaterThan(300);
  });

  it.each(values.map((v) => [v.path, v.value] as const))(
    '%s = %s occurs in the report text',
    (_path, value) => {
      expect(
        occursInText(value, sourceText),
        `none of ${numberSpellings(value).join(' | ')} in report.txt`,
      ).toBe(true);
    },
  );

  it('has no number in any text that the report does not state', () => {
    const strays = texts.flatMap(({ path, text }) =>
      numbersInText(text)
        .filter((n) => !occursInText(n, sourceText))
        .map((n) => `${path}: ${n}`),
    );
    expect(strays).toEqual([]);
  });
});

describe('the project copy of the report text', () => {
  const seed = fileURLToPath(new URL('../../shared/seed/000_8a44dca2c98fe294.txt', import.meta.url));
  it.runIf(existsSync(seed))('is identical to the shared seed, where that exists', () => {
    expect(sourceText).toBe(readFileSync(seed, 'utf8'));
  });

  it('holds both languages of every infographic', () => {
    for (const marker of ['FONTE / SOURCE', 'BERGAMO È LA', 'BERGAMO IS THE', 'GREENITALY 2014']) {
      expect(sourceText).toContain(marker);
    }
  });
});
