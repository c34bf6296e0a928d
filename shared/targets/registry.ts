// Dispatch on a record's target. Each adapter is imported only when a record needs it, so a
// rollback of one target never loads the SDK clients of the others.
import type { DeploymentRecord } from '../record/record.js';
import type { RestoreOptions, RestoreResult } from './types.js';
import { createClient } from '../aws/clients.js';

export type Restore = (record: DeploymentRecord, options: RestoreOptions) => Promise<RestoreResult>;

const RESTORERS: { [T in DeploymentRecord['target']]: () => Promise<(record: Extract<DeploymentRecord, { target: T }>, options: RestoreOptions) => Promise<RestoreResult>> } = {
  ecs: async () => {
    const [{ ECSClient }, { createEcsRollback }] = await Promise.all([
      import('@aws-sdk/client-ecs'),
      import('./ecs/adapter.js'),
    ]);
    return (record, options) => createEcsRollback(createClient(ECSClient, { region: record.region })).restore(record, options);
  },
  lambda: async () => {
    const { lambdaRollback } = await import('./lambda/rollback.js');
    return (record, options) => lambdaRollback.restore(record, options);
  },
  cloudformation: async () => {
    const { cloudFormationRollback } = await import('./cloudformation/rollback.js');
    return (record, options) => cloudFormationRollback.restore(record, options);
  },
  eks: async () => {
    const { eksRollback } = await import('./eks/rollback.js');
    return (record, options) => eksRollback.restore(record, options);
  },
};

export async function restoreRecord(record: DeploymentRecord, options: RestoreOptions): Promise<RestoreResult> {
  const restore = (await RESTORERS[record.target]()) as Restore;
  return restore(record, options);
}

export interface ManualTarget {
  target: DeploymentRecord['target'];
  ecs?: { cluster: string; service: string; to?: string };
  lambda?: { functionName: string; alias?: string; to?: string };
  eks?: { cluster: string; namespace: string; deployment: string; to?: number };
  cloudformation?: { stackName: string };
}

/** A record built from the live state, for a rollback without one: current → the state before it. */
export async function resolveManualRecord(manual: ManualTarget, regionInput: string | undefined): Promise<DeploymentRecord> {
  const { resolveRegion } = await import('../aws/clients.js');
  const region = resolveRegion(regionInput);
  switch (manual.target) {
    case 'ecs': {
      const [{ ECSClient }, { manualEcsRecord }] = await Promise.all([import('@aws-sdk/client-ecs'), import('./ecs/manual.js')]);
      return manualEcsRecord(createClient(ECSClient, { region }), region, manual.ecs!);
    }
    case 'lambda': {
      const [{ LambdaClient }, { manualLambdaRecord }] = await Promise.all([import('@aws-sdk/client-lambda'), import('./lambda/manual.js')]);
      return manualLambdaRecord(createClient(LambdaClient, { region }), region, manual.lambda!);
    }
    case 'cloudformation': {
      const [{ CloudFormationClient }, { manualStackRecord }] = await Promise.all([
        import('@aws-sdk/client-cloudformation'),
        import('./cloudformation/manual.js'),
      ]);
      return manualStackRecord(createClient(CloudFormationClient, { region }), region, manual.cloudformation!);
    }
    case 'eks': {
      const { manualEksRecord } = await import('./eks/manual.js');
      return manualEksRecord(region, manual.eks!);
    }
  }
}
