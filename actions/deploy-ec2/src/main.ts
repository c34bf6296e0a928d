// deploy-ec2: resolve the instances → per instance (rolling): one generated script over SSM that
// checks out the commit (or sets the images), builds, starts and health-checks the Compose app →
// roll a failed instance back → record. The deployment itself lives in shared/targets/ec2/deploy.ts
// (the root release action runs the same code).
import { readInputs, type InputValues } from '../../../shared/action/inputs.js';
import { info } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { maskKeyValueInput } from '../../../shared/action/secrets.js';
import { code, raw } from '../../../shared/action/summary.js';
import type { RunContext } from '../../../shared/action/run.js';
import { resolveRegion } from '../../../shared/aws/clients.js';
import { loadTarget } from '../../../shared/targets/registry.js';
import { throwIfFailed } from '../../../shared/targets/result.js';
import { isSecretName, planFromInputs, type Ec2Plan } from '../../../shared/targets/ec2/inputs.js';
import type { DeploymentRecord } from '../../../shared/record/record.js';
import { settleGitHubDeployment, startGitHubDeployment } from '../../../shared/github/report.js';
import { ec2Subject } from '../../../shared/targets/ec2/subject.js';
import { inputs, outputs } from './inputs.js';
import { startStepBudget } from '../../../shared/wait/budget.js';
import { restoreOnCancel } from '../../../shared/targets/restore-on-cancel.js';

type Inputs = InputValues<typeof inputs>;

/** Checks across inputs, before any AWS call. */
export function validate(values: Inputs, env: NodeJS.ProcessEnv = process.env): Ec2Plan {
  return planFromInputs(values, env['GITHUB_SHA'] || undefined);
}

export async function main(context: RunContext): Promise<void> {
  maskKeyValueInput('environment', isSecretName);
  const values = await readInputs(inputs);
  startStepBudget('wait-timeout', values['wait-timeout']); // one budget for every wait of the step
  const plan = validate(values);
  const region = resolveRegion(values['aws-region'] || undefined);
  const what = plan.ref ? code(plan.ref) : `${Object.keys(plan.images).length} image(s)`;
  context.summary.heading(raw(`deploy-ec2: ${what} to ${code(plan.workingDirectory)}`));

  const github = await startGitHubDeployment(
    values,
    'deploy-ec2',
    [ec2Subject(plan, region)],
    values['dry-run'],
  );
  let records: DeploymentRecord[] = [];
  const deploying = (async () => {
    const ec2 = await loadTarget('ec2');
    const result = await ec2.deploy(
      {
        plan,
        rollback: values.rollback,
        maxConcurrency: values['max-concurrency'],
        maxErrors: values['max-errors'],
        dryRun: values['dry-run'],
        documentName: values['document-name'],
        logGroup: values['cloudwatch-log-group'] || undefined,
      },
      {
        region,
        startedAt: context.startedAt,
        caller: 'deploy-ec2',
        summary: context.summary,
        follow: {
          timeoutMs: values['wait-timeout'],
          maxPollIntervalMs: values['max-poll-interval'],
          signal: context.signal,
          onProgress: (line: string) => info(line),
        },
      },
    );
    records = result.records;
    if (records[0]) writeOutputs(outputs, { deployment: records[0], ...result.outputs });
    throwIfFailed(result);
  })();
  // rollback-on-cancel: a cancel after instances changed sends each its restore command over SSM
  const settled = restoreOnCancel(deploying, {
    context,
    enabled: values['rollback-on-cancel'],
    action: 'deploy-ec2',
    records: () => records,
    connections: { ec2: { healthCommand: plan.healthCommand, healthTimeoutMs: plan.healthTimeoutMs } },
    report: (restored, rolledBack) => {
      records = restored;
      writeOutputs(outputs, { deployment: restored[0], 'rolled-back': rolledBack });
    },
  });
  await settleGitHubDeployment(github, settled, () => records);
}
