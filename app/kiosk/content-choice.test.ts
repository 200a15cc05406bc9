import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseContent, type ContentBundle, type Messages } from '../content/bundle';
import { describeProblem } from '../content/problems';
import { DEFAULT_SETTINGS } from '../config/settings';
import { checkAgainstBundled, chooseContent, unknownSlides } from './content-choice';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const parsed = parseContent((file) => ({ text: readFileSync(`${dataDir}${file}`, 'utf8') }), 'data/');
if (!parsed.ok) throw new Error('the bundled data must validate');
const bundled = parsed.value;

function withoutKey(messages: Messages, group: string): Messages {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => key !== group));
}

describe('chooseContent', () => {
  it('shows the bundled content when no folder is configured', () => {
    expect(chooseContent(bundled, undefined)).toEqual({ bundle: bundled, origin: 'bundled', problems: [] });
  });

  it('shows a folder that validates completely', () => {
    const folderBundle: ContentBundle = structuredClone(bundled);
    const payload = chooseContent(bundled, {
      label: '/media/usb/c/',
      parsed: { ok: true, value: folderBundle },
    });
    expect(payload.origin).toBe('folder');
    expect(payload.bundle).toBe(folderBundle);
  });

  it('falls back to the bundled content and says why', () => {
    const payload = chooseContent(bundled, {
      label: '/media/usb/c/',
      parsed: {
        ok: false,
        problems: [{ file: '/media/usb/c/report.json', path: '', message: 'file not found' }],
      },
    });
    expect(payload.origin).toBe('bundled');
    expect(payload.bundle).toBe(bundled);
    expect(payload.problems.map(describeProblem)).toEqual([
      '/media/usb/c/: the content folder did not validate (1 problem below): the bundled content is shown instead',
      '/media/usb/c/report.json: file not found',
    ]);
  });

  it('refuses a folder whose locales lack a UI string of the app', () => {
    const first = Object.keys(bundled.messages.en)[0]!;
    const folderBundle: ContentBundle = {
      ...bundled,
      messages: { it: withoutKey(bundled.messages.it, first), en: withoutKey(bundled.messages.en, first) },
    };
    const checked = checkAgainstBundled({ ok: true, value: folderBundle }, bundled, 'c/');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problems).toContainEqual({
        file: 'c/locales/it.json',
        path: first,
        message: 'missing translation',
      });
      expect(checked.problems).toContainEqual({
        file: 'c/locales/en.json',
        path: first,
        message: 'missing translation',
      });
    }
  });
});

describe('unknownSlides', () => {
  it('names each slide id the content lacks', () => {
    const known = bundled.report.slides[0]!.id;
    const problems = unknownSlides(
      { ...DEFAULT_SETTINGS, slides: [known, 'nope'], startSlide: 'gone' },
      bundled,
      'k.json',
    );
    expect(problems.map(describeProblem)).toEqual([
      'k.json: slides[1]: no slide "nope" in the content; it is skipped',
      'k.json: startSlide: no slide "gone" in the content; the show starts at the first slide',
    ]);
  });
});
