/**
 * The intervals between the frames the page draws over the next `ms`
 * milliseconds, and at least `least` of them, from requestAnimationFrame's
 * timestamps. Only while something moves: a still slide asks for no frames
 * (DESIGN.md), and a slow one for a frame or two more at most.
 */
export function frameIntervals(ms: number, least = 0): Promise<number[]> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let first: number | undefined;
    let last: number | undefined;
    const frame = (time: number) => {
      if (last !== undefined) intervals.push(time - last);
      last = time;
      first ??= time;
      if (time - first < ms || intervals.length < least) requestAnimationFrame(frame);
      else resolve(intervals);
    };
    requestAnimationFrame(frame);
  });
}
