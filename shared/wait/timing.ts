// The time a wait runs on, injectable: each defaults to the real one, and tests pass fakes
// (__tests__/support/fake-time.ts) so that a wait of minutes runs in microseconds.
import type { Clock, Sleep } from './poll.js';

export interface Timing {
  clock?: Clock | undefined;
  sleep?: Sleep | undefined;
  /** The jitter of the backoff, in [0, 1). */
  random?: (() => number) | undefined;
}
