import { describe, expect, it } from '@jest/globals';
import {
  backoffDelay,
  pollUntil,
  realSleep,
  waitWithProgress,
  type Check,
  type Sleep,
} from '../../../../shared/wait/poll.js';
import { CancelledError } from '../../../../shared/action/run.js';

/** A clock that moves only when the poller sleeps; every sleep is recorded. */
function fakeTime(start = 1_700_000_000_000) {
  let now = start;
  const sleeps: number[] = [];
  const signals: Array<AbortSignal | undefined> = [];
  const sleep: Sleep = async (ms, signal) => {
    sleeps.push(ms);
    signals.push(signal);
    now += ms;
  };
  return {
    clock: { now: () => now },
    sleep,
    sleeps,
    signals,
    elapsed: () => now - start,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A check that returns the given results in turn (the last one repeats), counting its calls. */
function checks<T>(...results: Array<Check<T> | Error>) {
  const attempts: number[] = [];
  const check = async (attempt: number): Promise<Check<T>> => {
    attempts.push(attempt);
    const next = results[Math.min(attempts.length, results.length) - 1];
    if (next === undefined) throw new Error('no result given');
    if (next instanceof Error) throw next;
    return next;
  };
  return { check, attempts };
}

const pending = (state: string): Check<string> => ({ status: 'pending', state });
const awsError = (name: string, status: number): Error =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

describe('pollUntil', () => {
  it('returns at once when the first check is done, without sleeping', async () => {
    const time = fakeTime();
    const { check, attempts } = checks<string>({ status: 'done', value: 'arn:1', state: 'COMPLETED' });
    const result = await pollUntil({ check, timeoutMs: 60_000, clock: time.clock, sleep: time.sleep });
    expect(result).toEqual({
      outcome: 'done',
      value: 'arn:1',
      state: 'COMPLETED',
      attempts: 1,
      elapsedMs: 0,
    });
    expect(attempts).toEqual([1]);
    expect(time.sleeps).toEqual([]);
  });

  it('polls until done, numbering the attempts', async () => {
    const time = fakeTime();
    const { check, attempts } = checks<string>(pending('IN_PROGRESS'), pending('IN_PROGRESS'), {
      status: 'done',
      value: 'ok',
    });
    const result = await pollUntil({
      check,
      timeoutMs: 60_000,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 1,
    });
    expect(result).toMatchObject({ outcome: 'done', value: 'ok', state: 'IN_PROGRESS', attempts: 3 });
    expect(attempts).toEqual([1, 2, 3]);
    expect(time.sleeps).toEqual([1000, 2000]);
    expect(result.elapsedMs).toBe(3000);
  });

  it('ends at once on a terminal failure, keeping its reason and value', async () => {
    const time = fakeTime();
    const { check, attempts } = checks<string>(pending('IN_PROGRESS'), {
      status: 'failed',
      reason: 'the circuit breaker rolled the deployment back',
      value: 'deployment-2',
      state: 'FAILED',
    });
    const result = await pollUntil({ check, timeoutMs: 3_600_000, clock: time.clock, sleep: time.sleep });
    expect(result).toMatchObject({
      outcome: 'failed',
      reason: 'the circuit breaker rolled the deployment back',
      value: 'deployment-2',
      state: 'FAILED',
      attempts: 2,
    });
    expect(attempts).toEqual([1, 2]);
    expect(time.sleeps).toHaveLength(1);
  });

  it('has no value on a failure that gave none', async () => {
    const time = fakeTime();
    const { check } = checks<string>({ status: 'failed', reason: 'gone' });
    const result = await pollUntil({ check, timeoutMs: 1000, clock: time.clock, sleep: time.sleep });
    expect(result).toEqual({
      outcome: 'failed',
      reason: 'gone',
      state: 'not checked yet',
      attempts: 1,
      elapsedMs: 0,
    });
  });

  it('times out with the last state, checking one last time at the deadline and never sleeping past it', async () => {
    const time = fakeTime();
    const { check, attempts } = checks<string>(
      pending('PROVISIONING'),
      pending('PENDING'),
      pending('RUNNING 1/2'),
    );
    const result = await pollUntil({
      check,
      timeoutMs: 10_000,
      initialDelayMs: 1000,
      maxDelayMs: 4000,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 1,
    });
    expect(result).toEqual({ outcome: 'timeout', state: 'RUNNING 1/2', attempts: 5, elapsedMs: 10_000 });
    // 1s, 2s, 4s (the cap), then only the 3s left before the deadline.
    expect(time.sleeps).toEqual([1000, 2000, 4000, 3000]);
    expect(attempts).toHaveLength(5);
  });

  it('times out after one check when there is no time at all', async () => {
    const time = fakeTime();
    const { check } = checks<string>(pending('PENDING'));
    const result = await pollUntil({ check, timeoutMs: 0, clock: time.clock, sleep: time.sleep });
    expect(result).toEqual({ outcome: 'timeout', state: 'PENDING', attempts: 1, elapsedMs: 0 });
    expect(time.sleeps).toEqual([]);
  });

  it('counts the time checks take against the deadline', async () => {
    const time = fakeTime();
    const check = async (): Promise<Check<string>> => {
      time.advance(4000);
      return pending('PENDING');
    };
    const result = await pollUntil({
      check,
      timeoutMs: 10_000,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 1,
    });
    expect(result.outcome).toBe('timeout');
    // checks at 0–4s, 5–9s, then 1s left: sleep 1s, a last check ends at 14s.
    expect(time.sleeps).toEqual([1000, 1000]);
    expect(result.elapsedMs).toBe(14_000);
  });

  describe('backoff', () => {
    /** A reproducible sequence in [0, 1). */
    function seeded(seed: number): () => number {
      let x = seed;
      return () => {
        x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
        return x / 2 ** 31;
      };
    }

    it.each([1, 7, 42])(
      'each delay lies in [step/2, step] of initial·2^n capped at the maximum (seed %i)',
      async (seed) => {
        // From 0, the test's running sum of delays is exactly the clock the poller reads.
        const time = fakeTime(0);
        const { check } = checks<string>(pending('WAITING'));
        const initialDelayMs = 500;
        const maxDelayMs = 6000;
        const timeoutMs = 120_000;
        await pollUntil({
          check,
          timeoutMs,
          initialDelayMs,
          maxDelayMs,
          clock: time.clock,
          sleep: time.sleep,
          random: seeded(seed),
        });
        expect(time.sleeps.length).toBeGreaterThan(10);
        let slept = 0;
        time.sleeps.forEach((delay, n) => {
          const step = Math.min(maxDelayMs, initialDelayMs * 2 ** n);
          const remaining = timeoutMs - slept;
          expect(delay).toBeLessThanOrEqual(Math.min(step, remaining));
          if (remaining >= step) expect(delay).toBeGreaterThanOrEqual(step / 2);
          slept += delay;
        });
        expect(slept).toBeCloseTo(timeoutMs, 6);
        // jitter: the delays at the cap are not all the same
        expect(new Set(time.sleeps.slice(5, -1)).size).toBeGreaterThan(1);
      },
    );

    it('backoffDelay spans half to all of the step', () => {
      const options = { initialDelayMs: 1000, maxDelayMs: 15_000, factor: 2 };
      expect(backoffDelay(0, { ...options, random: () => 0 })).toBe(500);
      expect(backoffDelay(0, { ...options, random: () => 1 })).toBe(1000);
      expect(backoffDelay(3, { ...options, random: () => 0.5 })).toBe(6000);
      expect(backoffDelay(4, { ...options, random: () => 1 })).toBe(15_000);
      expect(backoffDelay(4, { ...options, random: () => 0 })).toBe(7500);
      expect(backoffDelay(2000, { ...options, random: () => 1 })).toBe(15_000);
    });

    it('honours the factor', async () => {
      const time = fakeTime();
      const { check } = checks<string>(pending('A'), pending('A'), pending('A'), {
        status: 'done',
        value: 'x',
      });
      await pollUntil({
        check,
        timeoutMs: 60_000,
        initialDelayMs: 100,
        factor: 3,
        clock: time.clock,
        sleep: time.sleep,
        random: () => 1,
      });
      expect(time.sleeps).toEqual([100, 300, 900]);
    });
  });

  describe('cancellation', () => {
    it('stops during a wait when the signal aborts, with the reason and the state reached', async () => {
      const time = fakeTime();
      const controller = new AbortController();
      const { check, attempts } = checks<string>(pending('IN_PROGRESS'));
      const sleep: Sleep = async (ms, signal) => {
        await time.sleep(ms / 2, signal);
        if (time.sleeps.length === 2) controller.abort(new CancelledError('SIGTERM'));
      };
      const result = await pollUntil({
        check,
        timeoutMs: 600_000,
        clock: time.clock,
        sleep,
        signal: controller.signal,
        random: () => 1,
      });
      expect(result).toEqual({
        outcome: 'cancelled',
        state: 'IN_PROGRESS',
        attempts: 2,
        elapsedMs: 1500,
        reason: 'Cancelled: the runner sent SIGTERM.',
      });
      expect(attempts).toEqual([1, 2]);
      expect(time.signals.every((signal) => signal === controller.signal)).toBe(true);
    });

    it('does not check at all when already cancelled', async () => {
      const controller = new AbortController();
      controller.abort();
      const { check, attempts } = checks<string>(pending('X'));
      const result = await pollUntil({ check, timeoutMs: 1000, signal: controller.signal });
      expect(result).toMatchObject({ outcome: 'cancelled', attempts: 0, state: 'not checked yet' });
      expect(result.outcome === 'cancelled' && result.reason).toEqual(expect.any(String));
      expect(attempts).toEqual([]);
    });

    it('reports a check cut short by the cancel as cancelled, not as its error', async () => {
      const time = fakeTime();
      const controller = new AbortController();
      const check = async (attempt: number): Promise<Check<string>> => {
        if (attempt === 1) return pending('RUNNING');
        controller.abort(new CancelledError('SIGINT'));
        throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
      };
      const result = await pollUntil({
        check,
        timeoutMs: 60_000,
        clock: time.clock,
        sleep: time.sleep,
        signal: controller.signal,
      });
      expect(result).toMatchObject({
        outcome: 'cancelled',
        state: 'RUNNING',
        attempts: 2,
        reason: 'Cancelled: the runner sent SIGINT.',
      });
    });
  });

  describe('progress', () => {
    it('prints one line per change of state, not per poll, with the time elapsed', async () => {
      const time = fakeTime();
      const lines: Array<[string, string]> = [];
      const { check } = checks<string>(
        pending('PRIMARY 0/2 running'),
        pending('PRIMARY 0/2 running'),
        pending('PRIMARY 0/2 running'),
        pending('PRIMARY 1/2 running'),
        pending('PRIMARY 1/2 running'),
        { status: 'done', value: 'x', state: 'COMPLETED' },
      );
      await pollUntil({
        check,
        timeoutMs: 600_000,
        clock: time.clock,
        sleep: time.sleep,
        random: () => 1,
        onProgress: (line, state) => lines.push([line, state]),
      });
      expect(lines).toEqual([
        ['[0s] PRIMARY 0/2 running', 'PRIMARY 0/2 running'],
        ['[7s] PRIMARY 1/2 running', 'PRIMARY 1/2 running'],
        ['[30s] COMPLETED', 'COMPLETED'],
      ]);
    });
  });

  describe('errors from the check', () => {
    it('keeps polling through throttling and 5xx errors, noting it once per run of errors', async () => {
      const time = fakeTime();
      const lines: string[] = [];
      const { check, attempts } = checks<string>(
        pending('RUNNING'),
        awsError('ThrottlingException', 400),
        awsError('ThrottlingException', 400),
        awsError('InternalError', 503),
        { status: 'done', value: 'ok', state: 'COMPLETED' },
      );
      const result = await pollUntil({
        check,
        timeoutMs: 600_000,
        clock: time.clock,
        sleep: time.sleep,
        onProgress: (_line, state) => lines.push(state),
      });
      expect(result).toMatchObject({ outcome: 'done', value: 'ok', attempts: 5 });
      expect(attempts).toEqual([1, 2, 3, 4, 5]);
      expect(lines).toEqual([
        'RUNNING',
        'RUNNING (retrying after ThrottlingException)',
        'RUNNING (retrying after InternalError)',
        'COMPLETED',
      ]);
    });

    it('times out with the state noted when the errors never stop', async () => {
      const time = fakeTime();
      const { check } = checks<string>(pending('RUNNING'), awsError('ThrottlingException', 400));
      const result = await pollUntil({ check, timeoutMs: 30_000, clock: time.clock, sleep: time.sleep });
      expect(result).toMatchObject({
        outcome: 'timeout',
        state: 'RUNNING (retrying after ThrottlingException)',
      });
    });

    it('throws any other error at once', async () => {
      const time = fakeTime();
      const denied = awsError('AccessDeniedException', 400);
      const { check, attempts } = checks<string>(pending('RUNNING'), denied);
      await expect(
        pollUntil({ check, timeoutMs: 600_000, clock: time.clock, sleep: time.sleep }),
      ).rejects.toBe(denied);
      expect(attempts).toEqual([1, 2]);
      expect(time.sleeps).toHaveLength(1);
    });

    it('throws programming errors rather than retrying them', async () => {
      const time = fakeTime();
      const bug = new TypeError("Cannot read properties of undefined (reading 'status')");
      const { check } = checks<string>(bug);
      await expect(
        pollUntil({ check, timeoutMs: 600_000, clock: time.clock, sleep: time.sleep }),
      ).rejects.toBe(bug);
    });

    it('lets the caller decide what is retried', async () => {
      const time = fakeTime();
      const { check } = checks<string>(awsError('ServiceNotFoundException', 400), {
        status: 'done',
        value: 'v',
      });
      const result = await pollUntil({
        check,
        timeoutMs: 60_000,
        clock: time.clock,
        sleep: time.sleep,
        retryOn: (error) => (error as Error).name === 'ServiceNotFoundException',
      });
      expect(result).toMatchObject({
        outcome: 'done',
        attempts: 2,
        state: 'not checked yet (retrying after ServiceNotFoundException)',
      });
    });
  });
});

describe('realSleep', () => {
  it('resolves when the signal aborts, long before the delay', async () => {
    const controller = new AbortController();
    const sleeping = realSleep(600_000, controller.signal);
    controller.abort();
    await expect(sleeping).resolves.toBeUndefined();
  });

  it('resolves at once when the signal is already aborted', async () => {
    await expect(realSleep(600_000, AbortSignal.abort())).resolves.toBeUndefined();
  });

  it('waits the delay without a signal', async () => {
    await expect(realSleep(1)).resolves.toBeUndefined();
  });
});

describe('progress during a long wait', () => {
  /** Times (ms since the start) and text of every progress line. */
  function recorder(time: ReturnType<typeof fakeTime>) {
    const lines: Array<{ at: number; line: string }> = [];
    return { lines, onProgress: (line: string) => lines.push({ at: time.elapsed(), line }) };
  }
  const gaps = (lines: Array<{ at: number }>, end: number) =>
    [...lines.map((line) => line.at), end].map((at, index, all) => at - (all[index - 1] ?? 0));

  it('says the state and the elapsed time at least every 30 s while the state stays the same', async () => {
    const time = fakeTime();
    const { lines, onProgress } = recorder(time);
    const outcome = await pollUntil({
      check: async () => ({ status: 'pending', state: 'PRIMARY IN_PROGRESS: 1/2 running' }),
      timeoutMs: 300_000,
      initialDelayMs: 20_000,
      maxDelayMs: 120_000,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 1,
      onProgress,
    });
    expect(outcome.outcome).toBe('timeout');
    expect(Math.max(...gaps(lines, time.elapsed()))).toBeLessThanOrEqual(30_000);
    expect(lines[0]?.line).toBe('[0s] PRIMARY IN_PROGRESS: 1/2 running');
    expect(lines[1]?.line).toBe('[30s] still PRIMARY IN_PROGRESS: 1/2 running (waiting for 30s)');
    expect(lines.at(-1)?.line).toMatch(
      /^\[300s\] still PRIMARY IN_PROGRESS: 1\/2 running \(waiting for 5m\)$/,
    );
  });

  it('does not cut sleeps when nobody listens', async () => {
    const time = fakeTime();
    await pollUntil({
      check: async () => ({ status: 'pending', state: 'x' }),
      timeoutMs: 200_000,
      initialDelayMs: 100_000,
      maxDelayMs: 100_000,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 1,
    });
    expect(time.sleeps).toEqual([100_000, 100_000]);
  });

  it('waitWithProgress: a 5-minute hold says where it is every 30 s', async () => {
    const time = fakeTime();
    const { lines, onProgress } = recorder(time);
    await waitWithProgress(300_000, 'holding 10%', { clock: time.clock, sleep: time.sleep, onProgress });
    expect(time.elapsed()).toBe(300_000);
    expect(lines).toHaveLength(11);
    expect(Math.max(...gaps(lines, time.elapsed()))).toBeLessThanOrEqual(30_000);
    expect(lines[5]?.line).toBe('[150s] still holding 10% (waiting for 2m30s)');
  });
});
