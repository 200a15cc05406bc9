/**
 * A control for the wall-clock measures: a plain page with the show's
 * structure (.show > .stage > .frame) and a slide-sized block of text, whose
 * frames slide and fade exactly like the show's (translateX ±6 % and opacity,
 * 600 ms in and 500 ms out, ease-out), with no framework and no other work; a
 * touch toggles a bar like the explore controls. Measured with the same
 * probes, interleaved with the app's runs, it shows what this machine and
 * Chromium's software compositor give for that motion: what the app adds is
 * the difference.
 */
import type { Page } from '@playwright/test';

const ROWS = Array.from(
  { length: 8 },
  (_, i) =>
    `<tr><td>Provincia ${i + 1}</td><td>${(12.3 * (8 - i)).toFixed(1)} mld €</td><td>${(4.1 * (i + 1)).toFixed(1)} %</td></tr>`,
).join('');

const SLIDE = `
  <h1>Bergamo esporta 13 miliardi di euro, quinta in Italia</h1>
  <p class="headline"><strong>13,0 mld €</strong> <span>export manifatturiero</span></p>
  <table><thead><tr><th>Territorio</th><th>Valore</th><th>Quota</th></tr></thead><tbody>${ROWS}</tbody></table>
  <p class="source">Fonte: elaborazione su dati ISTAT</p>`;

export const REFERENCE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  html, body { margin: 0; height: 100%; overflow: hidden; background: #f6f4ef; color: #1d1d1f;
    font-family: system-ui, sans-serif; font-size: 28px; }
  .show { height: 100%; display: grid; grid-template-rows: minmax(0, 1fr) 120px; }
  .stage { position: relative; overflow: hidden; }
  .frame { position: absolute; inset: 0; padding: 48px; will-change: transform, opacity; background: #f6f4ef; }
  h1 { font-size: 60px; margin: 0 0 0.4em; }
  .headline strong { display: block; font-size: 150px; color: #0072b2; line-height: 1; }
  td, th { padding: 0.2em 0.8em 0.2em 0; text-align: left; }
  footer { border-top: 2px solid #ddd; }
  .band { height: 100%; background: #0072b2; }
</style></head>
<body><div class="show" data-slide-index="0"><div class="stage"><div class="frame">${SLIDE}</div></div><footer></footer></div>
<script>
  const show = document.querySelector('.show');
  const stage = document.querySelector('.stage');
  const ease = 'cubic-bezier(0.215, 0.61, 0.355, 1)';
  let index = 0;
  function change() {
    const old = stage.querySelector(':scope > .frame:last-child');
    const next = document.createElement('div');
    next.className = 'frame';
    next.innerHTML = old.innerHTML;
    stage.append(next);
    next.animate([{ transform: 'translateX(6%)', opacity: 0 }, { transform: 'none', opacity: 1 }], { duration: 600, easing: ease });
    old.animate([{ transform: 'none', opacity: 1 }, { transform: 'translateX(-6%)', opacity: 0 }], { duration: 500, easing: ease, fill: 'forwards' })
      .finished.then(() => old.remove());
    index += 1;
    show.setAttribute('data-slide-index', String(index));
  }
  window.__reference = { start: (ms) => setInterval(change, ms) };
  window.addEventListener('pointerdown', () => {
    const band = document.querySelector('[data-testid="explore-band"]');
    if (band) band.remove();
    else document.querySelector('footer').innerHTML = '<nav class="band" data-testid="explore-band"></nav>';
  });
</script></body></html>`;

/** Opens the reference page in `page` (whose context has the probes installed). */
export async function openReference(page: Page): Promise<void> {
  // A new document first, so nothing of the previous page (its timers, its listeners) lives on.
  await page.goto('about:blank');
  await page.setContent(REFERENCE_HTML);
}

/** Starts the reference's slide changes every `ms`. */
export async function startReferenceLoop(page: Page, ms: number): Promise<void> {
  await page.evaluate(
    (period) => (window as unknown as { __reference: { start(ms: number): void } }).__reference.start(period),
    ms,
  );
}
