/**
 * The web build loads from a server and from disk, with its font and nothing
 * from elsewhere. (Every slide's texts, figures and source, in both languages:
 * charts.spec.ts.)
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import report from '../data/report.json' with { type: 'json' };

const slides = [...report.slides].sort((a, b) => a.order - b.order);

const webBuild = fileURLToPath(new URL('../dist/web/index.html', import.meta.url));

for (const [where, url] of [
  ['a server', './'],
  ['disk (file://)', pathToFileURL(webBuild).href],
] as const) {
  test(`the web build loads from ${where} with its font and no foreign request`, async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(slides[0]!.title.it);
    expect(await page.evaluate(() => document.fonts.check('700 32px "Inter Variable"'))).toBe(true);
    const origin = url === './' ? new URL(baseURL!).origin : 'file://';
    expect(requests.filter((r) => !r.startsWith(origin))).toEqual([]);
  });
}
