/**
 * Fuzzing the content loader: thousands of damaged content folders (truncated
 * JSON, wrong types, huge values, unknown keys, missing translations, missing
 * files). None may throw; each is either accepted whole or rejected with
 * problems naming one of its files; a rejected folder always falls back to
 * the bundled content with the reasons. Seeded, so every run is the same.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES, parseContent, type FileRead } from '../content/bundle';
import { mutateJson, mutateText, pick, seededRandom } from '../testing/fuzz';
import { chooseContent } from './content-choice';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const FILES = [CONTENT_FILES.report, CONTENT_FILES.messages.it, CONTENT_FILES.messages.en];
const original: Record<string, string> = Object.fromEntries(
  FILES.map((file) => [file, readFileSync(`${dataDir}${file}`, 'utf8')]),
);
const parsedOriginal: Record<string, unknown> = Object.fromEntries(
  FILES.map((file) => [file, JSON.parse(original[file]!) as unknown]),
);
const bundled = parseContent((file) => ({ text: original[file]! }), 'data/');
if (!bundled.ok) throw new Error('the bundled data must validate');

const LABEL = '/media/usb/contenuti/';
const CASES = 1000;

describe('fuzzing the content loader', () => {
  it(`survives ${CASES} damaged content folders`, () => {
    const random = seededRandom(4242);
    let rejected = 0;
    for (let i = 0; i < CASES; i++) {
      const target = pick(random, FILES);
      const files: Record<string, string | null> = { ...original };
      const kind = random();
      if (kind < 0.5) files[target] = JSON.stringify(mutateJson(parsedOriginal[target], random));
      else if (kind < 0.95) files[target] = mutateText(original[target]!, random);
      else files[target] = null;
      const read = (file: string): FileRead => {
        const text = files[file];
        return typeof text === 'string' ? { text } : { problem: 'file not found' };
      };

      let payload;
      try {
        payload = chooseContent(bundled.value, { label: LABEL, parsed: parseContent(read, LABEL) });
      } catch (error) {
        throw new Error(`case ${i} (${target}) threw: ${String(error)}`, { cause: error });
      }
      if (payload.origin === 'bundled') {
        rejected++;
        expect(payload.bundle, `case ${i}`).toBe(bundled.value);
        expect(payload.problems[0]!.message, `case ${i}`).toContain('the bundled content is shown instead');
        expect(payload.problems.length, `case ${i}`).toBeGreaterThan(1);
        for (const problem of payload.problems.slice(1)) {
          expect(
            FILES.map((f) => `${LABEL}${f}`),
            `case ${i}`,
          ).toContain(problem.file);
          expect(problem.message.trim(), `case ${i}`).not.toBe('');
        }
      } else {
        expect(payload.problems).toEqual([]);
      }
    }
    // Almost every mutation breaks something that must be reported.
    expect(rejected).toBeGreaterThan(CASES * 0.8);
  });
});
