// eks-rolling-update: read inputs → connect (DescribeCluster + EKS token, or a kubeconfig) →
// read every Deployment and plan its image change (all checked before the first patch) → patch →
// follow the rollouts concurrently → undo them all to the recorded templates on failure →
// outputs, records and summary.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { readInputs, InputError, type InputValues } from '../../../shared/action/inputs.js';
import { ActionError } from '../../../shared/action/errors.js';
import { group, info, warning } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { formatDuration } from '../../../shared/action/duration.js';
import type { RunContext } from '../../../shared/action/run.js';
import type { Summary } from '../../../shared/action/summary.js';
import { resolveRegion } from '../../../shared/aws/clients.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/ecs/image.js';
import { planImageUpdate, type ImagePlan, type ImageRequest } from '../../../shared/targets/eks/images.js';
import { RECORD_SCHEMA, type EksRecord, type RecordStatus } from '../../../shared/record/record.js';
import type { ClusterConnection } from '../../../shared/kube/connect.js';
import type { RolloutResult } from '../../../shared/kube/rollout.js';
import { KubeApiError } from '../../../shared/kube/client.js';
import { revisionOf, type Deployment, type PodTemplateSpec } from '../../../shared/kube/types.js';
import { inputs, outputs } from './inputs.js';

/** Longest gap between two polls of a rollout: Kubernetes reads are cheap, exits should be quick. */
const MAX_POLL_INTERVAL_MS = 5_000;

type Values = InputValues<typeof inputs>;

interface Target {
  name: string;
  before: Deployment;
  previousRevision: number;
  previousTemplate: PodTemplateSpec;
  plan: ImagePlan;
  patched?: Deployment;
  rollout?: RolloutResult;
  undo?: { rollout?: RolloutResult; error?: string };
}

function imageRequest(values: Values): ImageRequest {
  const images = values.images;
  const hasMap = Object.keys(images).length > 0;
  if (values.image && hasMap)
    throw new InputError(
      'images',
      Object.keys(images).join(','),
      "either 'image' (with 'container') or 'images', not both",
    );
  if (!values.image && !hasMap)
    throw new InputError('image', '', "the new image, or 'images' with container=image lines");
  if (hasMap) {
    if (values.container)
      throw new InputError(
        'container',
        values.container,
        "nothing: with 'images' the container names are the keys of the lines",
      );
    for (const [container, image] of Object.entries(images)) {
      const problem = imageProblem(image);
      if (problem) throw new InputError('images', `${container}=${image}`, IMAGE_ACCEPTED, problem);
    }
    return { kind: 'map', images };
  }
  return values.container
    ? { kind: 'single', image: values.image, container: values.container }
    : { kind: 'single', image: values.image };
}

export function defaultChangeCause(env: NodeJS.ProcessEnv = process.env): string {
  const repository = env['GITHUB_REPOSITORY'];
  if (!repository) return 'eks-rolling-update';
  const sha = (env['GITHUB_SHA'] ?? '').slice(0, 12);
  const run = env['GITHUB_RUN_ID']
    ? ` run ${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${repository}/actions/runs/${env['GITHUB_RUN_ID']}`
    : '';
  return `${repository}${sha ? `@${sha}` : ''}${env['GITHUB_WORKFLOW'] ? ` (${env['GITHUB_WORKFLOW']})` : ''}${run}`;
}

function kubeconfigPath(value: string): string | undefined {
  if (!value) return undefined;
  const path = isAbsolute(value) ? value : resolve(process.env['GITHUB_WORKSPACE'] ?? process.cwd(), value);
  if (!existsSync(path))
    throw new InputError('kubeconfig', value, 'the path of a kubeconfig file', 'no such file');
  return path;
}

function regionFor(values: Values, kubeconfig: string | undefined): string {
  if (!kubeconfig) return resolveRegion(values['aws-region'] || undefined);
  try {
    return resolveRegion(values['aws-region'] || undefined);
  } catch {
    return 'unknown';
  }
}

export async function main(context: RunContext): Promise<void> {
  const values = await readInputs(inputs);
  const request = imageRequest(values);
  const kubeconfig = kubeconfigPath(values.kubeconfig);
  const region = regionFor(values, kubeconfig);
  const cluster = values['cluster-name'];
  const namespace = values.namespace;
  const names = [...new Set(values.deployment)];
  const changeCause = values['change-cause'] || defaultChangeCause();
  const startedAt = context.startedAt.toISOString();

  const { connectToCluster } = await import('../../../shared/kube/connect.js');
  const connection = await group(`Connect to EKS cluster ${cluster}`, async () => {
    const connected = await connectToCluster({
      cluster,
      region,
      signal: context.signal,
      ...(kubeconfig ? { kubeconfig } : {}),
      ...(values['api-server'] ? { apiServer: values['api-server'] } : {}),
      ...(values['certificate-authority-data'] ? { caData: values['certificate-authority-data'] } : {}),
    });
    info(
      `Kubernetes API ${connected.server} (${connected.mode === 'aws' ? 'EKS token from the AWS credentials' : `kubeconfig ${kubeconfig}`})`,
    );
    return connected;
  });
  try {
    const targets = await group('Read the Deployments and plan the image changes', () =>
      Promise.all(
        names.map((name) => readTarget(connection, namespace, name, request, changeCause, names.length > 1)),
      ),
    );
    if (request.kind === 'map') {
      const used = new Set(
        targets.flatMap((target) => target.plan.changes.map((change) => change.container)),
      );
      const unused = Object.keys(request.images).filter((container) => !used.has(container));
      if (unused[0] !== undefined)
        throw new InputError(
          'images',
          unused[0],
          `container=image lines naming containers of ${names.join(', ')}`,
          'no such container in any of the Deployments',
        );
    }
    for (const target of targets)
      for (const change of target.plan.changes)
        info(`${target.name}: ${change.container} ${change.from} → ${change.to}`);

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

    const { followRollout } = await import('../../../shared/kube/rollout.js');
    const follow = (name: string): Promise<RolloutResult> =>
      followRollout(
        connection.client,
        { namespace, name },
        {
          timeoutMs: values['wait-timeout'],
          maxPollIntervalMs: MAX_POLL_INTERVAL_MS,
          signal: context.signal,
          onProgress: info,
        },
      );
    await group('Follow the rollouts', () =>
      Promise.all(targets.map(async (target) => (target.rollout = await follow(target.name)))),
    );

    const failed = targets.filter(
      (target) => target.rollout?.status === 'failed' || target.rollout?.status === 'timed-out',
    );
    const cancelled =
      context.signal.aborted || targets.some((target) => target.rollout?.status === 'cancelled');
    if (failed.length && values['undo-on-failure'] && !cancelled)
      await undoAll(connection, namespace, targets, follow, failed);

    const records = targets.map((target) =>
      recordOf(target, { cluster, namespace, region, startedAt, cancelled }),
    );
    writeOutputs(outputs, {
      revisions: Object.fromEntries(targets.map((target) => [target.name, liveRevision(target)])),
      'previous-revisions': Object.fromEntries(
        targets.map((target) => [target.name, target.previousRevision]),
      ),
      deployment: records.length === 1 && records[0] ? records[0] : records,
    });
    report(context.summary, { cluster, namespace, targets, records });

    if (cancelled)
      throw new ActionError(
        `Cancelled while following the rollouts; state reached: ${describeStates(targets)}.`,
      );
    if (failed.length) {
      const undone = failed.every((target) => target.undo?.rollout?.status === 'succeeded');
      const reasons = failed
        .map((target) => `${target.name}: ${target.rollout?.reason ?? target.rollout?.state ?? 'failed'}`)
        .join('; ');
      throw new ActionError(
        `Rollout failed — ${reasons}.${values['undo-on-failure'] ? (undone ? ' The Deployments were restored to their previous templates.' : ' The undo did not complete: see the summary.') : ' undo-on-failure is off: the Deployments were left as they are.'}`,
      );
    }
  } finally {
    connection.close();
  }
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
  namespace: string,
  name: string,
  request: ImageRequest,
  changeCause: string,
  shared: boolean,
): Promise<Target> {
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
  return {
    name,
    before,
    previousRevision: revisionOf(before) ?? 0,
    previousTemplate: structuredClone(before.spec.template),
    plan: planImageUpdate(before, request, changeCause, shared),
  };
}

async function undoAll(
  connection: ClusterConnection,
  namespace: string,
  targets: Target[],
  follow: (name: string) => Promise<RolloutResult>,
  failed: Target[],
): Promise<void> {
  const { restoreTemplate } = await import('../../../shared/kube/undo.js');
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
          target.undo = { error: explained instanceof Error ? explained.message : String(explained) };
          warning(`Undo of ${target.name} failed: ${target.undo.error}`);
        }
      }),
    ),
  );
}

function liveRevision(target: Target): number {
  return target.undo?.rollout?.revision ?? target.rollout?.revision ?? target.previousRevision;
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
  context: { cluster: string; namespace: string; region: string; startedAt: string; cancelled: boolean },
): EksRecord {
  const images = Object.fromEntries(
    target.before.spec.template.spec.containers.map((c) => [c.name, c.image ?? '']),
  );
  const newImages = {
    ...images,
    ...Object.fromEntries(target.plan.changes.map((change) => [change.container, change.to])),
  };
  const status = statusOf(target, context.cancelled);
  const record: EksRecord = {
    schema: RECORD_SCHEMA,
    target: 'eks',
    region: context.region,
    resource: { cluster: context.cluster, namespace: context.namespace, deployment: target.name },
    previous: {
      revision: target.previousRevision,
      images,
      template: target.previousTemplate as unknown as Record<string, unknown>,
    },
    current: {
      revision:
        target.rollout?.revision ?? revisionOf(target.patched ?? target.before) ?? target.previousRevision,
      images: newImages,
    },
    status,
    startedAt: context.startedAt,
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
  summary: Summary,
  data: { cluster: string; namespace: string; targets: Target[]; records: EksRecord[] },
): void {
  summary.heading(`EKS rolling update: ${data.cluster} / ${data.namespace}`);
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
    summary.details(`Replicas over time: ${target.name}`, (inner) => renderSamplesInto(inner, rollout));
    if (target.undo?.rollout)
      summary.paragraph(
        `Undo of ${target.name}: ${target.undo.rollout.status === 'succeeded' ? `restored the template of revision ${target.previousRevision} (now revision ${target.undo.rollout.revision ?? '?'})` : `${target.undo.rollout.status}: ${target.undo.rollout.reason ?? target.undo.rollout.state}`}.`,
      );
    if (target.undo?.error) summary.paragraph(`Undo of ${target.name} failed: ${target.undo.error}`);
  }
}

function renderSamplesInto(summary: Summary, rollout: RolloutResult): void {
  summary.table(
    ['Time', 'Updated', 'Ready', 'Available', 'Old pods'],
    rollout.samples
      .slice(-15)
      .map((sample) => [
        `+${formatDuration(sample.elapsedMs)}`,
        `${sample.updated}/${sample.desired}`,
        `${sample.ready}/${sample.desired}`,
        `${sample.available}/${sample.desired}`,
        String(sample.oldPods),
      ]),
  );
}
