/**
 * The bench's measures, in the order they run; `--only` picks among their names.
 */
import type { Measure } from '../lib/measure';
import { attract } from './attract-cpu';
import { cold } from './cold';
import { frameWork } from './frame-work';
import { loopFrames } from './loop-frames';
import { memory } from './memory';
import { still } from './still-cpu';
import { tap } from './tap';
import { transitions } from './transitions';

export const MEASURES: readonly Measure[] = [
  cold,
  loopFrames,
  frameWork,
  transitions,
  attract,
  still,
  memory,
  tap,
];
