/**
 * A show config per mode and one constructor per event, so that the state
 * machine's tests read as timelines ("tap at 5 s, tick at 20 s").
 */
import { initialState, step } from '../show/machine';
import type { ShowConfig, ShowEvent, ShowState } from '../show/types';

/** One second, in the machine's milliseconds. */
export const S = 1000;
/** A kiosk with four slides (the third held longer), both languages, Italian first. */
export const kiosk: ShowConfig = {
  mode: 'kiosk',
  slideMs: [12 * S, 12 * S, 20 * S, 12 * S],
  idleMs: 60 * S,
  warningMs: 10 * S,
  languages: ['it', 'en'],
  defaultLocale: 'it',
};
/** The same show, driven by a presenter. */
export const presentation: ShowConfig = { ...kiosk, mode: 'presentation' };
/** The same show, on a screen nobody touches. */
export const signage: ShowConfig = { ...kiosk, mode: 'signage' };

/** Runs events in order from a fresh state at t = 0. */
export function run(config: ShowConfig, events: ShowEvent[], start = initialState(config, 0)): ShowState {
  return events.reduce((state, event) => step(state, event, config).state, start);
}
/** Time passing, at `now`. */
export const tick = (now: number): ShowEvent => ({ type: 'tick', now });
/** A tap on the screen. */
export const tap = (now: number): ShowEvent => ({ type: 'tap', now });
/** A key press (the KeyboardEvent's `key`). */
export const key = (now: number, k: string): ShowEvent => ({ type: 'key', now, key: k });
/** A swipe towards the next or the previous slide. */
export const swipe = (now: number, direction: 'next' | 'prev'): ShowEvent => ({
  type: 'swipe',
  now,
  direction,
});
/** A command from a button (next, panel, language...). */
export const cmd = (now: number, command: Extract<ShowEvent, { type: 'command' }>['command']): ShowEvent => ({
  type: 'command',
  now,
  command,
});
