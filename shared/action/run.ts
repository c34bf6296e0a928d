// Runs an action's main: one clean error line on failure (stack only in debug), the job summary
// written whatever happens, the runner's cancel signals turned into an AbortSignal (and a grace
// period for the rollback on cancel), and the step's time budget scope (shared/wait/budget.ts).
import { debug, info, isDebug, setFailed, warning } from './runtime.js';
import { Summary } from './summary.js';
import { redact } from './secrets.js';
import { errorMessage, InputError } from './errors.js';
import { hasProxyVariable, loadProxySupport } from '../http/proxy.js';
import { describeError } from '../aws/errors.js';
import { currentBudget, withStepScope } from '../wait/budget.js';

export interface RunContext {
  /** The action's name, as in actions/<name>/. */
  readonly action: string;
  /** Aborted when the runner cancels the job (SIGINT, then SIGTERM). */
  readonly signal: AbortSignal;
  readonly summary: Summary;
  readonly startedAt: Date;
  /** The runner's grace period after a cancel, for the rollback on cancel (absent in unit tests). */
  readonly grace?: CancelGrace;
}

export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(readonly signalName: string) {
    super(`Cancelled: the runner sent ${signalName}.`);
  }
}

/**
 * The runner's documented cancel sequence (docs.github.com, "Workflow cancellation reference"):
 * SIGINT to the step's node process; if it has not exited 7500 ms later, SIGTERM; 2500 ms after
 * that the process tree is killed. A job timeout cancels the same way.
 */
export const RUNNER_SIGINT_TO_SIGTERM_MS = 7500;
export const RUNNER_SIGTERM_TO_KILL_MS = 2500;
/** Time main gets to write its summary and record after a cancel, when it claims no grace. */
const CANCEL_GRACE_MS = 1500;
/** Room kept before the runner's kill: the claimed grace ends here, so outputs and summary get written. */
const GRACE_ENDS_BEFORE_KILL_MS = 1100;
/** The process ends itself this long before the runner's kill, whatever main is doing. */
const EXIT_BEFORE_KILL_MS = 600;

/** After a cancel: the time left before the runner kills the step, for work that must still happen. */
export interface CancelGrace {
  /** The first cancel signal received, if any. */
  readonly signalName: string | undefined;
  /** Milliseconds since the first cancel signal (0 before any). */
  sinceSignalMs(): number;
  /** Milliseconds left before the grace ends (0 before any cancel: there is no grace to use). */
  remainingMs(): number;
  /**
   * Claims the grace (the rollback on cancel): the process is not ended after CANCEL_GRACE_MS nor
   * on the second signal, only just before the runner's kill; the signal returned is aborted when
   * the claimed time is up, so the work stops in time to be reported.
   */
  claim(): AbortSignal;
}

/** The cancel sequence of one run: the abort of main's signal, then the grace and the forced exit. */
class Cancellation implements CancelGrace {
  readonly controller = new AbortController();
  private readonly graceController = new AbortController();
  signalName: string | undefined;
  private firstAt = 0;
  private killAt = 0;
  private claimed = false;
  private exitTimer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;

  readonly onSignal = (signalName: NodeJS.Signals): void => {
    const now = Date.now();
    if (this.signalName === undefined) {
      this.signalName = signalName;
      this.firstAt = now;
      this.killAt =
        now + (signalName === 'SIGINT' ? RUNNER_SIGINT_TO_SIGTERM_MS : 0) + RUNNER_SIGTERM_TO_KILL_MS;
      info(`Received ${signalName}: stopping and recording the state reached.`);
      this.controller.abort(new CancelledError(signalName));
      this.schedule(this.claimed ? this.killAt - EXIT_BEFORE_KILL_MS : now + CANCEL_GRACE_MS);
      return;
    }
    if (!this.claimed) process.exit(1);
    this.killAt = Math.min(this.killAt, now + RUNNER_SIGTERM_TO_KILL_MS);
    info(`Received ${signalName}: finishing the rollback on cancel before the runner ends the step.`);
    this.schedule(this.killAt - EXIT_BEFORE_KILL_MS);
  };

  sinceSignalMs(): number {
    return this.signalName === undefined ? 0 : Date.now() - this.firstAt;
  }

  remainingMs(): number {
    if (this.signalName === undefined) return 0;
    return Math.max(0, this.killAt - GRACE_ENDS_BEFORE_KILL_MS - Date.now());
  }

  claim(): AbortSignal {
    if (!this.claimed && this.signalName !== undefined) {
      this.claimed = true;
      this.schedule(this.killAt - EXIT_BEFORE_KILL_MS);
    }
    return this.graceController.signal;
  }

  private schedule(exitAt: number): void {
    clearTimeout(this.exitTimer);
    this.exitTimer = setTimeout(() => process.exit(1), Math.max(0, exitAt - Date.now())).unref();
    clearTimeout(this.graceTimer);
    if (this.claimed)
      this.graceTimer = setTimeout(
        () => this.graceController.abort(new CancelledError('the end of the grace period')),
        Math.max(0, this.killAt - GRACE_ENDS_BEFORE_KILL_MS - Date.now()),
      ).unref();
  }

  stop(): void {
    clearTimeout(this.graceTimer);
  }
}

export async function run(action: string, main: (context: RunContext) => Promise<void>): Promise<void> {
  const cancellation = new Cancellation();
  const controller = cancellation.controller;
  const onSignal = cancellation.onSignal;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const context: RunContext = {
    action,
    signal: controller.signal,
    summary: new Summary(),
    startedAt: new Date(),
    grace: cancellation,
  };
  await withStepScope(async () => {
    try {
      // proxy agents, loaded only when HTTPS_PROXY or HTTP_PROXY is set (main starts at once otherwise)
      if (hasProxyVariable()) await loadProxySupport();
      await main(context);
    } catch (error) {
      // An SDK call cut short by the cancel throws AbortError: report the cancel, not the abort.
      const message = redact(
        controller.signal.aborted && isAbort(error)
          ? describeError(controller.signal.reason, { action })
          : describeError(error, { action }),
      );
      if (isDebug() && error instanceof Error && error.stack) debug(redact(error.stack));
      if (context.summary.isEmpty()) context.summary.heading(action);
      if (!context.summary.reportsFailure()) context.summary.status('failure', message);
      // an input error in a file is annotated with the file and line (still one error line)
      setFailed(message, error instanceof InputError && error.annotation ? error.annotation : {});
    } finally {
      reportBudget(context.summary);
      await writeSummary(context.summary);
      cancellation.stop();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}

/** Which phase ran out of the step's time budget, in the log and the summary. */
function reportBudget(summary: Summary): void {
  const note = currentBudget()?.describeExhaustion();
  if (!note) return;
  warning(note);
  summary.paragraph(`⏱️ ${note}`);
}

/** A summary that cannot be written is worth a warning, never the run's result. */
async function writeSummary(summary: Summary): Promise<void> {
  try {
    await summary.write();
  } catch (error) {
    warning(`The job summary could not be written: ${errorMessage(error)}`);
  }
}

function isAbort(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'AbortError' || name === 'CancelledError';
}
