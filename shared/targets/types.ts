// The target contract: what every deploy target (one folder under shared/targets/, one line in
// registry.ts) offers the actions. A deploy action is deploy → outputs and records; auto-rollback is
// decode record (or snapshot the live state) → restore; the root action composes both in one process.
import type { Timing } from '../wait/timing.js';
import type { Summary } from '../action/summary.js';
import type { DeploymentRecord, EcsRecord, RecordStatus } from '../record/record.js';
import type { ECSClient, Service } from '@aws-sdk/client-ecs';

export interface FollowOptions extends Timing {
  timeoutMs: number;
  /** Cap of the backoff between polls. */
  maxPollIntervalMs: number;
  signal?: AbortSignal;
  /** One line per change of state. */
  onProgress?: (line: string) => void;
}

export interface FollowResult {
  /** Same words as the record's status. */
  status: Extract<RecordStatus, 'succeeded' | 'failed' | 'timed-out' | 'cancelled'>;
  /** Why it failed, in words, with the state reached. */
  reason?: string | undefined;
  /** Last state seen, for the summary and the record. */
  state: string;
  elapsedMs: number;
  polls: number;
  /** Explanation gathered on failure: events, stopped tasks, pod states, log tails. */
  diagnostics?: ((summary: Summary) => void) | undefined;
}

export interface RestoreOptions extends FollowOptions {
  /** Restore even when the live state is no longer the record's `current`. */
  force: boolean;
  wait: boolean;
  /**
   * The record was built in this process from the live state (a rollback without a record), so
   * there is no breadcrumb to check. Never set for a record that came from an input.
   */
  trustLiveState?: boolean;
  /** ECS: runs once the restore is decided, right before UpdateService; a throw stops the restore. */
  beforeEcsRestore?: EcsRestoreHook | undefined;
}

/** The rollback command's seat in an ECS restore (shared/targets/ecs/rollback-command.ts). */
export type EcsRestoreHook = (ecs: ECSClient, record: EcsRecord, service: Service) => Promise<void>;

export interface RestoreResult {
  /** False when the live state already was the previous one (idempotent rerun). */
  changed: boolean;
  from: string;
  to: string;
  follow?: FollowResult | undefined;
  /** Set when the restore was refused, e.g. someone deployed since. */
  refused?: string;
}

/** The rollback half of a target adapter, dispatched on record.target by auto-rollback. */
export interface RollbackAdapter<R extends DeploymentRecord = DeploymentRecord> {
  restore(record: R, options: RestoreOptions): Promise<RestoreResult>;
}

/** How to reach an EKS cluster's Kubernetes API: by default DescribeCluster and an EKS token. */
export interface EksConnection {
  /** Overrides the endpoint DescribeCluster returns (private clusters through a tunnel). */
  apiServer?: string | undefined;
  /** base64 PEM; overrides the CA DescribeCluster returns. */
  caData?: string | undefined;
  /** Path of a kubeconfig: used instead of the AWS credentials. */
  kubeconfig?: string | undefined;
}

/** What the AWS APIs do not tell a restore, and never the record either. */
export interface Connections {
  eks?: EksConnection | undefined;
  /** How an EC2 instance proves healthy after its restore. */
  ec2?: { healthCommand?: string | undefined; healthTimeoutMs?: number | undefined } | undefined;
}

export interface DeployContext {
  region: string;
  startedAt: Date;
  follow: FollowOptions;
  /** Where the target writes its section of the job summary. */
  summary: Summary;
  /** Level of the section's heading: 2 in a deploy action's summary, 3 inside the release's. */
  headingLevel?: 2 | 3 | undefined;
  /** The action deploying (e.g. `deploy-lambda-image`), for headings and change-set names. */
  caller: string;
}

/** What every deploy returns, whatever happened: it never throws. */
export interface DeployResult<R extends DeploymentRecord = DeploymentRecord> {
  /**
   * One per resource changed (EKS: one per Deployment), final: nobody changes them afterwards. Empty
   * when the deploy failed before it could read the live state.
   */
  records: R[];
  /** The deploy action's outputs. */
  outputs: Record<string, string | number | boolean | object | undefined>;
  /** Why the deploy failed (its own error, for the run wrapper to describe). */
  error?: unknown;
}

/** One deploy target. `Request` is what to deploy, `Subject` names a resource to snapshot. */
export interface Target<Request, R extends DeploymentRecord, Subject> {
  deploy(request: Request, context: DeployContext): Promise<DeployResult<R>>;
  /** A record built from the live state, for a rollback without one: current → the state before it. */
  snapshot(subject: Subject, region: string, connections: Connections): Promise<R>;
  restore(record: R, options: RestoreOptions, connections: Connections): Promise<RestoreResult>;
  /** A short human name of the record's resource, e.g. `ecs:prod/web`. */
  describe(record: Pick<R, 'target' | 'resource'>): string;
}
