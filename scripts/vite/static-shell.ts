/**
 * The first screen, painted from HTML and CSS before the script has even been
 * parsed: the show's paper, its bottom band and the bilingual call to action,
 * where the show will put them (renderer/styles/global.css, `.boot`). The app
 * mounts next to it and the stylesheet hides it as soon as the app has drawn
 * anything, in the same frame, so nothing moves when the app takes over.
 * Colours and words come from the same sources as the app's (the theme tokens
 * and the locale files), written into index.html at build time.
 */
import type { Plugin } from 'vite';
import { colorVariables } from '../../app/theme/tokens';
import en from '../../data/locales/en.json' with { type: 'json' };
import it from '../../data/locales/it.json' with { type: 'json' };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The markup of the first screen (inside #app). */
export function shellMarkup(): string {
  return [
    '<div class="boot" aria-hidden="true">',
    '<div class="boot-band"><p class="boot-cta cta">',
    '<span class="cta-hand"></span>',
    `<span lang="it">${escape(it.show.cta)}</span>`,
    '<span class="cta-sep">·</span>',
    `<span lang="en">${escape(en.show.cta)}</span>`,
    '</p></div></div>',
  ].join('');
}

/** The colours as CSS variables on :root, so the first paint has them before main.ts sets them. */
export function shellColours(): string {
  const declarations = Object.entries(colorVariables())
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return `<style>:root{${declarations}}</style>`;
}

export function staticShell(): Plugin {
  return {
    name: 'kiosk:static-shell',
    transformIndexHtml(html) {
      if (!html.includes('<div id="app"></div>')) {
        throw new Error('index.html: no empty <div id="app"></div> to put the first screen in');
      }
      return html
        .replace('<div id="app"></div>', `<div id="app">${shellMarkup()}</div>`)
        .replace('</title>', `</title>\n    ${shellColours()}`);
    },
  };
}
