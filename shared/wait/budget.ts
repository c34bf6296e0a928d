// One time budget per step, set once from the step's `wait-timeout`: every wait of the step
// (pollUntil: in-progress wait, migration, follow, rollback) is clamped to what is left of it, so
// the waits of a step add up to the budget, never to a multiple of it. Only waiting spends it
// (concurrent waits count once); deliberate waits that have their own input (a bake time, a
// traffic hold, the smoke test) are neither clamped nor counted. The budget lives in the step's async scope
// (run() opens it), so no wait needs it passed by hand; outside a scope nothing is clamped.
import { AsyncLocalStorage } from 'node:async_hooks';
import { formatDuration } from '../action/duration.js';
import type { Clock } from './poll.js';

/** Where a wait ran out of the step's budget. */
export interface BudgetExhaustion {
  /** The phase (log group) the wait belonged to, or the wait's last state outside any group. */
  phase: string;
  /** Waiting time spent when it ran out. */
  elapsedMs: number;
}

export class StepBudget {
  private readonly startedAt: number;
  private extendedBy = 0;
  /** Waiting time spent before the waits under way now started. */
  private spentBefore = 0;
  /** Budgeted waits under way (they may run concurrently: their overlap counts once). */
  private active = 0;
  private activeSince = 0;
  /** The first wait cut short by the budget, if any. */
  exhausted: BudgetExhaustion | undefined;

  constructor(
    /** The input the budget comes from, as the user wrote it in the workflow. */
    readonly input: string,
    readonly totalMs: number,
    private readonly clock: Clock = { now: () => Date.now() },
  ) {
    this.startedAt = clock.now();
  }

  /**
   * Counts the time from now until the returned function is called as waiting. Only waiting
   * spends the budget: the calls between waits, and deliberate waits (bake, hold, smoke test),
   * do not.
   */
  enter(): () => void {
    if (this.active === 0) this.activeSince = this.clock.now();
    this.active += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.active -= 1;
      if (this.active === 0) this.spentBefore += this.clock.now() - this.activeSince;
    };
  }

  /** Waiting time spent so far. */
  spentMs(): number {
    return this.spentBefore + (this.active > 0 ? this.clock.now() - this.activeSince : 0);
  }

  remainingMs(): number {
    return Math.max(0, this.totalMs + this.extendedBy - this.spentMs());
  }

  elapsedMs(): number {
    return this.clock.now() - this.startedAt;
  }

  /**
   * Gives what follows (a rollback) at least `ms`, moving the deadline if less is left. Returns the
   * extension granted (0 when enough was left), which the caller reports.
   */
  ensureAtLeast(ms: number): number {
    const missing = ms - this.remainingMs();
    if (missing <= 0) return 0;
    this.extendedBy += missing;
    return missing;
  }

  /** The most a step can wait under this budget, with every extension granted. */
  spentBoundMs(): number {
    return this.totalMs + this.extendedBy;
  }

  ranOut(phase: string): void {
    this.exhausted ??= { phase, elapsedMs: this.spentMs() };
  }

  /** One sentence for the log and the summary: which phase ran out of the budget. */
  describeExhaustion(): string | undefined {
    if (!this.exhausted) return undefined;
    return `The step's time budget (${this.input}: ${formatDuration(this.totalMs)}) ran out during '${this.exhausted.phase}', after ${formatDuration(this.exhausted.elapsedMs)} of waiting.`;
  }
}

interface StepScope {
  /** Shared by every phase of the step, so a budget set anywhere holds for the whole step. */
  step: { budget?: StepBudget };
  /** The phase the step is in (the log group open now). */
  phase?: string;
}

const scopes = new AsyncLocalStorage<StepScope>();

/** Runs a step's body in its own scope (run() does it for every action). */
export function withStepScope<T>(body: () => Promise<T>): Promise<T> {
  return scopes.run({ step: {} }, body);
}

/**
 * Sets the step's budget, once, as soon as the input is read. Outside a step scope (a unit test
 * calling main directly) the budget is returned but clamps nothing.
 */
export function startStepBudget(input: string, totalMs: number, clock?: Clock): StepBudget {
  const budget = new StepBudget(input, totalMs, clock);
  const scope = scopes.getStore();
  if (scope) scope.step.budget = budget;
  return budget;
}

export function currentBudget(): StepBudget | undefined {
  return scopes.getStore()?.step.budget;
}

export function currentPhase(): string | undefined {
  return scopes.getStore()?.phase;
}

/** Names the phase of the step while `body` runs (the log groups do it), for budget reports. */
export async function inPhase<T>(phase: string, body: () => Promise<T>): Promise<T> {
  const scope = scopes.getStore();
  if (!scope) return body();
  return scopes.run({ ...scope, phase }, body);
}
