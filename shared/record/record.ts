// The deployment record (docs/architecture.md): what a deploy changed, read by every restore
// (auto-rollback, the release action's rollback).
// `previous` holds exactly what a target's restore() needs.

export const RECORD_SCHEMA = 'aws-deploy-actions/deployment@1';
export const TARGETS = ['ecs', 'lambda', 'eks', 'cloudformation', 'ec2'] as const;
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
  /** container name → the digest (sha256:…) its image resolved to when the deploy checked it */
  imageDigests?: Record<string, string>;
  deploymentId?: string;
  /** sha256 of the release's rollback-command (never the command: it may hold a secret) */
  rollbackCommandDigest?: string | undefined;
}

export interface LambdaResource {
  functionName: string;
  alias?: string | undefined;
}
export interface LambdaState {
  /** The image the function ran (digest-pinned where known). */
  imageUri: string;
  /** The version the alias pointed at; absent for a function without alias. */
  version?: string | undefined;
  /** Weighted routing of the alias: version → weight (0–1). */
  routing?: Record<string, number> | undefined;
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
  /** container name → the digest (sha256:…) its image resolved to when the deploy checked it */
  imageDigests?: Record<string, string>;
}

export interface CloudFormationResource {
  stackName: string;
}
/**
 * A stack parameter as a record keeps it: the value only for the image parameter (an image
 * reference); any other value only as a digest, restored from the stack (UsePreviousValue).
 */
export interface CloudFormationParameter {
  key: string;
  value?: string;
  usePreviousValue?: boolean;
  /** sha256 of the value, to tell whether the live stack still holds it. */
  digest?: string;
}
export interface CloudFormationState {
  /** sha256 of the template body; absent when the stack did not exist before the deployment. */
  templateDigest?: string;
  /** The previous template, gzip + base64 (its digest is the one above, anchored by the breadcrumb). */
  templateGzip?: string;
  /** Previous values of the parameters the deploy set, sealed (key in the breadcrumb). */
  sealedValues?: string;
  parameters: CloudFormationParameter[];
  stackStatus?: string;
  capabilities?: string[];
}

/** deploy-ec2: a Compose app on EC2 instances, updated over SSM Run Command. */
export interface Ec2Resource {
  instances: string[];
  workingDirectory: string;
  envFile: string;
  composeFiles: string[];
  services: string[];
  build: boolean;
  /** Services whose image the deployment set (`<SERVICE>_IMAGE` in the env file). */
  imageServices: string[];
}
export interface Ec2InstanceState {
  commit?: string | undefined;
  /** service → image */
  images?: Record<string, string> | undefined;
}
export interface Ec2State {
  /** instance id → what it ran; only instances the deployment changed (or was to change). */
  instances: Record<string, Ec2InstanceState>;
}

interface Base<T extends Target, R, S> {
  schema: typeof RECORD_SCHEMA;
  /** Random id, also written in the breadcrumb the deploy leaves in AWS (shared/record/breadcrumb.ts). */
  id?: string | undefined;
  target: T;
  region: string;
  resource: R;
  previous: S | null;
  current: S | null;
  status: RecordStatus;
  startedAt: string;
  finishedAt?: string;
  /** Free text: why it failed, what state it reached. */
  message?: string | undefined;
}

export type EcsRecord = Base<'ecs', EcsResource, EcsState>;
export type LambdaRecord = Base<'lambda', LambdaResource, LambdaState>;
export type EksRecord = Base<'eks', EksResource, EksState>;
export type CloudFormationRecord = Base<'cloudformation', CloudFormationResource, CloudFormationState>;
/** The record's `id` is required: each instance the deployment changed holds a breadcrumb under it. */
export type Ec2Record = Base<'ec2', Ec2Resource, Ec2State> & { id: string };
export type DeploymentRecord = EcsRecord | LambdaRecord | EksRecord | CloudFormationRecord | Ec2Record;

export function encodeRecord(record: DeploymentRecord | DeploymentRecord[]): string {
  return JSON.stringify(record);
}
