/**
 * The show's rules, as a pure function of events and time:
 *
 *   kiosk:        attract loop → tap → explore → idle → "still there?" → attract loop
 *   presentation: explore only, keyboard and clicker driven, auto-play on demand
 *   signage:      attract loop forever; touch and keys are ignored
 *
 * `step(state, event, config)` returns the next state and the side effects the
 * UI must perform (fullscreen). Time only moves through events (`now` in ms),
 * so every rule is testable with a fake clock, and the UI needs a single
 * timer set to `nextDeadline()` rather than a running loop.
 */
import type { Locale } from '../report/schema';
import { isModifierKey, keyCommand } from './keys';
import type { Command, Effect, ShowConfig, ShowEvent, ShowState, StepResult } from './types';

/** The state a session starts in: the loop, or explore for a presentation. */
export function initialState(config: ShowConfig, now: number, startIndex = 0): ShowState {
  const index = clampIndex(startIndex, config);
  const presenting = config.mode === 'presentation';
  const cycle = Math.max(0, config.languages.indexOf(config.defaultLocale));
  return {
    phase: presenting ? 'explore' : 'attract',
    index,
    locale: presenting ? config.defaultLocale : loopLocale(config, cycle),
    cycle,
    slideStartedAt: now,
    lastInputAt: now,
    warningStartedAt: null,
    panel: 'none',
    autoplay: false,
    blank: false,
    hiddenAt: null,
    direction: 1,
    moved: false,
    now,
  };
}

/** Applies one event. Never throws; an event that does not apply returns the state as it was. */
export function step(state: ShowState, event: ShowEvent, config: ShowConfig): StepResult {
  const now = Math.max(event.now, state.now);
  const current: ShowState = { ...state, now };
  if (event.type === 'visibility') return done(visibility(current, event.visible));
  if (current.hiddenAt !== null) return done(current);
  if (event.type === 'tick') return done(advanceTime(current, config));

  // Input. Time is brought up to date first, so a late tap cannot undo a due change.
  const timed = advanceTime(current, config);
  if (config.mode === 'signage') return done(timed);
  // A modifier alone is part of a chord (such as the admin exit), not a visitor's input.
  if (event.type === 'key' && isModifierKey(event.key)) return done(timed);
  if (timed.phase === 'attract') return done(wake(timed));
  if (timed.phase === 'idleWarning') {
    // The answer to "still there?" is swallowed, except a command, which also acts.
    const resumed: ShowState = { ...timed, phase: 'explore', warningStartedAt: null, lastInputAt: now };
    return event.type === 'command' ? explore(resumed, event, config) : done(resumed);
  }
  return explore({ ...timed, lastInputAt: now }, event, config);
}

/** The next time at which the state changes by itself, or `null` if it never does. */
export function nextDeadline(state: ShowState, config: ShowConfig): number | null {
  if (state.hiddenAt !== null) return null;
  if (isLooping(state, config)) return state.slideStartedAt + slideMs(state.index, config);
  if (state.phase === 'idleWarning' && state.warningStartedAt !== null) {
    // Wake every second for the countdown on screen, and at the end.
    const end = state.warningStartedAt + config.warningMs;
    const nextSecond = state.now + ((end - state.now) % 1000 || 1000);
    return Math.min(end, nextSecond);
  }
  if (state.phase === 'explore' && idleApplies(config)) return state.lastInputAt + config.idleMs;
  return null;
}

/** Whole seconds left on the "still there?" countdown. */
export function countdownSeconds(state: ShowState, config: ShowConfig): number {
  if (state.warningStartedAt === null) return 0;
  return Math.max(0, Math.ceil((state.warningStartedAt + config.warningMs - state.now) / 1000));
}

/** Whether slides advance by themselves right now. */
export function isLooping(state: ShowState, config: ShowConfig): boolean {
  if (state.hiddenAt !== null) return false;
  if (state.phase === 'attract') return true;
  return config.mode === 'presentation' && state.autoplay && !state.blank;
}

/**
 * The slide and language the loop will show next, by itself, at this slide's deadline; `null`
 * when nothing advances by itself (explore, a paused presentation, a hidden page) or the loop
 * has one slide. The show builds that slide ahead, out of sight, so that the change itself only
 * moves what is already drawn. A visitor may still go elsewhere: then it was built for nothing.
 */
export function upcomingSlide(
  state: ShowState,
  config: ShowConfig,
): { index: number; locale: Locale } | null {
  if (!isLooping(state, config)) return null;
  const due = state.slideStartedAt + slideMs(state.index, config);
  const next = advanceOnce({ ...state, now: Math.max(state.now, due) }, config);
  return next.index === state.index ? null : { index: next.index, locale: next.locale };
}

/** Time on screen of one slide of the playlist. */
export function slideMs(index: number, config: ShowConfig): number {
  return config.slideMs[index] ?? config.slideMs[0] ?? 12_000;
}

// ---------------------------------------------------------------------------

function done(state: ShowState, effects: readonly Effect[] = []): StepResult {
  return { state, effects };
}

function count(config: ShowConfig): number {
  return Math.max(1, config.slideMs.length);
}

function clampIndex(index: number, config: ShowConfig): number {
  return Number.isInteger(index) && index >= 0 && index < count(config) ? index : 0;
}

function loopLocale(config: ShowConfig, cycle: number): Locale {
  return config.languages[cycle % config.languages.length] ?? config.defaultLocale;
}

function idleApplies(config: ShowConfig): boolean {
  return config.mode === 'kiosk';
}

/** Ticks: the loop advances (and alternates language on wrap), idle leads to the question, then to the loop. */
function advanceTime(state: ShowState, config: ShowConfig): ShowState {
  let next = state;
  // A long pause (a sleeping PC) may owe several changes; settle them all.
  for (let guard = 0; guard < 10_000; guard += 1) {
    const changed = advanceOnce(next, config);
    if (changed === next) return next;
    next = changed;
  }
  return next;
}

function advanceOnce(state: ShowState, config: ShowConfig): ShowState {
  const { now } = state;
  if (isLooping(state, config)) {
    const due = state.slideStartedAt + slideMs(state.index, config);
    if (now < due) return state;
    const wraps = state.index + 1 >= count(config);
    const index = wraps ? 0 : state.index + 1;
    const moved = state.moved || index !== state.index;
    if (state.phase === 'attract') {
      const cycle = wraps ? state.cycle + 1 : state.cycle;
      return {
        ...state,
        index,
        cycle,
        locale: loopLocale(config, cycle),
        slideStartedAt: due,
        direction: 1,
        moved,
      };
    }
    return { ...state, index, slideStartedAt: due, direction: 1, moved };
  }
  if (state.phase === 'explore' && idleApplies(config) && now >= state.lastInputAt + config.idleMs) {
    return { ...state, phase: 'idleWarning', warningStartedAt: state.lastInputAt + config.idleMs };
  }
  if (state.phase === 'idleWarning' && state.warningStartedAt !== null) {
    const end = state.warningStartedAt + config.warningMs;
    if (now < end) return state;
    return backToLoop(state, config, end, config.defaultLocale);
  }
  return state;
}

/** The loop resumes on the slide that was showing, every panel closed. */
function backToLoop(state: ShowState, config: ShowConfig, at: number, locale: Locale): ShowState {
  const position = config.languages.indexOf(locale);
  const cycle =
    position >= 0 ? state.cycle - (state.cycle % config.languages.length) + position : state.cycle;
  return {
    ...state,
    phase: 'attract',
    locale: position >= 0 ? loopLocale(config, cycle) : locale,
    cycle,
    panel: 'none',
    warningStartedAt: null,
    slideStartedAt: at,
    lastInputAt: at,
    blank: false,
  };
}

/** The first touch only wakes the show: explore, same slide, same language, paused. */
function wake(state: ShowState): ShowState {
  return { ...state, phase: 'explore', lastInputAt: state.now, panel: 'none' };
}

function visibility(state: ShowState, visible: boolean): ShowState {
  if (!visible) return state.hiddenAt === null ? { ...state, hiddenAt: state.now } : state;
  if (state.hiddenAt === null) return state;
  // Time spent hidden does not count: no slide flashes past, no idle question on return.
  const away = state.now - state.hiddenAt;
  return {
    ...state,
    hiddenAt: null,
    slideStartedAt: state.slideStartedAt + away,
    lastInputAt: state.lastInputAt + away,
    warningStartedAt: state.warningStartedAt === null ? null : state.warningStartedAt + away,
  };
}

function explore(state: ShowState, event: ShowEvent, config: ShowConfig): StepResult {
  switch (event.type) {
    case 'tap':
      return done(state);
    case 'swipe':
      return done(move(state, event.direction === 'next' ? 1 : -1, config));
    case 'command':
      return done(command(state, event.command, config));
    case 'key':
      return key(state, event.key, config);
    default:
      return done(state);
  }
}

function move(state: ShowState, delta: 1 | -1, config: ShowConfig): ShowState {
  const total = count(config);
  return goto(state, (state.index + delta + total) % total, delta);
}

function goto(state: ShowState, index: number, direction: 1 | -1 = index >= state.index ? 1 : -1): ShowState {
  return {
    ...state,
    index,
    direction,
    slideStartedAt: state.now,
    panel: 'none',
    blank: false,
    moved: state.moved || index !== state.index,
  };
}

function command(state: ShowState, cmd: Command, config: ShowConfig): ShowState {
  switch (cmd.name) {
    case 'next':
      return move(state, 1, config);
    case 'prev':
      return move(state, -1, config);
    case 'goto':
      return Number.isInteger(cmd.index) && cmd.index >= 0 && cmd.index < count(config)
        ? goto(state, cmd.index)
        : state;
    case 'setLocale':
      return { ...state, locale: cmd.locale };
    case 'toggleLocale':
      return { ...state, locale: otherLocale(state.locale) };
    case 'openPanel':
      return { ...state, panel: state.panel === cmd.panel ? 'none' : cmd.panel };
    case 'closePanel':
      return { ...state, panel: 'none' };
    case 'backToLoop':
      return config.mode === 'kiosk' ? backToLoop(state, config, state.now, state.locale) : state;
    case 'toggleAutoplay':
      return config.mode === 'presentation'
        ? { ...state, autoplay: !state.autoplay, slideStartedAt: state.now }
        : state;
  }
}

function otherLocale(locale: Locale): Locale {
  return locale === 'it' ? 'en' : 'it';
}

/** A key press, read through the key map (keys.ts). */
function key(state: ShowState, pressed: string, config: ShowConfig): StepResult {
  // As in slide software: any key brings the picture back, and does nothing else.
  if (state.blank) return done({ ...state, blank: false });
  const asked = keyCommand(pressed);
  if (!asked) return done(state);
  const presenting = config.mode === 'presentation';
  switch (asked.name) {
    case 'last':
      return done(goto(state, count(config) - 1));
    case 'fullscreen':
      return done(state, presenting ? [{ type: 'toggleFullscreen' }] : []);
    case 'blank':
      return done(presenting ? { ...state, blank: true } : state);
    default:
      return done(command(state, asked, config));
  }
}
