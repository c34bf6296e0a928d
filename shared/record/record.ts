// The deployment record (docs/architecture.md): the contract between deploy actions and auto-rollback.
// `previous` holds exactly what a target's restore() needs.

export const RECORD_SCHEMA = 'aws-deploy-actions/deployment@1';
export const TARGETS = ['ecs', 'lambda', 'eks', 'cloudformation'] as const;
export type Target = (typeof TARGETS)[number];
export const STATUSES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'planned', 'rolled-back'] as const;
export type RecordStatus = (typeof STATUSES)[number];

export interface EcsResource {
  cluster: string;
  service: string;
}
export interface EcsState {
  taskDefinitionArn: string;
  desiredCount: number;
  /** container name → image */
  images?: Record<string, string>;
  deploymentId?: string;
}

export interface LambdaResource {
  functionName: string;
  alias?: string;
}
export interface LambdaState {
  /** The image the function ran (digest-pinned where known). */
  imageUri: string;
  /** The version the alias pointed at; absent for a function without alias. */
  version?: string;
  /** Weighted routing of the alias: version → weight (0–1). */
  routing?: Record<string, number>;
}

export interface EksResource {
  cluster: string;
  namespace: string;
  deployment: string;
}
export interface EksState {
  revision: number;
  /** container name → image */
  images: Record<string, string>;
  /** The pod template of that revision, exactly as the ReplicaSet holds it. */
  template?: Record<string, unknown>;
}

export interface CloudFormationResource {
  stackName: string;
}
export interface CloudFormationParameter {
  key: string;
  value?: string;
  usePreviousValue?: boolean;
}
export interface CloudFormationState {
  /** Absent when the stack did not exist before the deployment. */
  templateBody?: string;
  parameters: CloudFormationParameter[];
  stackStatus?: string;
  capabilities?: string[];
}

interface Base<T extends Target, R, S> {
  schema: typeof RECORD_SCHEMA;
  target: T;
  region: string;
  resource: R;
  previous: S | null;
  current: S | null;
  status: RecordStatus;
  startedAt: string;
  finishedAt?: string;
  /** Free text: why it failed, what state it reached. */
  message?: string;
}

export type EcsRecord = Base<'ecs', EcsResource, EcsState>;
export type LambdaRecord = Base<'lambda', LambdaResource, LambdaState>;
export type EksRecord = Base<'eks', EksResource, EksState>;
export type CloudFormationRecord = Base<'cloudformation', CloudFormationResource, CloudFormationState>;
export type DeploymentRecord = EcsRecord | LambdaRecord | EksRecord | CloudFormationRecord;

export function encodeRecord(record: DeploymentRecord | DeploymentRecord[]): string {
  return JSON.stringify(record);
}
