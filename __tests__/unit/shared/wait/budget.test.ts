// The step's time budget: every wait of a step (pollUntil) is clamped to what is left of the one
// deadline set from wait-timeout, deliberate waits (bake, hold) are not, and the phase that ran out
// is named.
import { describe, expect, it } from '@jest/globals';
import { pollUntil, waitWithProgress, type Sleep } from '../../../../shared/wait/poll.js';
import { currentBudget, startStepBudget, withStepScope } from '../../../../shared/wait/budget.js';
import { group } from '../../../../shared/action/runtime.js';
import { captureStdout } from '../../../support/capture.js';

function fakeTime() {
  let now = 5_000_000;
  const sleep: Sleep = async (ms) => {
    now += ms;
  };
  return { clock: { now: () => now }, sleep, elapsed: () => now - 5_000_000 };
}

const MINUTE = 60_000;

describe('step budget', () => {
  it('clamps the second wait of a step to what the first left, and names the phase that ran out', async () => {
    const time = fakeTime();
    const stdout = captureStdout();
    try {
      await withStepScope(async () => {
        const budget = startStepBudget('wait-timeout', 10 * MINUTE, time.clock);
        // A migration that succeeds after 8 minutes…
        let polls = 0;
        const migration = await group('Migration: migrate', () =>
          pollUntil({
            check: async () =>
              time.elapsed() >= 8 * MINUTE
                ? { status: 'done', value: 1 }
                : { status: 'pending', state: `poll ${++polls}` },
            timeoutMs: 10 * MINUTE,
            maxDelayMs: 15_000,
            clock: time.clock,
            sleep: time.sleep,
            random: () => 1,
          }),
        );
        expect(migration.outcome).toBe('done');
        // …leaves the follow 2 minutes, not another 10.
        const follow = await group('Following deployment ecs-svc/1', () =>
          pollUntil({
            check: async () => ({ status: 'pending', state: 'IN_PROGRESS' }),
            timeoutMs: 10 * MINUTE,
            maxDelayMs: 15_000,
            clock: time.clock,
            sleep: time.sleep,
            random: () => 1,
          }),
        );
        expect(follow).toMatchObject({ outcome: 'timeout', budgetExhausted: true });
        expect(time.elapsed()).toBeGreaterThanOrEqual(10 * MINUTE);
        expect(time.elapsed()).toBeLessThan(10 * MINUTE + 15_000);
        expect(budget.describeExhaustion()).toBe(
          "The step's time budget (wait-timeout: 10m) ran out during 'Following deployment ecs-svc/1', after 10m of waiting.",
        );
      });
    } finally {
      stdout.restore();
    }
  });

  it('leaves a wait under its own timeout when that comes first, and reports no exhaustion', async () => {
    const time = fakeTime();
    await withStepScope(async () => {
      const budget = startStepBudget('wait-timeout', 10 * MINUTE, time.clock);
      const outcome = await pollUntil({
        check: async () => ({ status: 'pending', state: 'waiting' }),
        timeoutMs: MINUTE,
        clock: time.clock,
        sleep: time.sleep,
      });
      expect(outcome.outcome).toBe('timeout');
      expect(outcome).not.toHaveProperty('budgetExhausted');
      expect(budget.exhausted).toBeUndefined();
    });
  });

  it('does not clamp a deliberate wait (a hold or bake with its own input)', async () => {
    const time = fakeTime();
    await withStepScope(async () => {
      startStepBudget('wait-timeout', MINUTE, time.clock);
      const hold = await waitWithProgress(5 * MINUTE, 'holding 10%', {
        clock: time.clock,
        sleep: time.sleep,
      });
      expect(hold.outcome).toBe('timeout');
      expect(time.elapsed()).toBe(5 * MINUTE);
      expect(currentBudget()?.exhausted).toBeUndefined();
    });
  });

  it('spends nothing during a deliberate wait or between waits: a bake does not eat the rollback', async () => {
    const time = fakeTime();
    await withStepScope(async () => {
      const budget = startStepBudget('wait-timeout', 10 * MINUTE, time.clock);
      await pollUntil({
        check: async () =>
          time.elapsed() >= 4 * MINUTE
            ? { status: 'done', value: 1 }
            : { status: 'pending', state: 'IN_PROGRESS' },
        timeoutMs: 10 * MINUTE,
        clock: time.clock,
        sleep: time.sleep,
        random: () => 1,
      });
      const followed = time.elapsed();
      await waitWithProgress(20 * MINUTE, 'baking', { clock: time.clock, sleep: time.sleep });
      await time.sleep(MINUTE); // API calls between waits
      expect(budget.remainingMs()).toBe(10 * MINUTE - followed);
    });
  });

  it('counts concurrent waits once (rollouts of several Deployments followed together)', async () => {
    let now = 0;
    const clock = { now: () => now };
    await withStepScope(async () => {
      const budget = startStepBudget('wait-timeout', 10 * MINUTE, clock);
      const first = budget.enter();
      const second = budget.enter();
      now += 3 * MINUTE;
      first();
      now += MINUTE;
      second();
      now += 5 * MINUTE;
      expect(budget.spentMs()).toBe(4 * MINUTE);
      expect(budget.remainingMs()).toBe(6 * MINUTE);
    });
  });

  it('checks at once even when the budget is spent, then stops', async () => {
    const time = fakeTime();
    await withStepScope(async () => {
      startStepBudget('wait-timeout', 0, time.clock);
      let checks = 0;
      const outcome = await pollUntil({
        check: async () => {
          checks += 1;
          return { status: 'pending', state: 'IN_PROGRESS' };
        },
        timeoutMs: MINUTE,
        clock: time.clock,
        sleep: time.sleep,
      });
      expect(checks).toBe(1);
      expect(outcome).toMatchObject({ outcome: 'timeout', budgetExhausted: true, state: 'IN_PROGRESS' });
    });
  });

  it('gives a rollback at least what it asks once the deploy spent the budget, and says by how much', async () => {
    const time = fakeTime();
    await withStepScope(async () => {
      const budget = startStepBudget('wait-timeout', 8 * MINUTE, time.clock);
      const leave = budget.enter(); // the deploy's follow waits it all
      await time.sleep(8 * MINUTE);
      leave();
      expect(budget.remainingMs()).toBe(0);
      expect(budget.ensureAtLeast(2 * MINUTE)).toBe(2 * MINUTE);
      expect(budget.remainingMs()).toBe(2 * MINUTE);
      expect(budget.ensureAtLeast(MINUTE)).toBe(0);
      expect(budget.spentBoundMs()).toBe(10 * MINUTE);
    });
  });

  it('clamps nothing outside a step scope, and a budget never leaks from one step to the next', async () => {
    const time = fakeTime();
    startStepBudget('wait-timeout', 0, time.clock);
    expect(currentBudget()).toBeUndefined();
    await withStepScope(async () => {
      startStepBudget('wait-timeout', 0, time.clock);
    });
    await withStepScope(async () => {
      expect(currentBudget()).toBeUndefined();
    });
  });
});
