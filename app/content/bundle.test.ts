import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES, describeProblems, parseContent, type FileRead } from './bundle';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const bundled: Record<string, string> = {
  [CONTENT_FILES.report]: readFileSync(`${dataDir}${CONTENT_FILES.report}`, 'utf8'),
  [CONTENT_FILES.messages.it]: readFileSync(`${dataDir}${CONTENT_FILES.messages.it}`, 'utf8'),
  [CONTENT_FILES.messages.en]: readFileSync(`${dataDir}${CONTENT_FILES.messages.en}`, 'utf8'),
};

type Json = Record<string, unknown>;
const report = (): Json => JSON.parse(bundled[CONTENT_FILES.report]!) as Json;
const slides = (doc: Json) => doc.slides as Json[];

/** Parses the bundled files with some of them replaced (or removed with `null`). */
function parseWith(overrides: Record<string, string | null>) {
  const files = { ...bundled, ...overrides };
  const read = (file: string): FileRead => {
    const text = files[file];
    return typeof text === 'string' ? { text } : { problem: 'file not found' };
  };
  return parseContent(read, 'content/');
}

function problemLines(overrides: Record<string, string | null>): string {
  const parsed = parseWith(overrides);
  if (parsed.ok) throw new Error('expected the content to be rejected');
  return describeProblems(parsed.problems);
}

const withReport = (edit: (doc: Json) => void) => {
  const doc = report();
  edit(doc);
  return { [CONTENT_FILES.report]: JSON.stringify(doc, null, 2) };
};

describe('parseContent', () => {
  it('accepts the bundled data', () => {
    const parsed = parseWith({});
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['a missing file', { [CONTENT_FILES.report]: null }, 'content/report.json: file not found'],
    [
      'malformed JSON, with line and column',
      { [CONTENT_FILES.report]: '{\n  "schemaVersion": 1,\n  "slides": [\n' },
      'content/report.json: malformed JSON',
    ],
    [
      'a wrong type',
      withReport((doc) => {
        (slides(doc)[4]!.headline as Json).value = '9,7';
      }),
      'content/report.json: slides[4].headline.value: Invalid input: expected number, received string',
    ],
    [
      'a missing translation',
      withReport((doc) => {
        delete (slides(doc)[6]!.title as Json).en;
      }),
      'content/report.json: slides[6].title.en: missing English translation',
    ],
    [
      'an empty translation',
      withReport((doc) => {
        (slides(doc)[0]!.title as Json).it = '  ';
      }),
      'content/report.json: slides[0].title.it: empty Italian translation',
    ],
    [
      'an unknown chart kind',
      withReport((doc) => {
        ((slides(doc)[6]!.charts as Json[])[0] as Json).kind = 'pie';
      }),
      'content/report.json: slides[6].charts[0].kind: unknown kind',
    ],
    [
      'an unknown key',
      withReport((doc) => {
        slides(doc)[2]!.subtitle = { it: 'x', en: 'x' };
      }),
      'content/report.json: slides[2]: unknown key "subtitle"',
    ],
    [
      'a duplicate slide id',
      withReport((doc) => {
        slides(doc)[3]!.id = slides(doc)[2]!.id;
      }),
      'content/report.json: slides[3].id: duplicate slide id "intro-export-share" (also slides[2])',
    ],
    [
      'a UI string missing from one locale',
      {
        [CONTENT_FILES.messages.en]: JSON.stringify({
          ...(JSON.parse(bundled[CONTENT_FILES.messages.en]!) as Json),
          slide: {},
        }),
      },
      'content/locales/en.json: slide.source: missing translation',
    ],
  ])('rejects %s, naming the file, the place and the problem', (_case, overrides, expected) => {
    expect(problemLines(overrides)).toContain(expected);
  });

  it('gives the line and column of a JSON syntax error', () => {
    expect(problemLines({ [CONTENT_FILES.messages.it]: '{\n  "app": {\n    "title": "x",,\n' })).toMatch(
      /content\/locales\/it\.json: malformed JSON: .*\(line 3, column \d+\)/,
    );
  });

  it('reports every broken file at once', () => {
    const lines = problemLines({ [CONTENT_FILES.report]: null, [CONTENT_FILES.messages.it]: 'nope' }).split(
      '\n',
    );
    expect(lines.some((l) => l.startsWith('content/report.json'))).toBe(true);
    expect(lines.some((l) => l.startsWith('content/locales/it.json'))).toBe(true);
  });
});
