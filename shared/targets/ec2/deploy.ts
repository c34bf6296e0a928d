// The EC2 deployment of deploy-ec2 and of the release action: resolve the instances, then update
// them a few at a time (rolling), each with one generated script over SSM; an instance whose update
// or health check fails goes back to its previous commit (or images) at once; the record names per
// instance what it ran before and after, and each instance keeps a breadcrumb of it for a later
// rollback.
import type { SSMClient } from '@aws-sdk/client-ssm';
import { ActionError } from '../../action/errors.js';
import { formatDuration } from '../../action/duration.js';
import { info, startGroup, endGroup } from '../../action/runtime.js';
import { code, raw, type Summary } from '../../action/summary.js';
import {
  RECORD_SCHEMA,
  type Ec2InstanceState,
  type Ec2Record,
  type RecordStatus,
} from '../../record/record.js';
import { newRecordId } from '../../record/breadcrumb.js';
import type { FollowOptions } from '../types.js';
import type { Ec2Plan } from './inputs.js';
import { resolveInstances, type ResolvedInstance } from './instances.js';
import { lastLines, logRun, stateLabel } from './report.js';
import {
  composeSettings,
  lastError,
  restoreInstance,
  type Ec2RestoreSettings,
  type InstanceRestore,
} from './rollback.js';
import { deployScript, EXIT, stateFromOutput } from './script.js';
import { runScript, type CommandRun } from './ssm.js';

export interface Ec2DeployRequest {
  plan: Ec2Plan;
  region: string;
  rollback: boolean;
  maxConcurrency: number;
  maxErrors: number;
  dryRun: boolean;
  documentName: string;
  logGroup?: string | undefined;
}

export type InstanceStatus =
  | 'deployed'
  | 'rolled-back'
  | 'failed'
  | 'rollback-failed'
  | 'unchanged'
  | 'skipped'
  | 'cancelled'
  | 'timed-out'
  | 'planned';

export interface InstanceResult {
  instanceId: string;
  name?: string | undefined;
  status: InstanceStatus;
  previous: Ec2InstanceState;
  current: Ec2InstanceState;
  commandId?: string;
  rollbackCommandId?: string;
  elapsedMs: number;
  reason?: string;
  /** Last lines of output on failure, for the summary. */
  tail?: string;
}

export interface Ec2DeployOutcome {
  record: Ec2Record;
  instances: InstanceResult[];
  previousRef: string;
}

export interface Ec2Clients {
  ssm: SSMClient;
}

/** The outputs deploy-ec2 (and the root release action) writes besides the record. */
export function ec2Outputs(outcome: Ec2DeployOutcome): { instances: object[]; 'previous-ref': string } {
  return {
    instances: outcome.instances.map((r) => ({
      instanceId: r.instanceId,
      previous: r.previous,
      current: r.current,
      status: r.status,
      commandId: r.commandId || undefined,
      rollbackCommandId: r.rollbackCommandId || undefined,
    })),
    'previous-ref': outcome.previousRef,
  };
}

function baseRecord(
  request: Ec2DeployRequest,
  recordId: string,
  instances: string[],
  startedAt: Date,
): Ec2Record {
  const { plan } = request;
  return {
    schema: RECORD_SCHEMA,
    id: recordId,
    target: 'ec2',
    region: request.region,
    resource: {
      instances,
      workingDirectory: plan.workingDirectory,
      envFile: plan.envFile,
      composeFiles: plan.composeFiles,
      services: plan.services,
      build: plan.build,
      imageServices: Object.keys(plan.images),
    },
    previous: null,
    current: null,
    status: 'planned',
    startedAt: startedAt.toISOString(),
  };
}

function desiredState(plan: Ec2Plan): Ec2InstanceState {
  return {
    commit: plan.ref || undefined,
    images: Object.keys(plan.images).length ? plan.images : undefined,
  };
}

class Rollout {
  readonly results: InstanceResult[] = [];
  private failures = 0;
  private stopReason: string | undefined;

  constructor(
    private readonly clients: Ec2Clients,
    private readonly request: Ec2DeployRequest,
    private readonly record: Ec2Record,
    private readonly follow: FollowOptions,
    private readonly startedMs: number,
  ) {}

  private now(): number {
    return this.follow.clock?.now() ?? Date.now();
  }

  private remainingMs(): number {
    return this.follow.timeoutMs - (this.now() - this.startedMs);
  }

  private restoreSettings(): Ec2RestoreSettings {
    const { plan } = this.request;
    return {
      healthCommand: plan.healthCommand || undefined,
      healthTimeoutMs: plan.healthTimeoutMs,
      documentName: this.request.documentName,
      logGroup: this.request.logGroup || undefined,
    };
  }

  /** The deploy script, as sent to every instance (the same text for all). */
  script(): string {
    const { plan } = this.request;
    return deployScript({
      ...composeSettings(this.record, this.restoreSettings()),
      recordId: this.record.id,
      ref: plan.ref || undefined,
      images: plan.images,
      environment: plan.environment,
      parameters: plan.parameters,
      waitForFile: plan.waitForFile || undefined,
      waitTimeoutSeconds: Math.max(1, Math.ceil(this.remainingMs() / 1000)),
    });
  }

  private stopped(): boolean {
    return this.stopReason !== undefined || this.follow.signal?.aborted === true;
  }

  async run(instances: ResolvedInstance[]): Promise<void> {
    const queue = [...instances];
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (this.stopped()) {
          this.results.push(this.skipped(next));
          continue;
        }
        const result = await this.updateOne(next);
        this.results.push(result);
        if (!['deployed'].includes(result.status)) {
          this.failures += 1;
          if (result.status === 'cancelled' || result.status === 'timed-out') this.stopReason = result.status;
          else if (this.failures > this.request.maxErrors)
            this.stopReason = `${this.failures} instance(s) failed, more than max-errors ${this.request.maxErrors}`;
        }
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.request.maxConcurrency, instances.length) }, worker),
    );
    const order = new Map(instances.map((instance, index) => [instance.instanceId, index]));
    this.results.sort((a, b) => order.get(a.instanceId)! - order.get(b.instanceId)!);
  }

  private skipped(instance: ResolvedInstance): InstanceResult {
    return {
      instanceId: instance.instanceId,
      name: instance.name || undefined,
      status: 'skipped',
      previous: {},
      current: {},
      elapsedMs: 0,
      reason: this.follow.signal?.aborted ? 'cancelled before its turn' : `not started: ${this.stopReason}`,
    };
  }

  private async updateOne(instance: ResolvedInstance): Promise<InstanceResult> {
    const { instanceId } = instance;
    const started = this.now();
    info(`${instanceId}${instance.name ? ` (${instance.name})` : ''}: deploying`);
    const run = await runScript(
      this.clients.ssm,
      {
        instanceId,
        script: this.script(),
        documentName: this.request.documentName,
        comment: `deploy-ec2 ${this.record.id}`,
        executionTimeoutSeconds: Math.max(60, Math.ceil(this.remainingMs() / 1000)),
        logGroup: this.request.logGroup || undefined,
      },
      { ...this.follow, timeoutMs: Math.max(1000, this.remainingMs()) },
    );
    logRun(`${instanceId}: deploy`, run);
    const { previous, current } = stateFromOutput(run.stdout, this.record.resource.imageServices);
    const images = Object.keys(this.request.plan.images).length ? { images: this.request.plan.images } : {};
    const result: InstanceResult = {
      instanceId,
      name: instance.name || undefined,
      status: 'deployed',
      previous,
      current: { ...current, ...images },
      commandId: run.commandId,
      elapsedMs: 0,
    };
    const finish = (fields: Partial<InstanceResult>): InstanceResult => ({
      ...result,
      ...fields,
      elapsedMs: this.now() - started,
    });
    if (run.stopped)
      return finish({
        status: run.stopped === 'cancelled' ? 'cancelled' : 'timed-out',
        reason:
          run.stopped === 'cancelled'
            ? 'cancelled: the command was cancelled'
            : 'wait-timeout reached: the command was cancelled',
        tail: lastLines(run),
      });
    if (run.exitCode === 0 && run.status === 'Success') return finish({});
    const reason = lastError(run);
    if (run.exitCode === EXIT.unchanged) return finish({ status: 'unchanged', reason, tail: lastLines(run) });
    if (!this.request.rollback) return finish({ status: 'failed', reason, tail: lastLines(run) });
    const restore = await this.rollBack(instanceId, result);
    return finish({
      status:
        restore.outcome === 'restored' || restore.outcome === 'unchanged' ? 'rolled-back' : 'rollback-failed',
      reason:
        restore.outcome === 'restored' || restore.outcome === 'unchanged'
          ? `${reason}; rolled back to ${stateLabel(previous)}`
          : `${reason}; rollback ${restore.outcome}: ${lastError(restore.run)}`,
      rollbackCommandId: restore.run.commandId,
      tail: lastLines(run),
    });
  }

  private rollBack(
    instanceId: string,
    result: InstanceResult,
  ): Promise<{ outcome: InstanceRestore; run: CommandRun }> {
    info(`${instanceId}: rolling back to ${stateLabel(result.previous)}`);
    return restoreInstance(
      this.clients.ssm,
      this.record,
      instanceId,
      { previous: result.previous, current: result.current, force: true },
      this.restoreSettings(),
      { ...this.follow, timeoutMs: Math.max(60_000, this.remainingMs()) },
    );
  }
}

function recordStatus(results: InstanceResult[]): RecordStatus {
  if (results.some((r) => r.status === 'cancelled')) return 'cancelled';
  if (results.some((r) => r.status === 'timed-out')) return 'timed-out';
  if (results.every((r) => r.status === 'deployed')) return 'succeeded';
  return 'failed';
}

/** Instances that hold a breadcrumb of this record: the script got past its preparation. */
const changedOnInstance = (result: InstanceResult): boolean =>
  !['unchanged', 'skipped', 'planned'].includes(result.status);

export function buildRecord(base: Ec2Record, results: InstanceResult[]): Ec2Record {
  const changed = results.filter(changedOnInstance);
  const states = (pick: (r: InstanceResult) => Ec2InstanceState) => ({
    instances: Object.fromEntries(changed.map((r) => [r.instanceId, pick(r)])),
  });
  const failures = results.filter((r) => r.status !== 'deployed');
  return {
    ...base,
    previous: changed.length ? states((r) => r.previous) : null,
    current: changed.length ? states((r) => r.current) : null,
    status: recordStatus(results),
    finishedAt: new Date().toISOString(),
    ...(failures.length
      ? { message: failures.map((r) => `${r.instanceId}: ${r.status}: ${r.reason ?? ''}`).join('; ') }
      : {}),
  };
}

const ICON: Record<InstanceStatus, string> = {
  deployed: '✅ deployed',
  'rolled-back': '↩️ rolled back',
  failed: '❌ failed',
  'rollback-failed': '❌ rollback failed',
  unchanged: '❌ failed, unchanged',
  skipped: '⏭️ skipped',
  cancelled: '🛑 cancelled',
  'timed-out': '⏱️ timed out',
  planned: '📝 planned',
};

export function reportInstances(summary: Summary, results: InstanceResult[]): void {
  summary.table(
    ['Instance', 'From', 'To', 'Result', 'Time'],
    results.map((r) => [
      raw(`${code(r.instanceId)}${r.name ? ` ${code(r.name)}` : ''}`),
      stateLabel(r.previous),
      stateLabel(r.current),
      ICON[r.status],
      r.status === 'skipped' || r.status === 'planned' ? '' : formatDuration(r.elapsedMs),
    ]),
  );
  for (const r of results.filter((r) => r.reason && r.status !== 'skipped'))
    summary.details(raw(`${code(r.instanceId)}: ${r.reason!.replace(/[<>&]/g, ' ')}`), (inner) => {
      if (r.tail) inner.codeBlock(r.tail);
    });
}

/** What the rollout reached, and why it failed: it never throws. */
export interface Ec2Deployed {
  /** Undefined when it failed before resolving the instances. */
  outcome?: Ec2DeployOutcome | undefined;
  error?: unknown;
}

export async function deployInstances(
  clients: Ec2Clients,
  request: Ec2DeployRequest,
  follow: FollowOptions,
  report: { summary: Summary; startedAt: Date },
): Promise<Ec2Deployed> {
  try {
    return await rollOutInstances(clients, request, follow, report);
  } catch (error) {
    return { error };
  }
}

async function rollOutInstances(
  clients: Ec2Clients,
  request: Ec2DeployRequest,
  follow: FollowOptions,
  report: { summary: Summary; startedAt: Date },
): Promise<Ec2Deployed> {
  const startedMs = follow.clock?.now() ?? Date.now();
  const instances = await resolveInstances(clients.ssm, {
    instanceIds: request.plan.instanceIds,
    tags: request.plan.tags,
  });
  const recordId = newRecordId();
  const base = baseRecord(
    request,
    recordId,
    instances.map((i) => i.instanceId),
    report.startedAt,
  );
  info(`Instances: ${instances.map((i) => i.instanceId + (i.name ? ` (${i.name})` : '')).join(', ')}`);

  if (request.dryRun) {
    const rollout = new Rollout(clients, request, base, follow, startedMs);
    startGroup('The script each instance would run (dry run: nothing was sent)');
    info(rollout.script());
    endGroup();
    const results: InstanceResult[] = instances.map((i) => ({
      instanceId: i.instanceId,
      name: i.name || undefined,
      status: 'planned',
      previous: {},
      current: desiredState(request.plan),
      elapsedMs: 0,
    }));
    const outcome = {
      record: { ...base, finishedAt: new Date().toISOString() },
      instances: results,
      previousRef: '',
    };
    report.summary.status('info', 'Dry run: nothing was sent to the instances.');
    reportInstances(report.summary, results);
    return { outcome };
  }

  const rollout = new Rollout(clients, request, base, follow, startedMs);
  let error: unknown;
  try {
    await rollout.run(instances);
  } catch (caught) {
    error = caught;
  }
  const record = buildRecord(base, rollout.results);
  const previousCommits = [...new Set(rollout.results.map((r) => r.previous.commit).filter(Boolean))];
  const outcome: Ec2DeployOutcome = {
    record,
    instances: rollout.results,
    previousRef: previousCommits.length === 1 ? previousCommits[0]! : '',
  };
  reportInstances(report.summary, rollout.results);
  if (error instanceof Error) return { outcome, error };
  if (error !== undefined) return { outcome, error: new Error('the rollout failed', { cause: error }) };
  const failed = rollout.results.filter((r) => r.status !== 'deployed');
  if (failed.length)
    return {
      outcome,
      error: new ActionError(
        `${failed.length} of ${rollout.results.length} instance(s) not deployed: ${failed
          .map((r) => `${r.instanceId} ${r.status}${r.reason ? ` (${r.reason})` : ''}`)
          .join('; ')}.`,
      ),
    };
  return { outcome };
}
