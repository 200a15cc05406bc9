/**
 * What the slide tells its charts: its scale, whether it is the active one,
 * whether marks can be tapped, reduced motion, and its translator. Getters, so
 * the charts read live values.
 */
import { getContext, setContext } from 'svelte';
import type { Translate } from '../../app/locale/translate';
import type { Motion } from './motion';

export interface SlideContext {
  readonly scale: number;
  readonly motion: Motion;
  readonly interactive: boolean;
  readonly t: Translate;
}

const KEY = Symbol('slide');

export function setSlideContext(context: SlideContext): SlideContext {
  return setContext(KEY, context);
}

export function getSlideContext(): SlideContext {
  return getContext<SlideContext>(KEY);
}
