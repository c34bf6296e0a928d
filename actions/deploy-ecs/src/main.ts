// deploy-ecs: new task-definition revision with the new image(s) → update the service → follow
// this deployment to COMPLETED or FAILED → explain failures → record. The deploy itself lives in
// shared/targets/ecs/deploy.ts (the root release action runs the same code).
import { readInputs, type InputValues } from '../../../shared/action/inputs.js';
import { info } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { code, raw } from '../../../shared/action/summary.js';
import type { RunContext } from '../../../shared/action/run.js';
import type { Clock, Sleep } from '../../../shared/wait/poll.js';
import { createClient, resolveRegion } from '../../../shared/aws/clients.js';
import { imagesToDeploy, validateEcsInputs } from '../../../shared/targets/ecs/request.js';
import { rollbackCommandDigest } from '../../../shared/targets/ecs/command.js';
import type { DeploymentRecord } from '../../../shared/record/record.js';
import { subjectOf } from '../../../shared/github/deployments.js';
import { settleGitHubDeployment, startGitHubDeployment } from '../../../shared/github/report.js';
import { reportConsoleLinks } from '../../../shared/aws/console.js';
import { inputs, outputs } from './inputs.js';
import { startStepBudget } from '../../../shared/wait/budget.js';
import { restoreOnCancel } from '../../../shared/targets/restore-on-cancel.js';

type Inputs = InputValues<typeof inputs>;

/** Checks across inputs, before any AWS call. */
export function validate(values: Inputs): ReturnType<typeof validateEcsInputs> {
  return validateEcsInputs(values);
}

/** Seams for unit tests: time, so that waits run in microseconds. */
export interface MainDependencies {
  clock?: Clock;
  sleep?: Sleep;
  random?: () => number;
}

export async function main(context: RunContext, dependencies: MainDependencies = {}): Promise<void> {
  const values = await readInputs(inputs);
  startStepBudget('wait-timeout', values['wait-timeout'], dependencies.clock); // one budget for every wait of the step
  const { file, command, rollbackCommand } = validate(values);
  const region = resolveRegion(values['aws-region'] || undefined);
  context.summary.heading(raw(`deploy-ecs: ${code(values.service)} in ${code(values.cluster)}`));
  const { confirmImagesBeforeDeploy } = await import('../../../shared/aws/image-exists.js');
  await confirmImagesBeforeDeploy(imagesToDeploy(values, file), { summary: context.summary });

  const [{ ECSClient }, { deployService, ecsOutputs }] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('../../../shared/targets/ecs/deploy.js'),
  ]);
  const ecs = createClient(ECSClient, { region });
  const logsClient = async () =>
    createClient((await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient, { region });

  const subject = subjectOf(
    { target: 'ecs', resource: { cluster: values.cluster, service: values.service } },
    region,
  );
  const github = await startGitHubDeployment(values, 'deploy-ecs', [subject], values['dry-run']);
  let records: DeploymentRecord[] = [];
  const deploying = deployService(
    ecs,
    logsClient,
    {
      cluster: values.cluster,
      service: values.service,
      region,
      ...(values.image ? { image: values.image } : {}),
      ...(values.container ? { container: values.container } : {}),
      images: values.images,
      ...(file ? { file } : {}),
      environment: values.environment,
      ...(values['desired-count'] !== undefined ? { desiredCount: values['desired-count'] } : {}),
      forceNewDeployment: values['force-new-deployment'],
      ...(command ? { migrationCommand: command } : {}),
      ...(rollbackCommand ? { rollbackCommandDigest: rollbackCommandDigest(rollbackCommand) } : {}),
      wait: values.wait,
      ifInProgress: values['if-in-progress'],
      ...(values['keep-revisions'] !== undefined ? { keepRevisions: values['keep-revisions'] } : {}),
      dryRun: values['dry-run'],
    },
    {
      timeoutMs: values['wait-timeout'],
      maxPollIntervalMs: values['max-poll-interval'],
      signal: context.signal,
      onProgress: (line: string) => info(line),
      ...dependencies,
    },
    {
      summary: context.summary,
      startedAt: context.startedAt,
      onRecord: (outcome) => {
        records = [outcome.record];
        writeOutputs(outputs, { ...ecsOutputs(outcome), deployment: outcome.record });
      },
    },
  );
  // rollback-on-cancel: a cancel after UpdateService starts the restore of the previous revision
  const settled = restoreOnCancel(deploying, {
    context,
    enabled: values['rollback-on-cancel'],
    records: () => records,
    report: ([record], rolledBack) =>
      writeOutputs(outputs, { ...(record ? { deployment: record } : {}), 'rolled-back': rolledBack }),
  });
  await settleGitHubDeployment(github, settled, () => records).finally(() =>
    reportConsoleLinks(context.summary, records),
  );
}
