/**
 * Node's timers in the shape main's modules take (a handle of unknown type),
 * so the one cast from that handle back to Node's lives here. Each call reads
 * the global timer when it runs, so tests' fake timers apply.
 */

/** setTimeout/clearTimeout/setInterval/clearInterval with opaque handles. */
export const nodeTimers = {
  setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clearTimeout: (handle: unknown): void => clearTimeout(handle as NodeJS.Timeout),
  setInterval: (callback: () => void, ms: number): unknown => setInterval(callback, ms),
  clearInterval: (handle: unknown): void => clearInterval(handle as NodeJS.Timeout),
};
