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
  }
}
