/**
 * Tells once the browser has laid an element out in a frame: at its first
 * ResizeObserver delivery, which comes before that frame is painted.
 *
 * Why not the size `bind:clientWidth` gives: that is also read when the
 * element mounts, in the task that made it, before the slide's own size has
 * set the type scale its boxes depend on. A chart inside reads a width its
 * slide's first update then changes, and keeps it until the next delivery:
 * a slide that said it was laid out then had chart labels out of its box,
 * 11–15 px at 200 % zoom, until the next frame (e2e/layout-ready.spec.ts).
 * The first delivery gives every box of the frame its final size at once.
 */
import type { Attachment } from 'svelte/attachments';

/** An attachment that calls `onLaidOut` once, at the element's first layout in a frame. */
export function firstLayout(onLaidOut: () => void): Attachment<Element> {
  return (element) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      onLaidOut();
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
