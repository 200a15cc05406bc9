/** Which screen the kiosk window goes on. */

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DisplayLike {
  readonly id: number;
  readonly bounds: Rectangle;
}

/**
 * The configured display, or the primary one with a note when the configured
 * number does not exist (a screen unplugged, or counted differently).
 */
export function pickDisplay<D extends DisplayLike>(
  displays: readonly D[],
  primary: D,
  setting: 'primary' | number,
): { display: D; note?: string } {
  if (setting === 'primary') return { display: primary };
  const chosen = displays[setting];
  if (chosen) return { display: chosen };
  return {
    display: primary,
    note: `display ${setting} does not exist (${displays.length} connected, numbered from 0); using the primary display`,
  };
}
