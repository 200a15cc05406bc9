/**
 * The reviewed list of corrections (data/corrections.json) and the data stay
 * in step. Fields that carry the report's own words (the introduction, each
 * infographic's text, title and caption) must read as the report does, except
 * where a listed correction says otherwise; every listed correction must be in
 * its field and must quote words the report really has.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LOCALES, type Locale } from '../app/report/schema';
import { placedTexts, type PlacedText } from '../app/report/texts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const sourceText = readFileSync(here('./source/report.txt'), 'utf8');
const rawReport: unknown = JSON.parse(readFileSync(here('./report.json'), 'utf8'));

const CorrectionSchema = z.strictObject({
  slide: z.string().min(1),
  /** The text's place in the slide (or in "intro"), as in "body[0]" or "charts[1].title". */
  field: z.string().min(1),
  locale: z.enum(LOCALES),
  /** The report's words, as printed (line breaks and spacing aside). */
  report: z.string().min(1),
  /** Our words, as they appear in the field. */
  ours: z.string().min(1),
  why: z.string().min(10),
});
type Correction = z.infer<typeof CorrectionSchema>;
const corrections: Correction[] = z
  .array(CorrectionSchema)
  .parse(JSON.parse(readFileSync(here('./corrections.json'), 'utf8')));

/**
 * The report text as PDF extraction leaves it: line breaks, doubled spaces and
 * spaced-out letters ("L A"), hyphens for dashes, straight or curly quotes.
 * Comparing without any whitespace and with one dash and one apostrophe makes
 * those differences vanish while every word and number still counts.
 */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’']/g, "'")
    .replace(/[“”«»"]/g, '"')
    .replace(/[–—-]/g, '-')
    .replace(/\s+/g, '');
}
const report = normalize(sourceText);
const reportFolded = report.toLocaleLowerCase('it');

/** Fields that carry the report's own words (intro slides' titles and captions are ours). */
function isReportWording(text: PlacedText, infographics: ReadonlySet<string>): boolean {
  if (text.slide === 'intro') return /^paragraphs\[\d+\]$/.test(text.field);
  if (!infographics.has(text.slide)) return false;
  return /^body\[\d+\]$/.test(text.field) || text.field === 'title' || text.field === 'caption';
}

/** A field's text with the listed corrections undone: what the report printed. */
function undo(text: string, listed: readonly Correction[]): string {
  return listed.reduce((current, c) => current.split(c.ours).join(c.report), text);
}

/** Whether the report prints `text` (titles are printed in capitals, so they compare case-folded). */
function reportPrints(text: string, folded: boolean): boolean {
  const wanted = normalize(text);
  return folded ? reportFolded.includes(wanted.toLocaleLowerCase('it')) : report.includes(wanted);
}

const texts = placedTexts(rawReport);
const slides = (rawReport as { slides: { id: string; section: string }[] }).slides;
const infographics = new Set(slides.filter((s) => s.section === 'infographic').map((s) => s.id));
const fieldText = (c: Pick<Correction, 'slide' | 'field' | 'locale'>) =>
  texts.find((t) => t.slide === c.slide && t.field === c.field)?.[c.locale];
const listedFor = (t: PlacedText, locale: Locale) =>
  corrections.filter((c) => c.slide === t.slide && c.field === t.field && c.locale === locale);

describe('data/corrections.json', () => {
  it('lists the corrections, the most recent review included', () => {
    expect(corrections.length).toBeGreaterThan(30);
  });

  it.each(corrections.map((c) => [`${c.slide} ${c.field}.${c.locale}: “${c.ours}”`, c] as const))(
    '%s is in its field, quotes the report and replaces its words',
    (_name, c) => {
      const field = fieldText(c);
      expect(field, `no text at ${c.slide} ${c.field}`).toBeTypeOf('string');
      expect(field).toContain(c.ours);
      expect(reportPrints(c.report, true), `the report does not print “${c.report}”`).toBe(true);
      if (!c.ours.includes(c.report)) expect(field).not.toContain(c.report);
    },
  );

  it('has each correction once', () => {
    const keys = corrections.map((c) => `${c.slide}|${c.field}|${c.locale}|${c.ours}`);
    expect(keys.length - new Set(keys).size).toBe(0);
  });
});

describe('fields that carry the report’s own words', () => {
  const wording = texts.filter((t) => isReportWording(t, infographics));

  it('cover the introduction and every infographic', () => {
    expect(wording.filter((t) => t.slide === 'intro')).toHaveLength(6);
    expect(new Set(wording.map((t) => t.slide)).size).toBe(infographics.size + 1);
  });

  it.each(wording.flatMap((t) => LOCALES.map((locale) => [`${t.path}.${locale}`, t, locale] as const)))(
    '%s reads as the report does, but for the listed corrections',
    (_name, t, locale) => {
      const restored = undo(t[locale], listedFor(t, locale));
      expect(
        reportPrints(restored, t.field === 'title'),
        `not in the report and not listed in data/corrections.json:\n${restored}`,
      ).toBe(true);
    },
  );
});
