import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstLayout } from './first-layout';

/** A ResizeObserver whose deliveries the test makes; it records what is observed. */
class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  readonly observed = new Set<Element>();
  constructor(readonly deliver: () => void) {
    FakeResizeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  disconnect() {
    this.observed.clear();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first layout of an element', () => {
  it('is told once, at the first delivery, and the element is no longer observed', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const onLaidOut = vi.fn();
    const element = {} as Element;
    firstLayout(onLaidOut)(element);
    const observer = FakeResizeObserver.last!;
    // Mounted: nothing is laid out until a frame delivers the element's size.
    expect(onLaidOut).not.toHaveBeenCalled();
    expect([...observer.observed]).toEqual([element]);
    observer.deliver();
    expect(onLaidOut).toHaveBeenCalledOnce();
    expect(observer.observed.size).toBe(0);
  });

  it('stops observing when the element goes before any frame', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const stop = firstLayout(() => {})({} as Element);
    expect(typeof stop).toBe('function');
    (stop as () => void)();
    expect(FakeResizeObserver.last!.observed.size).toBe(0);
  });
});
