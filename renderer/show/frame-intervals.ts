/**
 * The intervals between the frames the page draws over the next `ms`
 * milliseconds, from requestAnimationFrame's timestamps. Only while something
 * moves: a still slide asks for no frames (DESIGN.md).
 */
export function frameIntervals(ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let first: number | undefined;
    let last: number | undefined;
    const frame = (time: number) => {
      if (last !== undefined) intervals.push(time - last);
      last = time;
      first ??= time;
      if (time - first < ms) requestAnimationFrame(frame);
      else resolve(intervals);
    };
    requestAnimationFrame(frame);
  });
}
