// auto-rollback: read inputs → (watch the alarms for the bake window: quiet → nothing to do) → the
// records (or one built from the live state) → the restore loop of shared/targets/restore.ts →
// summary, GitHub deployments, outputs.
import { readInputs, type InputValues } from '../../../shared/action/inputs.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { info, group } from '../../../shared/action/runtime.js';
import { ActionError } from '../../../shared/action/errors.js';
import { formatDuration } from '../../../shared/action/duration.js';
import type { RunContext } from '../../../shared/action/run.js';
import type { DeploymentRecord } from '../../../shared/record/record.js';
import { reportConsoleLinks } from '../../../shared/aws/console.js';
import { inputs, outputs } from './inputs.js';
import { planRollback, type RollbackPlan } from './plan.js';
import { kubeconfigPath } from '../../../shared/kube/kubeconfig-path.js';
import { restoreAll, unrestored, type RestoreRow } from '../../../shared/targets/restore.js';
import { reportRestores } from '../../../shared/targets/summary.js';
import { eksConnection } from '../../../shared/targets/eks/connection.js';
import type { Connections, FollowOptions } from '../../../shared/targets/types.js';
import { reportQuiet } from './report.js';
import { rollbackCommandOutput } from '../../../shared/targets/ecs/command.js';
import { GitHubDeployments } from '../../../shared/github/deployments.js';
import { reportRollbackToGitHub } from '../../../shared/github/report.js';
import { startStepBudget } from '../../../shared/wait/budget.js';

type Values = InputValues<typeof inputs>;
type Follow = FollowOptions & { signal: AbortSignal; onProgress: (line: string) => void };

export async function main(context: RunContext): Promise<void> {
  const values = await readInputs(inputs);
  startStepBudget('wait-timeout', values['wait-timeout']); // one budget for every wait of the step
  const plan = planRollback(values);
  const connections: Connections = {
    eks: eksConnection(values, kubeconfigPath(values.kubeconfig)),
    ec2: { healthCommand: values['health-command'] || undefined, healthTimeoutMs: values['health-timeout'] },
  };
  const follow: Follow = {
    timeoutMs: values['wait-timeout'],
    maxPollIntervalMs: values['max-poll-interval'],
    signal: context.signal,
    onProgress: info,
  };
  const reason = plan.alarms
    ? await alarmReason(plan, values, context, follow)
    : values.reason || 'requested';
  if (reason === undefined) return;

  // A record is restored in its own region; one built here from the live state has no breadcrumb.
  const records = plan.records ?? [await liveRecord(plan, values, connections)];
  // the rollback command (ECS) runs from inside the restore, once it is decided
  const commandStep = plan.rollbackCommand
    ? (await import('../../../shared/targets/ecs/rollback-command.js')).rollbackCommandStep({
        command: plan.rollbackCommand,
        summary: context.summary,
        follow,
      })
    : undefined;
  const rows: RestoreRow[] = await group(`Restoring ${records.length} resource(s)`, () =>
    restoreAll(
      records,
      {
        ...follow,
        force: values.force,
        wait: values.wait,
        trustLiveState: !plan.records,
        ...(commandStep ? { beforeEcsRestore: commandStep.hook } : {}),
      },
      connections,
      'auto-rollback',
    ),
  );
  const elapsedMs = Date.now() - context.startedAt.getTime();
  reportRestores(context.summary, rows, { reason, elapsedMs, headingLevel: 2 });
  await report(context, values, records, rows, reason);
  writeOutputs(outputs, {
    'rolled-back': rows.some((row) => row.changed),
    restored: rows.map(({ target, resource, from, to, changed, status }) => ({
      target,
      resource,
      from,
      to,
      changed,
      status,
    })),
    reason,
    'rollback-command-result': commandStep ? rollbackCommandOutput(commandStep.results) : undefined,
  });
  const failed = rows.filter(unrestored);
  if (failed.length) throw new ActionError(failed.map((row) => `${row.resource}: ${row.message}`).join('; '));
  const restored = rows.filter((row) => row.changed);
  if (restored.length && values['fail-on-rollback'])
    throw new ActionError(
      `Rolled back ${restored.map((row) => row.resource).join(', ')} (${reason}): the release did not stand. Set fail-on-rollback: false for this step to succeed after a rollback.`,
    );
}

/**
 * Watches the alarms for the bake window: the alarm's reason when one fired, else undefined once
 * the quiet window is reported (and a cancel thrown).
 */
async function alarmReason(
  plan: RollbackPlan,
  values: Values,
  context: RunContext,
  follow: Follow,
): Promise<string | undefined> {
  const alarms = plan.alarms!;
  const { watchBakeWindow } = await import('./bake.js');
  // each alarm is watched in its own region: an ARN's, else the records'
  const regions = plan.records ? plan.records.map((record) => record.region) : [plan.manual?.region];
  const watch = await group(
    `Watching ${alarms.names.length} alarm(s) for ${formatDuration(alarms.bakeTimeMs)}`,
    () => watchBakeWindow(alarms, regions, follow),
  );
  if (watch.outcome === 'alarm') return watch.reason;
  const quiet = `no alarm entered ALARM in ${formatDuration(watch.elapsedMs)}${watch.outcome === 'cancelled' ? ' (cancelled)' : ''}`;
  reportQuiet(context.summary, alarms.names, watch.alreadyInAlarm, quiet);
  writeOutputs(outputs, { 'rolled-back': false, restored: [], reason: quiet });
  if (watch.outcome === 'cancelled')
    throw new ActionError('Cancelled during the bake window; nothing was rolled back.');
  return undefined;
}

async function liveRecord(
  plan: RollbackPlan,
  values: Values,
  connections: Connections,
): Promise<DeploymentRecord> {
  const { resolveManualRecord } = await import('../../../shared/targets/registry.js');
  return resolveManualRecord(plan.manual!, values['aws-region'] || undefined, connections);
}

/** Console links of what was restored; the GitHub deployments of the records marked rolled back. */
async function report(
  context: RunContext,
  values: Values,
  records: DeploymentRecord[],
  rows: RestoreRow[],
  reason: string,
): Promise<void> {
  const restoredRecords = records.filter((_, index) =>
    ['restored', 'already-restored'].includes(rows[index]?.status ?? ''),
  );
  reportConsoleLinks(
    context.summary,
    records.filter((_, index) => rows[index]?.changed || rows[index]?.status === 'already-restored'),
  );
  if (restoredRecords.length)
    await reportRollbackToGitHub(
      GitHubDeployments.fromInputs(values, 'auto-rollback'),
      restoredRecords,
      reason,
    );
}
