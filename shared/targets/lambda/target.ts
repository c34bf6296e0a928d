// Lambda (direct mode) behind the target contract (../types.ts): a function's image, its published
// version and an alias, moved at once or in steps watched by alarms. One orchestration and one job
// summary for deploy-lambda-image and the root action.
import { ActionError } from '../../action/errors.js';
import { group } from '../../action/runtime.js';
import { createClient } from '../../aws/clients.js';
import type { LambdaRecord } from '../../record/record.js';
import { concluded } from '../result.js';
import { describeResource } from '../../record/describe.js';
import type { DeployContext, DeployResult, Target } from '../types.js';
import type { LambdaClients, LambdaDeployRequest, LambdaProgress } from './deploy.js';
import type { ManualLambdaTarget } from './manual.js';

async function lambdaClient(region: string) {
  const { LambdaClient } = await import('@aws-sdk/client-lambda');
  return createClient(LambdaClient, { region });
}

async function deployClients(region: string, watchesAlarms: boolean): Promise<LambdaClients> {
  const [lambda, { ECRClient }] = await Promise.all([lambdaClient(region), import('@aws-sdk/client-ecr')]);
  const clients: LambdaClients = { lambda, ecr: createClient(ECRClient, { region }) };
  if (watchesAlarms)
    clients.cloudwatch = createClient((await import('@aws-sdk/client-cloudwatch')).CloudWatchClient, {
      region,
    });
  return clients;
}

async function deploy(
  request: LambdaDeployRequest,
  context: DeployContext,
): Promise<DeployResult<LambdaRecord>> {
  const [clients, { deployFunction }, { functionOutputs, functionRecord }, { reportFunction }] =
    await Promise.all([
      deployClients(context.region, request.alarms.length > 0),
      import('./deploy.js'),
      import('./record.js'),
      import('./summary.js'),
    ]);
  const progress: LambdaProgress = { weights: [] };
  let error: unknown;
  try {
    await group(request.dryRun ? 'Plan (dry run)' : 'Deploy', () =>
      deployFunction(clients, request, context.follow, progress),
    );
    if (progress.reverted)
      error = new ActionError(
        `Alarm ${progress.reverted.alarm} entered ALARM at ${progress.reverted.atPercent}% of the traffic (${progress.reverted.reason}); alias ${request.alias ?? ''} went back to version ${progress.snapshot?.alias?.version ?? '?'}.`,
      );
  } catch (caught) {
    error = caught;
  }
  // an alarm's revert is a failure, never a cancel
  const { status, message } = progress.reverted
    ? { status: 'failed' as const, message: (error as Error).message }
    : concluded(request.dryRun, error, context.follow.signal);
  const record = functionRecord(
    progress,
    { functionName: request.functionName, alias: request.alias },
    { region: context.region, status, startedAt: context.startedAt, message },
  );
  reportFunction(context.summary, {
    title: `${context.caller}: ${request.functionName}`,
    headingLevel: context.headingLevel ?? 2,
    progress,
    request,
    status,
    message,
  });
  return {
    records: record ? [record] : [],
    outputs: functionOutputs(progress),
    error,
  };
}

export const lambdaTarget: Target<LambdaDeployRequest, LambdaRecord, ManualLambdaTarget> = {
  deploy,
  async snapshot(subject, region) {
    const [lambda, { manualLambdaRecord }] = await Promise.all([lambdaClient(region), import('./manual.js')]);
    return manualLambdaRecord(lambda, region, subject);
  },
  async restore(record, options) {
    const [lambda, { restoreLambda }] = await Promise.all([
      lambdaClient(record.region),
      import('./rollback.js'),
    ]);
    return restoreLambda(lambda, record, options);
  },
  describe: describeResource,
};
