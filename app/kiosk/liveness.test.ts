import { describe, expect, it } from 'vitest';
import { DEFAULT_LIVENESS_POLICY, IDLE_PAGE, stepPage, type PageEvent, type PageState } from './liveness';

/** Runs events from idle; returns the actions. */
function run(events: PageEvent[]): string[] {
  let state: PageState = IDLE_PAGE;
  return events.map((event) => {
    const step = stepPage(state, event, DEFAULT_LIVENESS_POLICY);
    state = step.state;
    return step.action;
  });
}

describe('stepPage', () => {
  it.each<[string, PageEvent[], string[]]>([
    ['idle: ticks do nothing', [{ type: 'tick', now: 60_000 }], ['none']],
    [
      'a load that reports in time, then answers, keeps beating',
      [
        { type: 'loaded', now: 0 },
        { type: 'started', now: 2_000 },
        { type: 'tick', now: 5_000 },
        { type: 'answered', now: 5_010 },
        { type: 'tick', now: 10_000 },
        { type: 'tick', now: 15_000 },
      ],
      ['none', 'none', 'beat', 'none', 'beat', 'beat'],
    ],
    [
      'a load that never reports fails after 10 s',
      [
        { type: 'loaded', now: 0 },
        { type: 'tick', now: 9_999 },
        { type: 'tick', now: 10_000 },
        { type: 'tick', now: 20_000 },
      ],
      ['none', 'none', 'did-not-start', 'none'],
    ],
    [
      'a page silent for 15 s has stopped answering',
      [
        { type: 'loaded', now: 0 },
        { type: 'started', now: 0 },
        { type: 'tick', now: 5_000 },
        { type: 'tick', now: 10_000 },
        { type: 'tick', now: 15_000 },
      ],
      ['none', 'none', 'beat', 'beat', 'stopped-answering'],
    ],
    [
      'main asleep for an hour is not the page hanging',
      [
        { type: 'loaded', now: 0 },
        { type: 'started', now: 0 },
        { type: 'tick', now: 5_000 },
        { type: 'tick', now: 3_600_000 },
      ],
      ['none', 'none', 'beat', 'beat'],
    ],
    [
      'a navigation stops the watch; a late report is ignored',
      [
        { type: 'loaded', now: 0 },
        { type: 'stopped' },
        { type: 'started', now: 1_000 },
        { type: 'tick', now: 60_000 },
      ],
      ['none', 'none', 'none', 'none'],
    ],
  ])('%s', (_name, events, actions) => {
    expect(run(events)).toEqual(actions);
  });
});
