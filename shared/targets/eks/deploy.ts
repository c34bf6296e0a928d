// The EKS rolling update, shared by eks-rolling-update and the root release action: connect
// (DescribeCluster + EKS token, or a kubeconfig) → read every Deployment and plan its image change
// (all checked before the first patch) → patch → follow the rollouts concurrently → on failure undo
// them all to the recorded templates (or leave that to the caller) → records and summary. It never
// throws: the result carries the records, the outputs and the error.
import { ActionError, errorMessage, InputError } from '../../action/errors.js';
import { group, info, warning } from '../../action/runtime.js';
import { formatDuration } from '../../action/duration.js';
import type { Summary } from '../../action/summary.js';
import { RECORD_SCHEMA, type EksRecord, type EksState, type RecordStatus } from '../../record/record.js';
import { BREADCRUMB_KEY, breadcrumbOf, newRecordId } from '../../record/breadcrumb.js';
import type { ClusterConnection } from '../../kube/connect.js';
import type { RolloutResult } from '../../kube/rollout.js';
import { revisionOf, type Deployment, type PodTemplateSpec } from '../../kube/types.js';
import type { DeployResult, EksConnection, FollowOptions } from '../types.js';
import { connectOptions } from './connection.js';
import { planImageUpdate, type ImagePlan, type ImageRequest } from './images.js';

/**
 * What to do when a rollout fails: undo every changed Deployment here, leave them as they are
 * (undo-on-failure: false), or leave the restore to the caller, which holds the records.
 */
export type IfRolloutFails = 'undo' | 'leave' | 'caller-restores';

/** What to roll out; every value already validated. */
export interface EksDeployRequest {
  cluster: string;
  namespace: string;
  /** Deployment names, without duplicates. */
  deployments: string[];
  images: ImageRequest;
  changeCause: string;
  region: string;
  connection: EksConnection;
  ifRolloutFails: IfRolloutFails;
}

export interface EksDeployOutcome {
  /** One per Deployment, in the order asked. */
  records: EksRecord[];
  /** Deployment → revision it runs now. */
  revisions: Record<string, number>;
  /** Deployment → revision it ran before. */
  previousRevisions: Record<string, number>;
}

export interface EksDeployContext {
  summary: Summary;
  startedAt: Date;
  headingLevel?: 2 | 3 | undefined;
}

/** The eks-rolling-update outputs of an outcome (also the root action's EKS outputs). */
export function eksOutputs(outcome: EksDeployOutcome): {
  revisions: Record<string, number>;
  'previous-revisions': Record<string, number>;
} {
  return { revisions: outcome.revisions, 'previous-revisions': outcome.previousRevisions };
}

interface Target {
  name: string;
  /** The id of this Deployment's record, also in the breadcrumb annotation the patch writes. */
  id: string;
  before: Deployment;
  previous: EksState;
  previousRevision: number;
  previousTemplate: PodTemplateSpec;
  plan: ImagePlan;
  patched?: Deployment;
  rollout?: RolloutResult;
  undo?: { rollout?: RolloutResult; error?: string };
}

export async function rollOutDeployments(
  request: EksDeployRequest,
  follow: FollowOptions,
  context: EksDeployContext,
): Promise<DeployResult<EksRecord>> {
  const reached: { outcome?: EksDeployOutcome } = {};
  let error: unknown;
  try {
    await rollOut(request, follow, context, reached);
  } catch (caught) {
    error = caught;
  }
  const outcome = reached.outcome;
  return {
    records: outcome?.records ?? [],
    outputs: outcome ? eksOutputs(outcome) : {},
    error,
  };
}

async function connect(request: EksDeployRequest, follow: FollowOptions): Promise<ClusterConnection> {
  const { connectToCluster } = await import('../../kube/connect.js');
  return group(`Connect to EKS cluster ${request.cluster}`, async () => {
    const connected = await connectToCluster(
      connectOptions(request.cluster, request.region, request.connection, follow.signal),
    );
    info(
      `Kubernetes API ${connected.server} (${connected.mode === 'aws' ? 'EKS token from the AWS credentials' : `kubeconfig ${request.connection.kubeconfig ?? ''}`})`,
    );
    return connected;
  });
}

/** Throws on failure once `reached.outcome` holds the records of whatever was changed. */
async function rollOut(
  request: EksDeployRequest,
  follow: FollowOptions,
  context: EksDeployContext,
  reached: { outcome?: EksDeployOutcome },
): Promise<void> {
  const { cluster, namespace } = request;
  const startedAt = context.startedAt.toISOString();
  const cancelledNow = (): boolean => follow.signal?.aborted === true;
  const connection = await connect(request, follow);
  try {
    const targets = await group('Read the Deployments and plan the image changes', () =>
      Promise.all(request.deployments.map((name) => readTarget(connection, request, name))),
    );
    checkEveryImageLineUsed(request, targets);
    for (const target of targets)
      for (const change of target.plan.changes)
        info(`${target.name}: ${change.container} ${change.from} → ${change.to}`);

    const outcomeOf = (cancelled: boolean): EksDeployOutcome =>
      (reached.outcome = {
        records: targets.map((target) => recordOf(target, request, startedAt, cancelled)),
        revisions: Object.fromEntries(targets.map((target) => [target.name, liveRevision(target)])),
        previousRevisions: Object.fromEntries(
          targets.map((target) => [target.name, target.previousRevision]),
        ),
      });

    try {
      await patchAll(connection, namespace, targets);
    } catch (error) {
      // Some Deployments may be patched already: their records let the caller restore them.
      if (targets.some((target) => target.patched)) outcomeOf(false);
      throw error;
    }

    const { followRollout, renderSamples } = await import('../../kube/rollout.js');
    const followOne = (name: string): Promise<RolloutResult> =>
      followRollout(connection.client, { namespace, name }, follow);
    await group('Follow the rollouts', () =>
      Promise.all(targets.map(async (target) => (target.rollout = await followOne(target.name)))),
    );

    const failed = targets.filter(
      (target) => target.rollout?.status === 'failed' || target.rollout?.status === 'timed-out',
    );
    const cancelled = cancelledNow() || targets.some((target) => target.rollout?.status === 'cancelled');
    if (failed.length && request.ifRolloutFails === 'undo' && !cancelled)
      await undoAll(connection, namespace, targets, followOne, failed);

    const outcome = outcomeOf(cancelled);
    report(context, { cluster, namespace, targets, records: outcome.records }, renderSamples);

    if (cancelled)
      throw new ActionError(
        `Cancelled while following the rollouts; state reached: ${describeStates(targets)}.`,
      );
    if (failed.length) {
      const reasons = failed
        .map((target) => `${target.name}: ${target.rollout?.reason ?? target.rollout?.state ?? 'failed'}`)
        .join('; ');
      throw new ActionError(`Rollout failed — ${reasons}.${afterFailure(request.ifRolloutFails, failed)}`);
    }
  } finally {
    connection.close();
  }
}

async function patchAll(connection: ClusterConnection, namespace: string, targets: Target[]): Promise<void> {
  await group('Update the Deployments', async () => {
    for (const target of targets) {
      if (target.plan.unchanged) {
        info(`${target.name}: already runs the requested image(s); following its current rollout.`);
        continue;
      }
      target.patched = await guarded(connection, namespace, () =>
        connection.client.patchDeployment(namespace, target.name, target.plan.patch, 'strategic'),
      );
    }
  });
}

function afterFailure(ifRolloutFails: IfRolloutFails, failed: Target[]): string {
  switch (ifRolloutFails) {
    case 'undo':
      return failed.every((target) => target.undo?.rollout?.status === 'succeeded')
        ? ' The Deployments were restored to their previous templates.'
        : ' The undo did not complete: see the summary.';
    case 'leave':
      return ' undo-on-failure is off: the Deployments were left as they are.';
    case 'caller-restores':
      return '';
  }
}

/** With several Deployments, every `images` line must name a container of at least one of them. */
function checkEveryImageLineUsed(request: EksDeployRequest, targets: Target[]): void {
  if (request.images.kind !== 'map') return;
  const used = new Set(targets.flatMap((target) => target.plan.changes.map((change) => change.container)));
  const unused = Object.keys(request.images.images).filter((container) => !used.has(container));
  if (unused[0] !== undefined)
    throw new InputError(
      'images',
      unused[0],
      `container=image lines naming containers of ${request.deployments.join(', ')}`,
      'no such container in any of the Deployments',
    );
}

async function guarded<T>(
  connection: ClusterConnection,
  namespace: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw await connection.explain(error, namespace);
  }
}

async function readTarget(
  connection: ClusterConnection,
  request: EksDeployRequest,
  name: string,
): Promise<Target> {
  const { namespace } = request;
  const { KubeApiError } = await import('../../kube/client.js');
  const before = await guarded(connection, namespace, async () => {
    try {
      return await connection.client.getDeployment(namespace, name);
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404)
        throw new InputError(
          'deployment',
          name,
          `the name of a Deployment in namespace ${namespace}`,
          'no such Deployment',
        );
      throw error;
    }
  });
  const id = newRecordId();
  const previous: EksState = {
    revision: revisionOf(before) ?? 0,
    images: Object.fromEntries(before.spec.template.spec.containers.map((c) => [c.name, c.image ?? ''])),
  };
  const plan = planImageUpdate(before, request.images, request.changeCause, request.deployments.length > 1);
  const metadata = plan.patch['metadata'] as { annotations: Record<string, string> };
  const resource = { cluster: request.cluster, namespace, deployment: name };
  metadata.annotations[BREADCRUMB_KEY] = breadcrumbOf({ id, target: 'eks', resource, previous });
  return {
    name,
    id,
    before,
    previous,
    previousRevision: previous.revision,
    previousTemplate: structuredClone(before.spec.template),
    plan,
  };
}

async function undoAll(
  connection: ClusterConnection,
  namespace: string,
  targets: Target[],
  follow: (name: string) => Promise<RolloutResult>,
  failed: Target[],
): Promise<void> {
  const { restoreTemplate } = await import('../../kube/undo.js');
  const changed = targets.filter((target) => target.patched);
  await group(`Undo: restore ${changed.map((t) => t.name).join(', ')} to the previous templates`, () =>
    Promise.all(
      changed.map(async (target) => {
        const cause = `undo: rollout of ${failed.map((t) => t.name).join(', ')} failed; back to revision ${target.previousRevision}`;
        try {
          const live = await connection.client.getDeployment(namespace, target.name);
          await restoreTemplate(connection.client, live, target.previousTemplate, cause);
          target.undo = { rollout: await follow(target.name) };
        } catch (error) {
          const explained = await connection.explain(error, namespace);
          target.undo = { error: errorMessage(explained) };
          warning(`Undo of ${target.name} failed: ${target.undo.error}`);
        }
      }),
    ),
  );
}

function liveRevision(target: Target): number {
  return (
    target.undo?.rollout?.revision ??
    target.rollout?.revision ??
    revisionOf(target.patched ?? target.before) ??
    target.previousRevision
  );
}

function statusOf(target: Target, cancelled: boolean): RecordStatus {
  const rollout = target.rollout;
  if (cancelled && rollout?.status !== 'succeeded') return 'cancelled';
  if (target.undo?.rollout?.status === 'succeeded') return 'rolled-back';
  if (!rollout) return 'failed';
  return rollout.status;
}

function recordOf(
  target: Target,
  request: EksDeployRequest,
  startedAt: string,
  cancelled: boolean,
): EksRecord {
  const images = target.previous.images;
  const newImages = {
    ...images,
    ...Object.fromEntries(target.plan.changes.map((change) => [change.container, change.to])),
  };
  const status = statusOf(target, cancelled);
  const record: EksRecord = {
    schema: RECORD_SCHEMA,
    id: target.id,
    target: 'eks',
    region: request.region,
    resource: { cluster: request.cluster, namespace: request.namespace, deployment: target.name },
    previous: target.previous,
    // not patched: this deploy changed nothing on this Deployment, so a rollback restores nothing
    current: target.patched
      ? {
          revision: target.rollout?.revision ?? revisionOf(target.patched) ?? target.previousRevision,
          images: newImages,
        }
      : null,
    status,
    startedAt,
    finishedAt: new Date().toISOString(),
  };
  const message = target.rollout?.reason ?? (status === 'succeeded' ? undefined : target.rollout?.state);
  if (message) record.message = message;
  return record;
}

function describeStates(targets: Target[]): string {
  return targets.map((target) => `${target.name}: ${target.rollout?.state ?? 'not followed'}`).join('; ');
}

const RESULT_WORDS: Record<RecordStatus, string> = {
  succeeded: '✅ rolled out',
  failed: '❌ failed',
  'timed-out': '⏱️ timed out',
  cancelled: '⏹️ cancelled',
  planned: 'planned',
  'rolled-back': '↩️ failed, undone',
};

function report(
  context: EksDeployContext,
  data: { cluster: string; namespace: string; targets: Target[]; records: EksRecord[] },
  renderSamples: (summary: Summary, samples: RolloutResult['samples']) => void,
): void {
  const summary = context.summary;
  summary.heading(`EKS rolling update: ${data.cluster} / ${data.namespace}`, context.headingLevel ?? 2);
  const allGood = data.records.every((record) => record.status === 'succeeded');
  summary.status(
    allGood ? 'success' : 'failure',
    allGood ? `${data.targets.length} Deployment(s) rolled out.` : describeStates(data.targets),
  );
  summary.table(
    ['Deployment', 'Container', 'Image from', 'Image to', 'Revision', 'Result', 'Time'],
    data.targets.flatMap((target, index) =>
      target.plan.changes.map((change) => [
        target.name,
        change.container,
        change.from,
        change.to,
        `${target.previousRevision} → ${target.rollout?.revision ?? '?'}${target.undo?.rollout ? ` → ${target.undo.rollout.revision ?? '?'} (undo)` : ''}`,
        RESULT_WORDS[data.records[index]?.status ?? 'failed'],
        target.rollout ? formatDuration(target.rollout.elapsedMs) : '—',
      ]),
    ),
  );
  for (const target of data.targets) {
    const rollout = target.rollout;
    if (!rollout) continue;
    if (rollout.status !== 'succeeded')
      summary.paragraph(`${target.name}: ${rollout.reason ?? rollout.state}`);
    rollout.diagnostics?.(summary);
    summary.details(`Replicas over time: ${target.name}`, (inner) => renderSamples(inner, rollout.samples));
    if (target.undo?.rollout)
      summary.paragraph(
        `Undo of ${target.name}: ${target.undo.rollout.status === 'succeeded' ? `restored the template of revision ${target.previousRevision} (now revision ${target.undo.rollout.revision ?? '?'})` : `${target.undo.rollout.status}: ${target.undo.rollout.reason ?? target.undo.rollout.state}`}.`,
      );
    if (target.undo?.error) summary.paragraph(`Undo of ${target.name} failed: ${target.undo.error}`);
  }
}
