// deploy-ecs: new task-definition revision with the new image(s) → update the service → follow
// this deployment to COMPLETED or FAILED → explain failures → record. The deploy itself lives in
// shared/targets/ecs/deploy.ts (the root release action runs the same code).
import { readInputs, type InputValues } from '../../../shared/action/inputs.js';
import { info } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { code, raw } from '../../../shared/action/summary.js';
import type { RunContext } from '../../../shared/action/run.js';
import type { Timing } from '../../../shared/wait/timing.js';
import { resolveRegion } from '../../../shared/aws/clients.js';
import { loadTarget } from '../../../shared/targets/registry.js';
import { throwIfFailed } from '../../../shared/targets/result.js';
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
export type MainDependencies = Timing;

export async function main(context: RunContext, dependencies: MainDependencies = {}): Promise<void> {
  const values = await readInputs(inputs);
  startStepBudget('wait-timeout', values['wait-timeout'], dependencies.clock); // one budget for every wait of the step
  const { file, command, rollbackCommand } = validate(values);
  const region = resolveRegion(values['aws-region'] || undefined);
  context.summary.heading(raw(`deploy-ecs: ${code(values.service)} in ${code(values.cluster)}`));
  const { confirmImagesBeforeDeploy, resolvedDigests } = await import('../../../shared/aws/image-exists.js');
  const { withImageDigests } = await import('../../../shared/record/image-digests.js');
  const digests = resolvedDigests(
    await confirmImagesBeforeDeploy(imagesToDeploy(values, file), { summary: context.summary }),
  );

  const subject = subjectOf(
    { target: 'ecs', resource: { cluster: values.cluster, service: values.service } },
    region,
  );
  const github = await startGitHubDeployment(values, 'deploy-ecs', [subject], values['dry-run']);
  let records: DeploymentRecord[] = [];
  const deploying = (async () => {
    const ecs = await loadTarget('ecs');
    const result = await ecs.deploy(
      {
        cluster: values.cluster,
        service: values.service,
        image: values.image || undefined,
        container: values.container || undefined,
        images: values.images,
        file,
        environment: values.environment,
        desiredCount: values['desired-count'],
        forceNewDeployment: values['force-new-deployment'],
        migrationCommand: command,
        rollbackCommandDigest: rollbackCommand ? rollbackCommandDigest(rollbackCommand) : undefined,
        wait: values.wait,
        ifInProgress: values['if-in-progress'],
        keepRevisions: values['keep-revisions'],
        dryRun: values['dry-run'],
      },
      {
        region,
        startedAt: context.startedAt,
        caller: 'deploy-ecs',
        summary: context.summary,
        follow: {
          timeoutMs: values['wait-timeout'],
          maxPollIntervalMs: values['max-poll-interval'],
          signal: context.signal,
          onProgress: (line: string) => info(line),
          ...dependencies,
        },
      },
    );
    records = result.records.map((record) => withImageDigests(record, digests));
    if (records[0]) writeOutputs(outputs, { ...result.outputs, deployment: records[0] });
    throwIfFailed(result);
  })();
  // rollback-on-cancel: a cancel after UpdateService starts the restore of the previous revision
  const settled = restoreOnCancel(deploying, {
    context,
    enabled: values['rollback-on-cancel'],
    action: 'deploy-ecs',
    records: () => records,
    report: (restored, rolledBack) => {
      records = restored;
      writeOutputs(outputs, { deployment: restored[0], 'rolled-back': rolledBack });
    },
  });
  await settleGitHubDeployment(github, settled, () => records).finally(() =>
    reportConsoleLinks(context.summary, records),
  );
}
