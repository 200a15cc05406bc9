/**
 * Every slide, in both languages, on each of the four screens the kiosk must
 * serve: no text and no mark leaves the screen or is clipped, labels do not
 * overlap, and type is at least 24 px on 1080p screens.
 */
import { expect, test } from './fixtures';
import { LANGS, SLIDES, VIEWPORTS, walkSlides } from './charts-support';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface TextBox extends Box {
  text: string;
  node: number;
  fontSize: number;
}
interface Measured {
  viewport: { width: number; height: number };
  section: Box & { scrollWidth: number; scrollHeight: number; clientWidth: number; clientHeight: number };
  texts: TextBox[];
  marks: (Box & { id: string })[];
  clipped: string[];
}

test.use({ reducedMotion: 'reduce' });

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const lang of LANGS) {
      test(`every slide (${lang}) fits: nothing off screen, clipped or overlapping`, async ({ page }) => {
        const found: string[] = [];
        let visited = 0;
        await walkSlides(page, lang, async (region, slide) => {
          const measured: Measured = await region.evaluate((section) => {
            const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
            const texts: TextBox[] = [];
            const clipped: string[] = [];
            const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
            let index = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent?.trim() ?? '';
              const element = node.parentElement;
              if (!text || !element) continue;
              const style = getComputedStyle(element);
              if (style.visibility === 'hidden' || style.display === 'none') continue;
              // Read by screen readers, not shown (global.css): no box to fit.
              if (element.closest('.visually-hidden')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
              index += 1;
              for (const r of rects) {
                texts.push({
                  ...box(r),
                  text: text.slice(0, 50),
                  node: index,
                  fontSize: parseFloat(style.fontSize),
                });
                // Clipped: outside an ancestor (up to the slide) that hides its overflow.
                for (let a: Element | null = element; a && a !== section.parentElement; a = a.parentElement) {
                  const s = getComputedStyle(a);
                  if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
                  const c = a.getBoundingClientRect();
                  if (
                    r.left < c.left - 1 ||
                    r.right > c.right + 1 ||
                    r.top < c.top - 1 ||
                    r.bottom > c.bottom + 1
                  ) {
                    clipped.push(
                      `"${text.slice(0, 40)}" by <${a.tagName.toLowerCase()} class="${a.className}">`,
                    );
                    break;
                  }
                }
              }
            }
            const marks = [...section.querySelectorAll('[data-mark], [data-unit]')].map((el) => ({
              ...box(el.getBoundingClientRect()),
              id: el.getAttribute('data-mark') ?? el.getAttribute('data-unit') ?? '',
            }));
            const s = section.getBoundingClientRect();
            return {
              viewport: { width: window.innerWidth, height: window.innerHeight },
              section: {
                ...box(s),
                scrollWidth: section.scrollWidth,
                scrollHeight: section.scrollHeight,
                clientWidth: section.clientWidth,
                clientHeight: section.clientHeight,
              },
              texts,
              marks,
              clipped,
            };
          });

          const { viewport: screen, section, texts, marks, clipped } = measured;
          const outside = (b: Box, c: Box) =>
            b.x < c.x - 1 ||
            b.y < c.y - 1 ||
            b.x + b.width > c.x + c.width + 1 ||
            b.y + b.height > c.y + c.height + 1;
          const screenBox = { x: 0, y: 0, ...screen };

          const fail = (problem: string, items: string[]) => {
            if (items.length > 0) found.push(`${slide.id} (${lang}): ${problem}: ${items.join('; ')}`);
          };
          if (texts.length <= 5) fail('the slide shows text', [`only ${texts.length} text boxes`]);
          fail(
            'text outside the screen or the slide',
            texts.filter((t) => outside(t, screenBox) || outside(t, section)).map((t) => t.text),
          );
          fail(
            'marks outside the screen or the slide',
            marks.filter((m) => outside(m, screenBox) || outside(m, section)).map((m) => m.id),
          );
          fail('text clipped by its container', clipped);
          if (
            section.scrollHeight > section.clientHeight + 1 ||
            section.scrollWidth > section.clientWidth + 1
          )
            fail('the slide scrolls', [
              `${section.scrollWidth}×${section.scrollHeight} in ${section.clientWidth}×${section.clientHeight}`,
            ]);

          // Labels overlap when they share more than a sliver: a quarter of the smaller line's height.
          const overlaps: string[] = [];
          for (const [i, a] of texts.entries()) {
            for (const b of texts.slice(i + 1)) {
              if (a.node === b.node) continue;
              const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
              const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
              if (w > 2 && h > Math.min(a.height, b.height) * 0.25)
                overlaps.push(`"${a.text}" × "${b.text}"`);
            }
          }
          fail('overlapping labels', overlaps);

          if (Math.min(screen.width, screen.height) >= 1080) {
            fail(
              'type under 24 px on a 1080p screen',
              texts.filter((t) => t.fontSize < 24 - 0.01).map((t) => `${t.text} (${t.fontSize}px)`),
            );
          }
          visited += 1;
        });
        // Every problem on every slide at once, each naming its slide, so one run shows all there is to fix.
        expect(visited).toBe(SLIDES.length);
        expect(found).toEqual([]);
      });
    }
  });
}
