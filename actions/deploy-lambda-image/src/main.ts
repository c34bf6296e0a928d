// deploy-lambda-image: readInputs → validate → mask secrets → AWS clients (dynamic import) →
// direct mode (image, configuration, version, alias) or CloudFormation mode (change set) →
// outputs, deployment record and job summary, whatever the outcome.
import { ActionError } from '../../../shared/action/errors.js';
import { readInputs, type InputValues } from '../../../shared/action/inputs.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import type { RunContext } from '../../../shared/action/run.js';
import { group, info, setOutput, setSecret, warning } from '../../../shared/action/runtime.js';
import type { RecordStatus } from '../../../shared/record/record.js';
import { functionOutputs, functionRecord, stackRecord } from '../../../shared/targets/lambda/record.js';
import { SECRET_NAME } from '../../../shared/targets/cloudformation/parameters.js';
import { maskKeyValueInput } from '../../../shared/action/secrets.js';
import type { FollowOptions } from '../../../shared/targets/types.js';
import type { LambdaProgress } from '../../../shared/targets/lambda/deploy.js';
import type { StackProgress } from '../../../shared/targets/cloudformation/deploy.js';
import { subjectOf, urlFromOutputs } from '../../../shared/github/deployments.js';
import { settleGitHubDeployment, startGitHubDeployment } from '../../../shared/github/report.js';
import { reportConsoleLinks } from '../../../shared/aws/console.js';
import { inputs, outputs } from './inputs.js';
import { reportFunction, reportStack } from './report.js';
import { validate, type Plan } from './validate.js';
import { startStepBudget } from '../../../shared/wait/budget.js';

type Values = InputValues<typeof inputs>;

export async function main(context: RunContext): Promise<void> {
  // secret-looking overrides and environment values, masked before anything parses the inputs
  for (const name of ['parameter-overrides', 'environment'])
    maskKeyValueInput(name, (key) => SECRET_NAME.test(key));
  const values = await readInputs(inputs);
  startStepBudget('wait-timeout', values['wait-timeout']); // one budget for every wait of the step
  const plan = validate(values);
  const { resolveRegion } = await import('../../../shared/aws/clients.js');
  const region = resolveRegion(values['aws-region'] || undefined);
  const follow: FollowOptions = {
    timeoutMs: values['wait-timeout'],
    maxPollIntervalMs: 5000,
    signal: context.signal,
    onProgress: (line) => info(line),
  };
  const subject =
    plan.mode === 'direct'
      ? subjectOf(
          {
            target: 'lambda',
            resource: { functionName: plan.functionName, ...(values.alias ? { alias: values.alias } : {}) },
          },
          region,
        )
      : subjectOf({ target: 'cloudformation', resource: { stackName: plan.stackName } }, region);
  const github = await startGitHubDeployment(values, 'deploy-lambda-image', [subject], values['dry-run']);
  let stackOutputs: Record<string, string> = {};
  const deploying =
    plan.mode === 'direct'
      ? deployDirect(context, values, plan, region, follow)
      : deployWithStack(context, values, plan, region, follow).then((outputs) => (stackOutputs = outputs));
  await settleGitHubDeployment(
    github,
    deploying,
    () => [],
    () => urlFromOutputs(stackOutputs),
  );
}

async function deployDirect(
  context: RunContext,
  values: Values,
  plan: Extract<Plan, { mode: 'direct' }>,
  region: string,
  follow: FollowOptions,
): Promise<void> {
  const [{ LambdaClient }, { ECRClient }, { createClient }, lambdaTarget] = await Promise.all([
    import('@aws-sdk/client-lambda'),
    import('@aws-sdk/client-ecr'),
    import('../../../shared/aws/clients.js'),
    import('../../../shared/targets/lambda/deploy.js'),
  ]);
  const cloudwatch = values.alarms.length
    ? createClient((await import('@aws-sdk/client-cloudwatch')).CloudWatchClient, { region })
    : undefined;
  const clients = {
    lambda: createClient(LambdaClient, { region }),
    ecr: createClient(ECRClient, { region }),
    ...(cloudwatch ? { cloudwatch } : {}),
  };
  const progress: LambdaProgress = { weights: [] };
  let status: RecordStatus = values['dry-run'] ? 'planned' : 'succeeded';
  let message: string | undefined;
  try {
    await group(values['dry-run'] ? 'Plan (dry run)' : 'Deploy', () =>
      lambdaTarget.deployFunction(
        clients,
        {
          functionName: plan.functionName,
          image: plan.image,
          ...(values.architecture ? { architecture: values.architecture } : {}),
          publish: values.publish,
          ...(values.alias ? { alias: values.alias } : {}),
          ...(plan.traffic ? { traffic: plan.traffic } : {}),
          alarms: values.alarms,
          ...(Object.keys(values.environment).length ? { environment: values.environment } : {}),
          ...(values.description ? { description: values.description } : {}),
          dryRun: values['dry-run'],
        },
        follow,
        progress,
      ),
    );
    if (progress.reverted) {
      status = 'failed';
      message = `Alarm ${progress.reverted.alarm} entered ALARM at ${progress.reverted.atPercent}% of the traffic (${progress.reverted.reason}); alias ${values.alias} went back to version ${progress.snapshot?.alias?.version ?? '?'}.`;
    }
  } catch (error) {
    status = context.signal.aborted ? 'cancelled' : 'failed';
    message = error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    const record = functionRecord(
      progress,
      { functionName: plan.functionName, alias: values.alias },
      { region, status, startedAt: context.startedAt, message },
    );
    writeOutputs(outputs, { ...functionOutputs(progress), ...(record ? { deployment: record } : {}) });
    reportFunction(context.summary, { progress, values, status, message, dryRun: values['dry-run'] });
    if (record) reportConsoleLinks(context.summary, [record]);
  }
  if (message && progress.reverted) throw new ActionError(message);
}

async function deployWithStack(
  context: RunContext,
  values: Values,
  plan: Extract<Plan, { mode: 'stack' }>,
  region: string,
  follow: FollowOptions,
): Promise<Record<string, string>> {
  const [{ CloudFormationClient }, { createClient }, stackTarget] = await Promise.all([
    import('@aws-sdk/client-cloudformation'),
    import('../../../shared/aws/clients.js'),
    import('../../../shared/targets/cloudformation/deploy.js'),
  ]);
  const cfn = createClient(CloudFormationClient, { region });
  const progress: StackProgress = { outputs: {} };
  let imageUri: string | undefined;
  let status: RecordStatus = values['dry-run'] ? 'planned' : 'succeeded';
  let message: string | undefined;
  try {
    if (plan.image) {
      const [{ ECRClient }, { resolveImage, platformArchitecture }] = await Promise.all([
        import('@aws-sdk/client-ecr'),
        import('../../../shared/targets/lambda/image.js'),
      ]);
      const resolved = await resolveImage(
        createClient(ECRClient, { region }),
        plan.image,
        platformArchitecture(values.architecture ?? 'x86_64'),
      );
      imageUri = resolved.imageUri;
      info(`Image ${values.image} → ${imageUri}`);
    }
    let rollbackAlarmArns: string[] = [];
    if (values['rollback-alarms'].length) {
      const [{ CloudWatchClient }, { alarmArns }] = await Promise.all([
        import('@aws-sdk/client-cloudwatch'),
        import('../../../shared/alarms/read.js'),
      ]);
      rollbackAlarmArns = await alarmArns(
        createClient(CloudWatchClient, { region }),
        values['rollback-alarms'],
      );
    }
    await group(values['dry-run'] ? 'Plan (dry run)' : `Stack ${plan.stackName}`, () =>
      stackTarget.deployStack(
        cfn,
        {
          caller: 'deploy-lambda-image',
          stackName: plan.stackName,
          templateBody: plan.templateBody,
          imageParameter: values['image-parameter'],
          ...(imageUri ? { imageUri } : {}),
          overrides: values['parameter-overrides'],
          showParameters: values['show-parameters'],
          capabilities: values.capabilities,
          tags: values.tags,
          rollbackAlarmArns,
          ...(plan.monitoringMinutes !== undefined
            ? { rollbackMonitoringMinutes: plan.monitoringMinutes }
            : {}),
          dryRun: values['dry-run'],
          onSecret: setSecret,
        },
        follow,
        progress,
      ),
    );
    if (progress.follow && progress.follow.status !== 'succeeded') {
      status = progress.follow.status;
      message = `Stack ${plan.stackName} did not deploy: ${progress.follow.reason ?? progress.follow.state}.`;
    }
  } catch (error) {
    status = context.signal.aborted ? 'cancelled' : 'failed';
    message = error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    const record = stackRecord(progress, plan.stackName, {
      region,
      status,
      startedAt: context.startedAt,
      message,
    });
    writeOutputs(outputs, {
      ...(imageUri ? { 'image-uri': imageUri } : {}),
      ...(progress.after ? { 'stack-outputs': progress.outputs } : {}),
      ...(record ? { deployment: record } : {}),
    });
    writeStackOutputs(progress.outputs);
    reportStack(context.summary, {
      progress,
      stackName: plan.stackName,
      imageUri,
      status,
      message,
      dryRun: values['dry-run'],
    });
    if (record) reportConsoleLinks(context.summary, [record]);
  }
  if (message && status !== 'succeeded') throw new ActionError(message);
  return progress.outputs;
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
