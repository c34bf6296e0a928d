// Dispatch on a record's target. Each adapter is imported only when a record needs it, so a
// rollback of one target never loads the SDK clients of the others.
import type { DeploymentRecord } from '../record/record.js';
import type { RestoreOptions, RestoreResult } from './types.js';
import { createClient, resolveRegion } from '../aws/clients.js';
import { ActionError } from '../action/errors.js';

export type Restore = (record: DeploymentRecord, options: RestoreOptions) => Promise<RestoreResult>;

/** How to reach what the AWS APIs do not: the Kubernetes API of an EKS cluster behind a tunnel. */
export interface Connections {
  eks?: { apiServer?: string; caData?: string; kubeconfig?: string };
  /** How an EC2 instance proves healthy after its restore (never taken from the record). */
  ec2?: { healthCommand?: string; healthTimeoutMs?: number };
}

function eksOverrides(connections: Connections): {
  apiServer?: string;
  caData?: string;
  kubeconfig?: string;
} {
  return {
    ...(connections.eks?.apiServer ? { apiServer: connections.eks.apiServer } : {}),
    ...(connections.eks?.caData ? { caData: connections.eks.caData } : {}),
    ...(connections.eks?.kubeconfig ? { kubeconfig: connections.eks.kubeconfig } : {}),
  };
}

const RESTORERS: {
  [T in DeploymentRecord['target']]: (
    connections: Connections,
  ) => Promise<
    (record: Extract<DeploymentRecord, { target: T }>, options: RestoreOptions) => Promise<RestoreResult>
  >;
} = {
  ecs: async () => {
    const [{ ECSClient }, { createEcsRollback }] = await Promise.all([
      import('@aws-sdk/client-ecs'),
      import('./ecs/adapter.js'),
    ]);
    return (record, options) =>
      createEcsRollback(createClient(ECSClient, { region: record.region })).restore(record, options);
  },
  lambda: async () => {
    const { lambdaRollback } = await import('./lambda/rollback.js');
    return (record, options) => lambdaRollback.restore(record, options);
  },
  cloudformation: async () => {
    const { cloudFormationRollback } = await import('./cloudformation/rollback.js');
    return (record, options) => cloudFormationRollback.restore(record, options);
  },
  eks: async (connections) => {
    const [{ createEksRollbackAdapter }, { connectToCluster }] = await Promise.all([
      import('./eks/rollback.js'),
      import('../kube/connect.js'),
    ]);
    const adapter = createEksRollbackAdapter({
      connect: (record) =>
        connectToCluster({
          cluster: record.resource.cluster,
          region: record.region,
          ...eksOverrides(connections),
        }),
    });
    return (record, options) => adapter.restore(record, options);
  },
  ec2: async (connections) => {
    const [{ SSMClient }, { createEc2Rollback }] = await Promise.all([
      import('@aws-sdk/client-ssm'),
      import('./ec2/rollback.js'),
    ]);
    return (record, options) =>
      createEc2Rollback(createClient(SSMClient, { region: record.region }), {
        ...(connections.ec2?.healthCommand ? { healthCommand: connections.ec2.healthCommand } : {}),
        healthTimeoutMs: connections.ec2?.healthTimeoutMs ?? 300_000,
        documentName: 'AWS-RunShellScript',
      }).restore(record, options);
  },
};

export async function restoreRecord(
  record: DeploymentRecord,
  options: RestoreOptions,
  connections: Connections = {},
): Promise<RestoreResult> {
  const restore = (await RESTORERS[record.target](connections)) as Restore;
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
export async function resolveManualRecord(
  manual: ManualTarget,
  regionInput: string | undefined,
  connections: Connections = {},
): Promise<DeploymentRecord> {
  const region = resolveRegion(regionInput);
  switch (manual.target) {
    case 'ecs': {
      const [{ ECSClient }, { manualEcsRecord }] = await Promise.all([
        import('@aws-sdk/client-ecs'),
        import('./ecs/manual.js'),
      ]);
      return manualEcsRecord(createClient(ECSClient, { region }), region, manual.ecs!);
    }
    case 'lambda': {
      const [{ LambdaClient }, { manualLambdaRecord }] = await Promise.all([
        import('@aws-sdk/client-lambda'),
        import('./lambda/manual.js'),
      ]);
      return manualLambdaRecord(createClient(LambdaClient, { region }), region, manual.lambda!);
    }
    case 'cloudformation': {
      const [{ CloudFormationClient }, { manualStackRecord }] = await Promise.all([
        import('@aws-sdk/client-cloudformation'),
        import('./cloudformation/manual.js'),
      ]);
      return manualStackRecord(
        createClient(CloudFormationClient, { region }),
        region,
        manual.cloudformation!,
      );
    }
    case 'eks': {
      const [{ manualEksRecord }, { connectToCluster }] = await Promise.all([
        import('./eks/manual.js'),
        import('../kube/connect.js'),
      ]);
      const target = manual.eks!;
      return manualEksRecord(region, target, () =>
        connectToCluster({ cluster: target.cluster, region, ...eksOverrides(connections) }),
      );
    }
    case 'ec2':
      throw new ActionError(
        "An EC2 rollback needs the deploy's record (`deployment`): each instance checks it against the breadcrumb that deploy left.",
      );
  }
}
