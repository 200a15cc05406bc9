/**
 * Marks the page `data-painted` once its first contentful paint is on
 * screen, for what must not be there before it (global.css: the root's
 * overscroll-behavior, which holds Chromium's first paint back).
 */
export function markFirstPaint(root: HTMLElement = document.documentElement): void {
  const mark = () => root.setAttribute('data-painted', '');
  if (typeof PerformanceObserver === 'undefined') return mark();
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    mark();
  });
  // Buffered: a paint that came before the script is reported at once.
  observer.observe({ type: 'paint', buffered: true });
}
