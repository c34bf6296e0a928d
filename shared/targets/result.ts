// What a deploy concluded, and the records' final words once the release around them has decided:
// records are never changed after the target returned them; these functions return new ones.
import type { DeploymentRecord, RecordStatus } from '../record/record.js';
import type { DeployResult } from './types.js';

/** A deploy's error in words: an Error's message, else the value as JSON (a thrown object stays readable). */
export function deployErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}

/** A deploy action's last word: the deploy's own error, for the run wrapper to describe. */
export function throwIfFailed(result: DeployResult): void {
  if (result.error === undefined) return;
  throw result.error instanceof Error ? result.error : new Error(deployErrorMessage(result.error));
}

/** The record's status and message once the deploy stopped; `error` is set when it failed. */
export function concluded(
  dryRun: boolean,
  error: unknown,
  signal: AbortSignal | undefined,
): { status: RecordStatus; message: string | undefined } {
  if (error === undefined) return { status: dryRun ? 'planned' : 'succeeded', message: undefined };
  return {
    status: signal?.aborted ? 'cancelled' : 'failed',
    message: deployErrorMessage(error),
  };
}

/**
 * The records of a release that failed after its deploy succeeded: a restored record says
 * rolled-back, the others say failed (or cancelled), each with the release's reason.
 */
export function afterFailure(
  records: readonly DeploymentRecord[],
  failure: {
    reason: string;
    cancelled: boolean;
    restored: ReadonlySet<DeploymentRecord>;
    /** Said of each restored record after the reason (a restore started on cancel, not followed). */
    restoredNote?: string | undefined;
  },
): DeploymentRecord[] {
  const finishedAt = new Date().toISOString();
  const restoredMessage = failure.restoredNote
    ? `${failure.reason}; ${failure.restoredNote}`
    : failure.reason;
  return records.map((record): DeploymentRecord => {
    if (failure.restored.has(record))
      return { ...record, status: 'rolled-back', message: restoredMessage, finishedAt };
    if (record.status !== 'succeeded') return record;
    return { ...record, status: failure.cancelled ? 'cancelled' : 'failed', message: failure.reason };
  });
}
