/**
 * Guards the preload puts on the page, for what main cannot see: a file
 * dropped on the window (it would otherwise be offered to the page), Ctrl +
 * wheel and pinch (zoom), and the long-press/right-click menu. They run in the
 * preload's isolated world but act on the page's own events. Kept beside the
 * IPC table because the preload imports app/ipc only (lint), and typed
 * structurally: no DOM here.
 */

export interface EventTargetLike {
  addEventListener(
    type: string,
    listener: (event: { preventDefault(): void; ctrlKey?: boolean }) => void,
    options?: { capture?: boolean; passive?: boolean },
  ): void;
}

/** Installs the guards; returns the event types guarded. */
export function guardPage(target: EventTargetLike): string[] {
  const prevent = (event: { preventDefault(): void }) => event.preventDefault();
  const options = { capture: true, passive: false };
  target.addEventListener('dragover', prevent, options);
  target.addEventListener('drop', prevent, options);
  target.addEventListener('contextmenu', prevent, options);
  target.addEventListener('gesturestart', prevent, options);
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    options,
  );
  return ['dragover', 'drop', 'contextmenu', 'gesturestart', 'wheel'];
}
