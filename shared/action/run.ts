// Runs an action's main: one clean error line on failure (stack only in debug), the job summary
// written whatever happens, and the runner's cancel signals turned into an AbortSignal.
import { debug, info, isDebug, setFailed, warning } from './runtime.js';
import { Summary } from './summary.js';
import { redact } from './secrets.js';
import { InputError } from './errors.js';
import { hasProxyVariable, loadProxySupport } from '../http/proxy.js';
import { describeError } from '../aws/errors.js';

export interface RunContext {
  /** The action's name, as in actions/<name>/. */
  readonly action: string;
  /** Aborted when the runner cancels the job (SIGINT, then SIGTERM). */
  readonly signal: AbortSignal;
  readonly summary: Summary;
  readonly startedAt: Date;
}

export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(readonly signalName: string) {
    super(`Cancelled: the runner sent ${signalName}.`);
  }
}

/** Time main gets to write its summary and record after a cancel before the process exits anyway. */
const CANCEL_GRACE_MS = 1500;

export async function run(action: string, main: (context: RunContext) => Promise<void>): Promise<void> {
  const controller = new AbortController();
  const onSignal = (signalName: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(1);
    info(`Received ${signalName}: stopping and recording the state reached.`);
    controller.abort(new CancelledError(signalName));
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const context: RunContext = {
    action,
    signal: controller.signal,
    summary: new Summary(),
    startedAt: new Date(),
  };
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
    await writeSummary(context.summary);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** A summary that cannot be written is worth a warning, never the run's result. */
async function writeSummary(summary: Summary): Promise<void> {
  try {
    await summary.write();
  } catch (error) {
    warning(
      `The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function isAbort(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'AbortError' || name === 'CancelledError';
}
