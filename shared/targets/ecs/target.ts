// ECS behind the target contract (../types.ts): a service's task definition and desired count.
import type { EcsRecord } from '../../record/record.js';
import { describeResource } from '../../record/describe.js';
import { createClient } from '../../aws/clients.js';
import type { Target } from '../types.js';
import type { EcsDeployRequest } from './deploy.js';
import type { ManualEcsTarget } from './manual.js';

export type EcsTargetRequest = Omit<EcsDeployRequest, 'region'>;

async function ecsClient(region: string) {
  const { ECSClient } = await import('@aws-sdk/client-ecs');
  return createClient(ECSClient, { region });
}

export const ecsTarget: Target<EcsTargetRequest, EcsRecord, ManualEcsTarget> = {
  async deploy(request, context) {
    const [ecs, { deployService }] = await Promise.all([ecsClient(context.region), import('./deploy.js')]);
    const logsClient = async () =>
      createClient((await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient, {
        region: context.region,
      });
    return deployService(ecs, logsClient, { ...request, region: context.region }, context.follow, {
      summary: context.summary,
      startedAt: context.startedAt,
    });
  },
  async snapshot(subject, region) {
    const [ecs, { manualEcsRecord }] = await Promise.all([ecsClient(region), import('./manual.js')]);
    return manualEcsRecord(ecs, region, subject);
  },
  async restore(record, options) {
    const [ecs, { createEcsRollback }] = await Promise.all([
      ecsClient(record.region),
      import('./adapter.js'),
    ]);
    return createEcsRollback(ecs).restore(record, options);
  },
  describe: describeResource,
};
