// deploy-lambda-image: readInputs (which masks secrets first) → validate → AWS clients (dynamic import) →
// direct mode (the lambda target: image, configuration, version, alias) or CloudFormation mode (the
// cloudformation target: change set) → outputs, deployment record and job summary, whatever the
// outcome.
import { readInputs, type InputValues } from '../../../shared/action/inputs.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import type { RunContext } from '../../../shared/action/run.js';
import { info, setOutput, warning } from '../../../shared/action/runtime.js';
import type { DeployContext, DeployResult } from '../../../shared/targets/types.js';
import { loadTarget } from '../../../shared/targets/registry.js';
import { throwIfFailed } from '../../../shared/targets/result.js';
import { subjectOf, urlFromOutputs } from '../../../shared/github/deployments.js';
import { settleGitHubDeployment, startGitHubDeployment } from '../../../shared/github/report.js';
import { reportConsoleLinks } from '../../../shared/aws/console.js';
import { inputs, outputs } from './inputs.js';
import { validate, type Plan } from './validate.js';
import { startStepBudget } from '../../../shared/wait/budget.js';
import { restoreOnCancel } from '../../../shared/targets/restore-on-cancel.js';
import type { DeploymentRecord } from '../../../shared/record/record.js';

type Values = InputValues<typeof inputs>;

export async function main(context: RunContext): Promise<void> {
  const values = await readInputs(inputs);
  startStepBudget('wait-timeout', values['wait-timeout']); // one budget for every wait of the step
  const plan = validate(values);
  const { resolveRegion } = await import('../../../shared/aws/clients.js');
  const region = resolveRegion(values['aws-region'] || undefined);
  const deploy = {
    region,
    startedAt: context.startedAt,
    follow: {
      timeoutMs: values['wait-timeout'],
      maxPollIntervalMs: 5000,
      signal: context.signal,
      onProgress: (line: string) => info(line),
    },
  };
  const subject =
    plan.mode === 'direct'
      ? subjectOf(
          {
            target: 'lambda',
            resource: { functionName: plan.functionName, alias: values.alias || undefined },
          },
          region,
        )
      : subjectOf({ target: 'cloudformation', resource: { stackName: plan.stackName } }, region);
  const github = await startGitHubDeployment(values, 'deploy-lambda-image', [subject], values['dry-run']);
  let stackOutputs: Record<string, string> = {};
  let records: DeploymentRecord[] = [];
  const deploying = (
    plan.mode === 'direct'
      ? deployDirect(context, values, plan, deploy)
      : deployWithStack(context, values, plan, deploy)
  ).then((result) => {
    records = result.records;
    stackOutputs = stackOutputsOf(result);
    finishDeploy(context, result);
  });
  // rollback-on-cancel: a cancel after the function or the stack changed starts its restore
  const settled = restoreOnCancel(deploying, {
    context,
    enabled: values['rollback-on-cancel'],
    action: 'deploy-lambda-image',
    records: () => records,
    report: (restored, rolledBack) =>
      writeOutputs(outputs, { deployment: restored[0], 'rolled-back': rolledBack }),
  });
  await settleGitHubDeployment(
    github,
    settled,
    () => [],
    () => urlFromOutputs(stackOutputs),
  );
}

async function deployDirect(
  context: RunContext,
  values: Values,
  plan: Extract<Plan, { mode: 'direct' }>,
  deploy: Omit<DeployContext, 'summary' | 'caller'>,
): Promise<DeployResult> {
  const lambda = await loadTarget('lambda');
  return lambda.deploy(
    {
      functionName: plan.functionName,
      image: plan.image,
      architecture: values.architecture,
      publish: values.publish,
      alias: values.alias || undefined,
      traffic: plan.traffic,
      alarms: values.alarms,
      environment: Object.keys(values.environment).length ? values.environment : undefined,
      description: values.description || undefined,
      dryRun: values['dry-run'],
    },
    { ...deploy, summary: context.summary, caller: 'deploy-lambda-image' },
  );
}

async function deployWithStack(
  context: RunContext,
  values: Values,
  plan: Extract<Plan, { mode: 'stack' }>,
  deploy: Omit<DeployContext, 'summary' | 'caller'>,
): Promise<DeployResult> {
  const cloudformation = await loadTarget('cloudformation');
  const result = await cloudformation.deploy(
    {
      caller: 'deploy-lambda-image',
      stackName: plan.stackName,
      templateBody: plan.templateBody,
      imageParameter: values['image-parameter'],
      image: plan.image,
      architecture: values.architecture,
      overrides: values['parameter-overrides'],
      showParameters: values['show-parameters'],
      capabilities: values.capabilities,
      tags: values.tags,
      rollbackAlarms: values['rollback-alarms'],
      rollbackMonitoringMinutes: plan.monitoringMinutes,
      dryRun: values['dry-run'],
    },
    { ...deploy, summary: context.summary, caller: 'deploy-lambda-image' },
  );
  writeStackOutputs(stackOutputsOf(result));
  return result;
}

function stackOutputsOf(result: DeployResult): Record<string, string> {
  return (result.outputs['stack-outputs'] ?? {}) as Record<string, string>;
}

/** Outputs and console links whatever the outcome; then the deploy's error, if any. */
function finishDeploy(context: RunContext, result: DeployResult): void {
  writeOutputs(outputs, { ...result.outputs, deployment: result.records[0] });
  reportConsoleLinks(context.summary, result.records);
  throwIfFailed(result);
}

/**
 * Each stack output also becomes an output of its own name (an API's endpoint, say). They cannot
 * be declared in action.yml ahead of time; the runner accepts undeclared outputs from JS actions.
 */
function writeStackOutputs(stackOutputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(stackOutputs)) {
    if ((outputs as readonly string[]).includes(name)) {
      warning(
        `Stack output ${name} has the name of one of this action's outputs; read it from 'stack-outputs'.`,
      );
      continue;
    }
    setOutput(name, value);
  }
}
