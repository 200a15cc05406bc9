/**
 * Resolves in a task of its own once the browser has drawn its next frame: after a
 * requestAnimationFrame callback, a zero timeout runs once that frame's rendering is done. Work
 * done out of sight in steps (the slide built ahead, its text fitted) waits on it between steps,
 * so each step is a task and a frame is drawn between two. Steps chained with
 * `scheduler.yield()` ran back to back with no frame between them, since Chromium puts yielded
 * continuations before rendering: with the CPU throttled 4×, a slide's steps made one frame of
 * 160–220 ms (BENCHMARKS.md, "Whole loop"). Where no frame is drawn (a hidden page, or a test
 * without requestAnimationFrame) it is only a new task.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const task = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(task);
    else task();
  });
}
