/**
 * The machine's side effects, performed on the page: today only full screen
 * (F in presentation), which a pure state cannot do by itself.
 */
import type { Effect } from '../../app/show/types';

/** Performs one effect the machine asked for. */
export function performEffect(effect: Effect): void {
  if (effect.type === 'toggleFullscreen') {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => {});
  }
}
