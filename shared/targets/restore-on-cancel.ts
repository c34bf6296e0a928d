// The rollback on cancel of a deploy action (`rollback-on-cancel: true`): when the runner cancels
// the step after the deploy changed something, the previous state is restored through the same
// registry restore that auto-rollback and the root action use, started (not followed) within the
// runner's grace period, reported in the log, the summary and the outputs, and the step fails.
import { ActionError } from '../action/errors.js';
import { formatDuration } from '../action/duration.js';
import { info } from '../action/runtime.js';
import type { RunContext } from '../action/run.js';
import { describeResource } from '../record/describe.js';
import type { DeploymentRecord } from '../record/record.js';
import type { Connections } from './registry.js';

export interface RestoreOnCancelOptions {
  context: Pick<RunContext, 'signal' | 'grace' | 'summary'>;
  /** The action's `rollback-on-cancel` input. */
  enabled: boolean;
  /** The records the deploy made so far (read after it stopped). */
  records: () => DeploymentRecord[];
  connections?: Connections;
  /** Writes the outputs again, with the restored records and `rolled-back`. */
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
    const restorable = options
      .records()
      .filter(
        (record) => record.previous !== null && record.current !== null && record.status !== 'rolled-back',
      );
    if (!restorable.length) throw error;

    const signalName = grace.signalName ?? 'the cancel';
    const signal = grace.claim();
    info(
      `Cancelled (${signalName}): starting the restore of the previous state (rollback-on-cancel), ${formatDuration(grace.remainingMs())} left before the runner ends the step.`,
    );
    const { restoreRecord } = await import('./registry.js');
    const problems: string[] = [];
    await Promise.all(
      restorable.map(async (record) => {
        const name = describeResource(record);
        try {
          const restored = await restoreRecord(
            record,
            {
              timeoutMs: Math.max(1, grace.remainingMs()),
              maxPollIntervalMs: 1000,
              signal,
              force: false,
              wait: false,
            },
            options.connections ?? {},
          );
          if (restored.refused) {
            problems.push(`${name}: refused: ${restored.refused}`);
            return;
          }
          record.status = 'rolled-back';
          record.message = `cancelled; restore started ${grace.sinceSignalMs()} ms after ${signalName} (${restored.from} → ${restored.to}), not followed`;
          record.finishedAt = new Date().toISOString();
          info(`${name}: restore started (${restored.from} → ${restored.to}).`);
        } catch (caught) {
          problems.push(`${name}: ${caught instanceof Error ? caught.message : String(caught)}`);
        }
      }),
    );
    const records = options.records();
    const rolledBack = problems.length === 0;
    options.report(records, rolledBack);
    const took = `${grace.sinceSignalMs()} ms after ${signalName}`;
    const restoredCount = restorable.length - problems.length;
    const message = rolledBack
      ? `Cancelled (${signalName}): the restore of the previous state was started ${took} (rollback-on-cancel); it was not followed to the end.`
      : `Cancelled (${signalName}): the restore got this far within the grace period: ${restoredCount} of ${restorable.length} started; not restored: ${problems.join('; ')}.`;
    context.summary.status(rolledBack ? 'warning' : 'failure', message);
    throw new ActionError(message);
  }
}
