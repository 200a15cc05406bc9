/**
 * The PDF handout, printed from the web build by Chromium exactly as
 * `npm run pdf` prints it, then read back with pdfjs: one landscape A4 page
 * per slide, each with its slide's title, headline figure (in the language's
 * number format), source and report text, with every font embedded.
 */
import { expect, test } from './fixtures';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import report from '../data/report.json' with { type: 'json' };
import { formatFigure } from '../app/locale/format';
import { handoutPages } from '../app/report/handout';
import { LOCALES, ReportSchema, type Locale } from '../app/report/schema';
import { printHandout } from '../scripts/pdf/handout';

const pages = handoutPages(ReportSchema.parse(report));
/**
 * PDF text comes in pieces and lines: compare without any whitespace. Inter draws ’ (U+2019) and
 * ʼ (U+02BC) with one glyph, which the PDF maps back to a single code point: compare them as one.
 */
const squeeze = (text: string) => text.replace(/\s+/g, '').replaceAll('\u02bc', '\u2019');
const other = (locale: Locale): Locale => (locale === 'it' ? 'en' : 'it');
/** A4 landscape in PDF points (1/72 inch): 297 × 210 mm. */
const A4 = { width: 841.89, height: 595.28 };

async function pageTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  return texts;
}

for (const locale of LOCALES) {
  test(`the ${locale} handout: one A4 landscape page per slide, with its title, figure, source and text`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const data = await printHandout(page, `./?handout=${locale}`);
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), disableFontFace: true, verbosity: 0 })
      .promise;
    expect(pdf.numPages).toBe(pages.length);

    const texts = await pageTexts(pdf);
    for (const [i, { slide, paragraphs }] of pages.entries()) {
      const text = texts[i]!;
      const where = `page ${i + 1} (${slide.id})`;
      expect(text, where).toContain(squeeze(slide.title[locale]));
      const figure = formatFigure(slide.headline, locale);
      expect(text, where).toContain(squeeze(figure));
      const foreign = formatFigure(slide.headline, other(locale));
      if (squeeze(foreign) !== squeeze(figure)) expect(text, where).not.toContain(squeeze(foreign));
      expect(text, where).toContain(squeeze(slide.source[locale]));
      // The report's text printed in full: its last words are on the page.
      const last = paragraphs.at(-1)?.[locale];
      if (last) expect(text, where).toContain(squeeze(last.slice(-80)));
      expect(text, where).toContain(
        squeeze(`${i + 1}`) + squeeze(locale === 'it' ? 'di' : 'of') + pages.length,
      );
    }

    for (let n = 1; n <= pdf.numPages; n++) {
      const pdfPage = await pdf.getPage(n);
      const [, , width, height] = pdfPage.view;
      expect(width).toBeCloseTo(A4.width, 0);
      expect(height).toBeCloseTo(A4.height, 0);
      // Every font the page draws with is embedded (a font file or Type 3 glyph procedures), Inter first of all.
      const operators = await pdfPage.getOperatorList();
      const names = new Set<string>();
      operators.fnArray.forEach((fn, k) => {
        if (fn !== pdfjs.OPS.setFont) return;
        const font = pdfPage.commonObjs.get(String((operators.argsArray[k] as unknown[])[0])) as {
          name: string;
          missingFile: boolean;
        };
        expect(font.missingFile, `${font.name} on page ${n}`).toBe(false);
        names.add(font.name);
      });
      expect(
        [...names].some((name) => name.includes('Inter')),
        `Inter on page ${n}`,
      ).toBe(true);
    }
    await pdf.destroy();
  });
}
