// EC2 behind the target contract (../types.ts): a Compose app on instances reached over SSM, one
// record for all of them.
import type { Ec2Record } from '../../record/record.js';
import { describeResource } from '../../record/describe.js';
import { ActionError } from '../../action/errors.js';
import { createClient } from '../../aws/clients.js';
import type { Connections, Target } from '../types.js';
import type { Ec2DeployRequest } from './deploy.js';

export type Ec2TargetRequest = Omit<Ec2DeployRequest, 'region'>;

async function ssmClient(region: string) {
  const { SSMClient } = await import('@aws-sdk/client-ssm');
  return createClient(SSMClient, { region });
}

/** How an instance proves healthy after its restore (never taken from the record). */
function restoreSettings(connections: Connections) {
  return {
    healthCommand: connections.ec2?.healthCommand,
    healthTimeoutMs: connections.ec2?.healthTimeoutMs ?? 300_000,
    documentName: 'AWS-RunShellScript',
  };
}

export const ec2Target: Target<Ec2TargetRequest, Ec2Record, never> = {
  async deploy(request, context) {
    const [ssm, { deployInstances, ec2Outputs }] = await Promise.all([
      ssmClient(context.region),
      import('./deploy.js'),
    ]);
    const { outcome, error } = await deployInstances(
      { ssm },
      { ...request, region: context.region },
      context.follow,
      { summary: context.summary, startedAt: context.startedAt },
    );
    return {
      records: outcome ? [outcome.record] : [],
      outputs: outcome ? ec2Outputs(outcome) : {},
      error,
    };
  },
  snapshot() {
    return Promise.reject(
      new ActionError(
        "An EC2 rollback needs the deploy's record (`deployment`): each instance checks it against the breadcrumb that deploy left.",
      ),
    );
  },
  async restore(record, options, connections) {
    const [ssm, { createEc2Rollback }] = await Promise.all([
      ssmClient(record.region),
      import('./rollback.js'),
    ]);
    return createEc2Rollback(ssm, restoreSettings(connections)).restore(record, options);
  },
  describe: describeResource,
};
