import { readInputs } from '../../../shared/action/inputs.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { info, group } from '../../../shared/action/runtime.js';
import { ActionError } from '../../../shared/action/errors.js';
import { formatDuration } from '../../../shared/action/duration.js';
import type { RunContext } from '../../../shared/action/run.js';
import type { DeploymentRecord } from '../../../shared/record/record.js';
import { reportConsoleLinks } from '../../../shared/aws/console.js';
import { inputs, outputs } from './inputs.js';
import { planRollback } from './plan.js';
import { kubeconfigPath } from '../../../shared/kube/kubeconfig-path.js';
import { restoreAll, type RestoreRow } from './restore.js';
import { reportQuiet, reportRollback } from './report.js';
import { rollbackCommandOutput } from '../../../shared/targets/ecs/command.js';
import { GitHubDeployments } from '../../../shared/github/deployments.js';
import { reportRollbackToGitHub } from '../../../shared/github/report.js';
import { startStepBudget } from '../../../shared/wait/budget.js';

export async function main(context: RunContext): Promise<void> {
  const values = await readInputs(inputs);
  startStepBudget('wait-timeout', values['wait-timeout']); // one budget for every wait of the step
  const plan = planRollback(values);
  const kubeconfig = kubeconfigPath(values.kubeconfig);
  const connections = {
    eks: {
      ...(values['api-server'] ? { apiServer: values['api-server'] } : {}),
      ...(values['certificate-authority-data'] ? { caData: values['certificate-authority-data'] } : {}),
      ...(kubeconfig ? { kubeconfig } : {}),
    },
    ec2: {
      ...(values['health-command'] ? { healthCommand: values['health-command'] } : {}),
      healthTimeoutMs: values['health-timeout'],
    },
  };
  const follow = {
    timeoutMs: values['wait-timeout'],
    maxPollIntervalMs: values['max-poll-interval'],
    signal: context.signal,
    onProgress: info,
  };

  let reason = values.reason || 'requested';
  if (plan.alarms) {
    const { watchBakeWindow } = await import('./bake.js');
    const region = values['aws-region'] || plan.records?.[0]?.region || plan.manual?.region;
    const watch = await group(
      `Watching ${plan.alarms.names.length} alarm(s) for ${formatDuration(plan.alarms.bakeTimeMs)}`,
      () => watchBakeWindow(plan.alarms!, region, follow),
    );
    if (watch.outcome !== 'alarm') {
      const quiet = `no alarm entered ALARM in ${formatDuration(watch.elapsedMs)}${watch.outcome === 'cancelled' ? ' (cancelled)' : ''}`;
      reportQuiet(context.summary, plan.alarms.names, watch.alreadyInAlarm, quiet);
      writeOutputs(outputs, { 'rolled-back': false, restored: [], reason: quiet });
      if (watch.outcome === 'cancelled')
        throw new ActionError('Cancelled during the bake window; nothing was rolled back.');
      return;
    }
    reason = watch.reason;
  }

  // A record is restored in its own region; one built here from the live state has no breadcrumb.
  let records: DeploymentRecord[];
  if (plan.records) records = plan.records;
  else {
    const { resolveManualRecord } = await import('../../../shared/targets/registry.js');
    records = [await resolveManualRecord(plan.manual!, values['aws-region'] || undefined, connections)];
  }
  const trustLiveState = !plan.records;

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
        trustLiveState,
        ...(commandStep ? { beforeEcsRestore: commandStep.hook } : {}),
      },
      connections,
    ),
  );
  reportRollback(context.summary, rows, reason, Date.now() - context.startedAt.getTime());
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
    ...(commandStep ? { 'rollback-command-result': rollbackCommandOutput(commandStep.results) } : {}),
  });
  const failed = rows.filter((row) => row.status === 'failed' || row.status === 'refused');
  if (failed.length) throw new ActionError(failed.map((row) => `${row.resource}: ${row.message}`).join('; '));
  const restored = rows.filter((row) => row.changed);
  if (restored.length && values['fail-on-rollback'])
    throw new ActionError(
      `Rolled back ${restored.map((row) => row.resource).join(', ')} (${reason}): the release did not stand. Set fail-on-rollback: false for this step to succeed after a rollback.`,
    );
}
