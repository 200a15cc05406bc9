/** The show's state machine on a visitor's path in a kiosk: start, attract loop, wake, explore, idle return. */
import { describe, expect, it } from 'vitest';
import { cmd, key, kiosk, presentation, run, S, signage, swipe, tap, tick } from '../testing/show-events';
import { countdownSeconds, initialState, isLooping, nextDeadline, step, upcomingSlide } from './machine';

describe('initial state', () => {
  it.each([
    [kiosk, 'attract'],
    [signage, 'attract'],
    [presentation, 'explore'],
  ] as const)('%o starts in %s', (config, phase) => {
    expect(initialState(config, 0).phase).toBe(phase);
  });

  it('opens on a deep-linked slide, or the first one if the link is out of range', () => {
    expect(initialState(presentation, 0, 2).index).toBe(2);
    expect(initialState(presentation, 0, 99).index).toBe(0);
    expect(initialState(presentation, 0, -1).index).toBe(0);
  });

  it('starts the loop in the default language', () => {
    expect(initialState({ ...kiosk, defaultLocale: 'en' }, 0).locale).toBe('en');
  });

  it('never auto-advances a presentation until auto-play is started', () => {
    expect(nextDeadline(initialState(presentation, 0), presentation)).toBeNull();
    expect(run(presentation, [tick(10 * 60 * S)]).index).toBe(0);
  });
});

describe('the first slide after a start', () => {
  it('shows without a build-in until another slide follows it, in the loop or by a visitor', () => {
    expect(initialState(kiosk, 0).moved).toBe(false);
    expect(run(kiosk, [tick(11 * S)]).moved).toBe(false);
    expect(run(kiosk, [tick(12 * S)]).moved).toBe(true);
    expect(run(kiosk, [tap(S), swipe(2 * S, 'next'), swipe(3 * S, 'prev')]).moved).toBe(true);
    expect(run(presentation, [key(S, 'ArrowRight')]).moved).toBe(true);
  });

  it('is not moved by a jump to the slide already showing', () => {
    expect(run(presentation, [cmd(S, { name: 'goto', index: 0 })]).moved).toBe(false);
    expect(run(kiosk, [tap(S)]).moved).toBe(false);
  });
});

describe('attract loop', () => {
  it('advances by itself after each slide time, honouring per-slide overrides', () => {
    const cases: [number, number][] = [
      [11_999, 0],
      [12 * S, 1],
      [24 * S, 2],
      [43_999, 2], // slide 2 stays 20 s
      [44 * S, 3],
    ];
    for (const [now, index] of cases) expect(run(kiosk, [tick(now)]).index, `at ${now} ms`).toBe(index);
  });

  it('wraps from the last slide to the first and alternates the language each full cycle', () => {
    const cycle = 56 * S;
    const afterOne = run(kiosk, [tick(cycle)]);
    expect(afterOne).toMatchObject({ index: 0, locale: 'en', cycle: 1 });
    const afterTwo = run(kiosk, [tick(cycle), tick(2 * cycle)]);
    expect(afterTwo).toMatchObject({ index: 0, locale: 'it', cycle: 2 });
  });

  it('stays in one language when only one is configured', () => {
    const italianOnly = { ...kiosk, languages: ['it'] as const };
    expect(run(italianOnly, [tick(56 * S * 3)]).locale).toBe('it');
  });

  it('settles every change owed after a long freeze in one tick', () => {
    expect(run(kiosk, [tick(56 * S * 5 + 12 * S)])).toMatchObject({ index: 1, cycle: 5, locale: 'en' });
  });

  it.each([
    ['the next slide, same language', [tick(5 * S)], kiosk, { index: 1, locale: 'it' }],
    [
      'after the last slide, the first in the next language',
      [tick(44 * S)],
      kiosk,
      { index: 0, locale: 'en' },
    ],
    ['nothing while a visitor explores', [tap(5 * S)], kiosk, null],
    ['nothing in a paused presentation', [tick(5 * S)], presentation, null],
    ['the next slide in signage', [tick(5 * S)], signage, { index: 1, locale: 'it' }],
    ['nothing when the loop has one slide', [tick(5 * S)], { ...kiosk, slideMs: [12 * S] }, null],
  ] as const)('foresees what the loop shows next: %s', (_name, events, config, expected) => {
    const state = run(config, [...events]);
    expect(upcomingSlide(state, config)).toEqual(expected);
    if (expected) {
      const after = run(config, [tick(nextDeadline(state, config)!)], state);
      expect({ index: after.index, locale: after.locale }).toEqual(expected);
    }
  });

  it('exposes the next change as its single deadline', () => {
    const state = run(kiosk, [tick(5 * S)]);
    expect(nextDeadline(state, kiosk)).toBe(12 * S);
    expect(isLooping(state, kiosk)).toBe(true);
  });
});

describe('tap to explore', () => {
  it('wakes into explore on the slide and in the language that were showing, paused', () => {
    const state = run(kiosk, [tick(56 * S + 13 * S), tap(56 * S + 13 * S + 500)]);
    expect(state).toMatchObject({ phase: 'explore', index: 1, locale: 'en', panel: 'none' });
    expect(run(kiosk, [tick(56 * S + 13 * S), tap(56 * S + 13_500), tick(56 * S + 40 * S)]).index).toBe(1);
  });

  it('only wakes: the waking tap, key or swipe does not also act', () => {
    expect(run(kiosk, [swipe(1 * S, 'next')])).toMatchObject({ phase: 'explore', index: 0 });
    expect(run(kiosk, [key(1 * S, 'ArrowRight')])).toMatchObject({ phase: 'explore', index: 0 });
    expect(run(kiosk, [cmd(1 * S, { name: 'next' })])).toMatchObject({ phase: 'explore', index: 0 });
  });

  it('a tap during a slide transition lands on the incoming slide', () => {
    // The slide changed at 12 s; the crossfade is still running 200 ms later.
    expect(run(kiosk, [tick(12 * S), tap(12_200)])).toMatchObject({ phase: 'explore', index: 1 });
    // A tap that arrives before the tick that was due still sees the change.
    expect(run(kiosk, [tap(12_050)])).toMatchObject({ phase: 'explore', index: 1 });
  });

  it('ignores a modifier key alone (part of the admin chord)', () => {
    expect(run(kiosk, [key(1 * S, 'Control')]).phase).toBe('attract');
  });
});

describe('explore', () => {
  const exploring = (now = 1 * S) => run(kiosk, [tap(now)]);

  it.each([
    ['swipe next', swipe(2 * S, 'next'), 1],
    ['swipe prev wraps to the last', swipe(2 * S, 'prev'), 3],
    ['next button', cmd(2 * S, { name: 'next' }), 1],
    ['prev button', cmd(2 * S, { name: 'prev' }), 3],
    ['index jump', cmd(2 * S, { name: 'goto', index: 2 }), 2],
    ['index jump out of range', cmd(2 * S, { name: 'goto', index: 9 }), 0],
    ['arrow key', key(2 * S, 'ArrowRight'), 1],
    ['Home', key(2 * S, 'Home'), 0],
    ['End', key(2 * S, 'End'), 3],
  ])('%s → slide %i', (_case, event, index) => {
    expect(step(exploring(), event, kiosk).state.index).toBe(index);
  });

  it('the last slide wraps to the first', () => {
    const last = step(exploring(), key(2 * S, 'End'), kiosk).state;
    expect(step(last, cmd(3 * S, { name: 'next' }), kiosk).state.index).toBe(0);
  });

  it('switches language with the switch or L', () => {
    expect(step(exploring(), cmd(2 * S, { name: 'setLocale', locale: 'en' }), kiosk).state.locale).toBe('en');
    expect(step(exploring(), key(2 * S, 'L'), kiosk).state.locale).toBe('en');
  });

  it('opens one panel at a time, closes it on Escape and on navigation', () => {
    const withIndex = step(exploring(), cmd(2 * S, { name: 'openPanel', panel: 'index' }), kiosk).state;
    expect(withIndex.panel).toBe('index');
    expect(step(withIndex, cmd(3 * S, { name: 'openPanel', panel: 'table' }), kiosk).state.panel).toBe(
      'table',
    );
    expect(step(withIndex, key(3 * S, 'Escape'), kiosk).state.panel).toBe('none');
    expect(step(withIndex, cmd(3 * S, { name: 'goto', index: 2 }), kiosk).state.panel).toBe('none');
  });

  it('goes back to the loop on request, on the same slide, restarting its time', () => {
    const state = run(kiosk, [tap(1 * S), swipe(2 * S, 'next'), cmd(5 * S, { name: 'backToLoop' })]);
    expect(state).toMatchObject({ phase: 'attract', index: 1, slideStartedAt: 5 * S });
    expect(nextDeadline(state, kiosk)).toBe(17 * S);
  });
});

describe('idle', () => {
  const idleAt = 1 * S + 60 * S;

  it('asks "still there?" after idleSeconds without input, with a countdown', () => {
    const state = run(kiosk, [tap(1 * S), tick(idleAt)]);
    expect(state.phase).toBe('idleWarning');
    expect(countdownSeconds(state, kiosk)).toBe(10);
    expect(countdownSeconds(step(state, tick(idleAt + 3_500), kiosk).state, kiosk)).toBe(7);
  });

  it('any input resets the idle timer', () => {
    const state = run(kiosk, [tap(1 * S), swipe(30 * S, 'next'), tick(idleAt)]);
    expect(state.phase).toBe('explore');
    expect(nextDeadline(state, kiosk)).toBe(90 * S);
  });

  it('a tap during the countdown keeps the visitor where they were, and is swallowed', () => {
    const before = run(kiosk, [
      tap(1 * S),
      swipe(2 * S, 'next'),
      cmd(3 * S, { name: 'setLocale', locale: 'en' }),
    ]);
    const warned = step(before, tick(63 * S), kiosk).state;
    expect(warned.phase).toBe('idleWarning');
    const kept = step(warned, tap(65 * S), kiosk).state;
    expect(kept).toMatchObject({ phase: 'explore', index: 1, locale: 'en', lastInputAt: 65 * S });
    expect(step(warned, swipe(65 * S, 'next'), kiosk).state.index).toBe(1);
  });

  it('a language switch during the countdown keeps the visitor and switches', () => {
    const warned = run(kiosk, [tap(1 * S), tick(idleAt)]);
    const state = step(warned, cmd(idleAt + 2 * S, { name: 'setLocale', locale: 'en' }), kiosk).state;
    expect(state).toMatchObject({ phase: 'explore', locale: 'en', warningStartedAt: null });
  });

  it('returns to the loop at the end of the countdown: default language, panels closed', () => {
    const state = run(kiosk, [
      tap(1 * S),
      swipe(2 * S, 'next'),
      cmd(3 * S, { name: 'setLocale', locale: 'en' }),
      cmd(4 * S, { name: 'openPanel', panel: 'readMore' }),
      tick(4 * S + 60 * S + 10 * S),
    ]);
    expect(state).toMatchObject({ phase: 'attract', index: 1, locale: 'it', panel: 'none' });
    expect(nextDeadline(state, kiosk)).toBe(74 * S + 12 * S);
  });

  it('the countdown wakes the UI once a second, then at its end', () => {
    const warned = run(kiosk, [tap(1 * S), tick(idleAt + 250)]);
    expect(nextDeadline(warned, kiosk)).toBe(idleAt + 1000);
    expect(nextDeadline(step(warned, tick(idleAt + 9_600), kiosk).state, kiosk)).toBe(idleAt + 10 * S);
  });

  it('never applies to presentation or signage', () => {
    expect(run(presentation, [tick(3600 * S)]).phase).toBe('explore');
    expect(run(signage, [tick(3600 * S)]).phase).toBe('attract');
  });
});
