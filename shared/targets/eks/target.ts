// EKS behind the target contract (../types.ts): Deployments' pod templates, one record each.
import type { EksRecord } from '../../record/record.js';
import { describeResource } from '../../record/describe.js';
import type { Target } from '../types.js';
import type { EksDeployRequest } from './deploy.js';
import type { ManualEksTarget } from './manual.js';
import { connectOptions } from './connection.js';

export type EksTargetRequest = Omit<EksDeployRequest, 'region'>;

export const eksTarget: Target<EksTargetRequest, EksRecord, ManualEksTarget> = {
  async deploy(request, context) {
    const { rollOutDeployments } = await import('./deploy.js');
    return rollOutDeployments({ ...request, region: context.region }, context.follow, {
      summary: context.summary,
      startedAt: context.startedAt,
      headingLevel: context.headingLevel,
    });
  },
  async snapshot(subject, region, connections) {
    const [{ manualEksRecord }, { connectToCluster }] = await Promise.all([
      import('./manual.js'),
      import('../../kube/connect.js'),
    ]);
    return manualEksRecord(region, subject, () =>
      connectToCluster(connectOptions(subject.cluster, region, connections.eks)),
    );
  },
  async restore(record, options, connections) {
    const { createEksRollbackAdapter } = await import('./rollback.js');
    return createEksRollbackAdapter({ connection: connections.eks ?? {} }).restore(record, options);
  },
  describe: describeResource,
};
