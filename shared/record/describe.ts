import type { DeploymentRecord } from './record.js';

/** What names a resource: a record's target and resource, of the same target. */
export type ResourceIdentity = DeploymentRecord extends infer R
  ? R extends DeploymentRecord
    ? Pick<R, 'target' | 'resource'>
    : never
  : never;

/** A short human name for the resource a record is about. */
export function describeResource(record: ResourceIdentity): string {
  switch (record.target) {
    case 'ecs':
      return `ecs:${record.resource.cluster}/${record.resource.service}`;
    case 'lambda':
      return `lambda:${record.resource.functionName}${record.resource.alias ? `:${record.resource.alias}` : ''}`;
    case 'eks':
      return `eks:${record.resource.cluster}/${record.resource.namespace}/${record.resource.deployment}`;
    case 'cloudformation':
      return `cloudformation:${record.resource.stackName}`;
    case 'ec2':
      return `ec2:${record.resource.instances.join(',')}:${record.resource.workingDirectory}`;
  }
}

/** Why a rollback has nothing to undo for this record, or undefined when it has something. */
export function nothingToRestore(record: DeploymentRecord): string | undefined {
  if (record.status === 'planned') return 'a dry run changed nothing';
  if (record.previous === null)
    return 'the resource did not exist before this deployment; nothing to restore';
  if (record.current === null)
    return `this deployment stopped before it changed the resource${record.message ? ` (${record.message})` : ''}; nothing to restore`;
  return undefined;
}
