// The rollback on cancel of a deploy action (`rollback-on-cancel: true`): when the runner cancels
// the step after the deploy changed something, the previous state is restored through the one
// restore loop (restore.ts) that auto-rollback and the root action use, started (not followed)
// within the runner's grace period, reported in the log, the summary and the outputs, and the step
// fails.
import { ActionError } from '../action/errors.js';
import { formatDuration } from '../action/duration.js';
import { info } from '../action/runtime.js';
import type { RunContext } from '../action/run.js';
import type { DeploymentRecord } from '../record/record.js';
import type { Connections } from './types.js';

export interface RestoreOnCancelOptions {
  context: Pick<RunContext, 'signal' | 'grace' | 'summary'>;
  /** The action's `rollback-on-cancel` input. */
  enabled: boolean;
  /** The action whose IAM policy an AccessDenied names. */
  action: string;
  /** The records the deploy made so far (read after it stopped). */
  records: () => DeploymentRecord[];
  connections?: Connections | undefined;
  /** Writes the outputs again, with the records after the restore and `rolled-back`. */
  report: (records: DeploymentRecord[], rolledBack: boolean) => void;
}

/** Awaits the deploy; on a cancel with something to undo, starts its restore before rethrowing. */
export async function restoreOnCancel<T>(deploying: Promise<T>, options: RestoreOnCancelOptions): Promise<T> {
  try {
    return await deploying;
  } catch (error) {
    const { context } = options;
    const grace = context.grace;
    if (!options.enabled || !context.signal.aborted || !grace) throw error;
    const records = options.records();
    const restorable = records.filter(
      (record) => record.previous !== null && record.current !== null && record.status !== 'rolled-back',
    );
    if (!restorable.length) throw error;

    const signalName = grace.signalName ?? 'the cancel';
    const signal = grace.claim();
    info(
      `Cancelled (${signalName}): starting the restore of the previous state (rollback-on-cancel), ${formatDuration(grace.remainingMs())} left before the runner ends the step.`,
    );
    const { restoreAll, unrestored } = await import('./restore.js');
    const rows = await restoreAll(
      restorable,
      {
        timeoutMs: Math.max(1, grace.remainingMs()),
        maxPollIntervalMs: 1000,
        signal,
        force: false,
        wait: false,
      },
      options.connections ?? {},
      options.action,
    );
    const took = `${grace.sinceSignalMs()} ms after ${signalName}`;
    const finishedAt = new Date().toISOString();
    const started = new Map(
      restorable.flatMap((record, index) => {
        const row = rows[index];
        return row && !unrestored(row) ? [[record, row] as const] : [];
      }),
    );
    const after = records.map((record): DeploymentRecord => {
      const row = started.get(record);
      if (!row) return record;
      // the deploy's own revert (a Lambda alias mid-shift) or a cancel before the change took hold
      const message = row.changed
        ? `cancelled; restore started ${took} (${row.from} → ${row.to}), not followed`
        : `cancelled; already in the previous state (${row.to})`;
      info(`${row.resource}: ${message.replace('cancelled; ', '')}.`);
      return { ...record, status: 'rolled-back', message, finishedAt };
    });
    const problems = rows.filter(unrestored).map((row) => `${row.resource}: ${row.status}: ${row.message}`);
    const rolledBack = problems.length === 0;
    options.report(after, rolledBack);
    const message = rolledBack
      ? `Cancelled (${signalName}): the restore of the previous state was started ${took} (rollback-on-cancel); it was not followed to the end.`
      : `Cancelled (${signalName}): the restore got this far within the grace period: ${started.size} of ${restorable.length} started; not restored: ${problems.join('; ')}.`;
    context.summary.status(rolledBack ? 'warning' : 'failure', message);
    throw new ActionError(message);
  }
}
