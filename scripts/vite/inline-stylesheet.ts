/**
 * Writes the stylesheet into index.html instead of linking it. The first
 * screen's text is invisible until Inter has loaded (font-display: block), and
 * a browser asks for a font only once it has laid out text that uses it: with
 * a linked stylesheet that is after one more request and its parse; inline,
 * the font is requested as soon as the page is parsed. (A font preload would
 * do the same over http, but a page opened from disk logs a CORS error for
 * it.) The CSP already allows inline styles; the fonts stay files.
 */
import type { Plugin } from 'vite';

/** A stylesheet of the bundle, by its file name (e.g. `assets/style-x.css`). */
export type Stylesheets = Readonly<Record<string, string>>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `css` with its relative `url(./x)` references made relative to the page
 * instead of to the stylesheet's folder (`url(./assets/x)`).
 */
export function rebaseUrls(css: string, folder: string): string {
  if (folder === '') return css;
  return css.replace(/url\((['"]?)\.\/(?!\/)/g, `url($1./${folder}/`);
}

/**
 * `html` with each `<link rel="stylesheet" href="./<file>">` of `sheets`
 * replaced by a `<style>` holding it; the files it replaced.
 */
export function inlineStylesheets(html: string, sheets: Stylesheets): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  let out = html;
  for (const [file, css] of Object.entries(sheets)) {
    const link = new RegExp(`<link rel="stylesheet"[^>]*href="\\./${escapeRegExp(file)}"[^>]*>`);
    if (!link.test(out)) continue;
    if (/<\/style/i.test(css))
      throw new Error(`${file}: the stylesheet contains "</style", cannot inline it`);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    // A function replacement: `$` in the CSS must stay as it is.
    out = out.replace(link, () => `<style>${rebaseUrls(css, folder)}</style>`);
    inlined.push(file);
  }
  return { html: out, inlined };
}

export function inlineStylesheet(): Plugin {
  return {
    name: 'kiosk:inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') this.error('inline-stylesheet: no index.html in the bundle');
      const sheets: Record<string, string> = {};
      for (const [file, asset] of Object.entries(bundle)) {
        if (asset.type === 'asset' && file.endsWith('.css')) sheets[file] = String(asset.source);
      }
      const { html, inlined } = inlineStylesheets(String(page.source), sheets);
      if (inlined.length === 0) this.error('inline-stylesheet: index.html links no stylesheet of the bundle');
      page.source = html;
      // The bundle is rolldown's own record of the output files: removing an entry drops the file.
      for (const file of inlined) Reflect.deleteProperty(bundle, file);
    },
  };
}
