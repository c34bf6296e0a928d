// The one timeline of a release for the job summary: deploy, smoke test, bake, rollback, each with
// its start (from the start of the release), duration, from → to and outcome.
import { formatDuration } from '../../../shared/action/duration.js';
import { code, raw, type Status, type Summary } from '../../../shared/action/summary.js';

export type Phase = 'deploy' | 'smoke test' | 'bake' | 'rollback';
export type Outcome =
  | 'succeeded'
  | 'failed'
  | 'timed out'
  | 'cancelled'
  | 'skipped'
  | 'alarm'
  | 'clear'
  | 'restored'
  | 'unchanged';

export interface Step {
  phase: Phase;
  outcome: Outcome;
  startedAt: number;
  finishedAt: number;
  from?: string | undefined;
  to?: string | undefined;
  detail?: string | undefined;
}

const ICON: Record<Outcome, string> = {
  succeeded: '✅',
  restored: '↩️',
  unchanged: '➖',
  clear: '✅',
  skipped: '⏭️',
  failed: '❌',
  'timed out': '❌',
  alarm: '🚨',
  cancelled: '⏹️',
};

export class Timeline {
  readonly steps: Step[] = [];

  constructor(
    readonly startedAt: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Starts a step; call the returned function to end it. */
  begin(
    phase: Phase,
  ): (outcome: Outcome, details?: Omit<Step, 'phase' | 'outcome' | 'startedAt' | 'finishedAt'>) => Step {
    const startedAt = this.clock();
    return (outcome, details = {}) => {
      const step: Step = { phase, outcome, startedAt, finishedAt: this.clock(), ...details };
      this.steps.push(step);
      return step;
    };
  }

  skip(phase: Phase, detail: string): void {
    const now = this.clock();
    this.steps.push({ phase, outcome: 'skipped', startedAt: now, finishedAt: now, detail });
  }

  last(phase: Phase): Step | undefined {
    return [...this.steps].reverse().find((step) => step.phase === phase);
  }

  /** Heading, one status line and the timeline table. */
  render(summary: Summary, title: string, status: Status, headline: string): void {
    summary.heading(raw(title));
    summary.status(status, headline);
    summary.table(
      ['step', 'result', 'at', 'took', 'from → to', 'detail'],
      this.steps.map((step) => [
        step.phase,
        `${ICON[step.outcome]} ${step.outcome}`,
        `+${formatDuration(Math.max(0, step.startedAt - this.startedAt))}`,
        step.outcome === 'skipped' ? '–' : formatDuration(Math.max(0, step.finishedAt - step.startedAt)),
        step.from !== undefined || step.to !== undefined
          ? raw(`${code(step.from || '(none)')} → ${code(step.to || '(none)')}`)
          : '',
        step.detail ?? '',
      ]),
    );
    summary.paragraph(`Total: ${formatDuration(Math.max(0, this.clock() - this.startedAt))}.`);
  }
}
