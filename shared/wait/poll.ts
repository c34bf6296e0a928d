// pollUntil: first check at once, then exponential backoff with jitter capped low, always under
// a deadline; a terminal failure ends the wait at once; one progress line per state change, and
// one at least every 30 s while the state stays the same (state and elapsed time).
import { isRetryable } from '../aws/errors.js';
import { formatDuration } from '../action/duration.js';
import { currentBudget, currentPhase, type StepBudget } from './budget.js';
import type { Timing } from './timing.js';

export type Check<T> =
  | { status: 'done'; value: T; state?: string }
  | { status: 'pending'; state: string }
  | { status: 'failed'; reason: string; value?: T; state?: string };

export type PollOutcome<T> =
  | { outcome: 'done'; value: T; state: string; attempts: number; elapsedMs: number }
  | { outcome: 'failed'; reason: string; value?: T; state: string; attempts: number; elapsedMs: number }
  | {
      outcome: 'timeout';
      state: string;
      attempts: number;
      elapsedMs: number;
      /** True when the step's time budget, not this wait's own timeout, ended the wait. */
      budgetExhausted?: true;
    }
  | { outcome: 'cancelled'; state: string; attempts: number; elapsedMs: number; reason: string };

export interface Clock {
  now(): number;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface PollOptions<T> extends Timing {
  check: (attempt: number) => Promise<Check<T>>;
  timeoutMs: number;
  /** Delay after the first check; doubles each poll up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  signal?: AbortSignal | undefined;
  /** Called once per change of state, and again after `heartbeatMs` without a line. */
  onProgress?: (line: string, state: string) => void;
  /** Longest silence of a long wait (default 30 s): the log shows it is alive, and where it is. */
  heartbeatMs?: number;
  /** Errors from check that mean "try again" rather than "stop"; default throttling and 5xx. */
  retryOn?: (error: unknown) => boolean;
  /**
   * A deliberate wait with its own input (a bake time, a traffic hold): not clamped to the step's
   * time budget (shared/wait/budget.ts), which bounds the waits for something to settle.
   */
  ownTime?: boolean;
}

const DEFAULT_HEARTBEAT_MS = 30_000;

export const systemClock: Clock = { now: () => Date.now() };

/** setTimeout as a promise that an AbortSignal cuts short; leaves no timer behind. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** Equal jitter: the delay lands in [half, full] of the exponential step. */
export function backoffDelay(
  attempt: number,
  options: { initialDelayMs: number; maxDelayMs: number; factor: number; random: () => number },
): number {
  const step = Math.min(options.maxDelayMs, options.initialDelayMs * options.factor ** attempt);
  return step / 2 + (step / 2) * options.random();
}

function errorName(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== '' ? name : 'a transient error';
}

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : 'cancelled';
}

export async function pollUntil<T>(options: PollOptions<T>): Promise<PollOutcome<T>> {
  const budget = options.ownTime ? undefined : currentBudget();
  const leaveBudget = budget?.enter();
  try {
    return await pollWithin(options, budget);
  } finally {
    leaveBudget?.();
  }
}

/** pollUntil's loop, its deadline clamped to what is left of the step's budget (if any). */
async function pollWithin<T>(
  options: PollOptions<T>,
  budget: StepBudget | undefined,
): Promise<PollOutcome<T>> {
  const clock = options.clock ?? systemClock;
  const retryOn = options.retryOn ?? isRetryable;
  const delays = {
    initialDelayMs: options.initialDelayMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? 15_000,
    factor: options.factor ?? 2,
    random: options.random ?? Math.random,
  };
  const start = clock.now();
  const budgetLeftMs = budget?.remainingMs();
  const clamped = budgetLeftMs !== undefined && budgetLeftMs <= options.timeoutMs;
  const deadline = start + (clamped ? budgetLeftMs : options.timeoutMs);
  const log = waitLog(options, clock, start);
  /** The last state a check reported, without the note of a retried error. */
  let checkedState = log.state;
  let attempts = 0;
  const elapsed = (): number => clock.now() - start;

  const cancelled = (signal: AbortSignal): PollOutcome<T> => ({
    outcome: 'cancelled',
    state: log.state,
    attempts,
    elapsedMs: elapsed(),
    reason: reasonOf(signal),
  });

  for (;;) {
    if (options.signal?.aborted) return cancelled(options.signal);
    attempts += 1;
    let result: Check<T> | undefined;
    try {
      result = await options.check(attempts);
    } catch (error) {
      // A check cut short by the cancel (an SDK call given the signal throws AbortError).
      if (options.signal?.aborted) return cancelled(options.signal);
      if (!retryOn(error)) throw error;
      log.moveTo(`${checkedState} (retrying after ${errorName(error)})`);
    }
    if (result) {
      if (result.state !== undefined) {
        checkedState = result.state;
        log.moveTo(result.state);
      }
      if (result.status === 'done')
        return { outcome: 'done', value: result.value, state: log.state, attempts, elapsedMs: elapsed() };
      if (result.status === 'failed') {
        const failed = {
          outcome: 'failed' as const,
          reason: result.reason,
          state: log.state,
          attempts,
          elapsedMs: elapsed(),
        };
        return result.value === undefined ? failed : { ...failed, value: result.value };
      }
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      if (!clamped) return { outcome: 'timeout', state: log.state, attempts, elapsedMs: elapsed() };
      budget?.ranOut(currentPhase() ?? log.state);
      return { outcome: 'timeout', state: log.state, attempts, elapsedMs: elapsed(), budgetExhausted: true };
    }
    await log.wait(Math.min(remaining, backoffDelay(attempts - 1, delays)));
  }
}

/**
 * A wait's log and its sleep: one progress line per change of state, and one whenever
 * `heartbeatMs` would pass without a line.
 */
function waitLog(options: PollOptions<unknown>, clock: Clock, start: number) {
  const sleep = options.sleep ?? realSleep;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  let lastLineAt = start;
  const log = {
    state: 'not checked yet',
    say(line: string): void {
      lastLineAt = clock.now();
      options.onProgress?.(`[${((clock.now() - start) / 1000).toFixed(0)}s] ${line}`, log.state);
    },
    moveTo(next: string): void {
      if (next === log.state) return;
      log.state = next;
      log.say(next);
    },
    /** Sleeps `ms`, saying where the wait is whenever `heartbeatMs` would pass without a line. */
    async wait(ms: number): Promise<void> {
      for (let left = ms; left > 0;) {
        const due = lastLineAt + heartbeatMs - clock.now();
        const step = options.onProgress ? Math.min(left, Math.max(1, due)) : left;
        await sleep(step, options.signal);
        if (options.signal?.aborted) return;
        left -= step;
        if (options.onProgress && clock.now() - lastLineAt >= heartbeatMs)
          log.say(`still ${log.state} (waiting for ${formatDuration(clock.now() - start)})`);
      }
    },
  };
  return log;
}

/** The signal and the injected clock, sleep and randomness of a caller's settings, as pollUntil takes them. */
export function pollHooks(
  options: Timing & { signal?: AbortSignal | undefined },
): Pick<PollOptions<unknown>, 'signal' | 'clock' | 'sleep' | 'random'> {
  // Absent, not undefined: spread after a default (waitWithProgress's steady `random`), undefined would undo it.
  return {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
  };
}

/** A plain wait of `ms` (a hold, a bake without alarms) that still says where it is every heartbeat. */
export async function waitWithProgress(
  ms: number,
  state: string,
  options: Pick<PollOptions<unknown>, 'signal' | 'clock' | 'sleep' | 'onProgress' | 'heartbeatMs'>,
): Promise<PollOutcome<undefined>> {
  return pollUntil<undefined>({
    check: () => Promise.resolve({ status: 'pending', state }),
    timeoutMs: ms,
    initialDelayMs: ms,
    maxDelayMs: ms,
    random: () => 1,
    ownTime: true,
    ...options,
  });
}
