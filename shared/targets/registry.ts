// Every deploy target, by the name records carry. Adding a target is one folder under
// shared/targets/ implementing the contract of types.ts, and one line here. Each target is imported
// only when asked for, so an action loads the modules (and SDK clients) of its own target alone.
import type { DeploymentRecord } from '../record/record.js';
import { resolveRegion } from '../aws/clients.js';
import type { Connections, RestoreOptions, RestoreResult, Target } from './types.js';
import type { ManualEcsTarget } from './ecs/manual.js';
import type { ManualLambdaTarget } from './lambda/manual.js';
import type { ManualEksTarget } from './eks/manual.js';
import type { EcsTargetRequest } from './ecs/target.js';
import type { LambdaDeployRequest } from './lambda/deploy.js';
import type { StackTargetRequest } from './cloudformation/target.js';
import type { EksTargetRequest } from './eks/target.js';
import type { Ec2TargetRequest } from './ec2/target.js';

export type TargetName = DeploymentRecord['target'];

/** What each target deploys and what names a resource to snapshot. */
interface Shapes {
  ecs: [EcsTargetRequest, ManualEcsTarget];
  lambda: [LambdaDeployRequest, ManualLambdaTarget];
  cloudformation: [StackTargetRequest, { stackName: string }];
  eks: [EksTargetRequest, ManualEksTarget];
  ec2: [Ec2TargetRequest, never];
}

export type Targets = {
  [T in TargetName]: Target<Shapes[T][0], Extract<DeploymentRecord, { target: T }>, Shapes[T][1]>;
};

const TARGETS: { [T in DeploymentRecord['target']]: () => Promise<Targets[T]> } = {
  ecs: () => import('./ecs/target.js').then((module) => module.ecsTarget),
  lambda: () => import('./lambda/target.js').then((module) => module.lambdaTarget),
  cloudformation: () => import('./cloudformation/target.js').then((module) => module.cloudFormationTarget),
  eks: () => import('./eks/target.js').then((module) => module.eksTarget),
  ec2: () => import('./ec2/target.js').then((module) => module.ec2Target),
};

export function loadTarget<T extends TargetName>(name: T): Promise<Targets[T]> {
  return TARGETS[name]();
}

/** Restores one record through its own target. */
export async function restoreRecord(
  record: DeploymentRecord,
  options: RestoreOptions,
  connections: Connections = {},
): Promise<RestoreResult> {
  const target = await loadTarget(record.target);
  // the target of the record's own name: its record type
  return target.restore(record as never, options, connections);
}

export interface ManualTarget {
  target: DeploymentRecord['target'];
  ecs?: ManualEcsTarget;
  lambda?: ManualLambdaTarget;
  eks?: ManualEksTarget;
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
    case 'ecs':
      return (await loadTarget('ecs')).snapshot(manual.ecs!, region, connections);
    case 'lambda':
      return (await loadTarget('lambda')).snapshot(manual.lambda!, region, connections);
    case 'cloudformation':
      return (await loadTarget('cloudformation')).snapshot(manual.cloudformation!, region, connections);
    case 'eks':
      return (await loadTarget('eks')).snapshot(manual.eks!, region, connections);
    case 'ec2':
      return (await loadTarget('ec2')).snapshot(undefined as never, region, connections);
  }
}
