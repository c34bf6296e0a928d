// First deploys and manifest changes: server-side apply of every object of `manifests` (field
// manager aws-deploy-actions) with `secret-data` folded into the named Secret's manifest (or
// merge-patched into the Secret first, when no manifest defines it), then every applied
// Deployment followed to the end.
import { ActionError } from '../action/errors.js';
import { group, info } from '../action/runtime.js';
import { code, type Summary } from '../action/summary.js';
import type { FollowOptions } from '../targets/types.js';
import { planImageUpdate, type ImageRequest } from '../targets/eks/images.js';
import { KubeApiError } from './client.js';
import type { ClusterConnection } from './connect.js';
import type { ManifestObject } from './manifests.js';
import { followRollout, type RolloutResult } from './rollout.js';
import { patchSecret, type SecretPatch } from './secret.js';
import type { Container, Deployment } from './types.js';

const FIELD_MANAGER = 'aws-deploy-actions';

export interface ApplyRequest {
  objects: ManifestObject[];
  /** Take over fields another manager owns (kubectl's --force-conflicts). */
  force: boolean;
  secret?: SecretPatch;
  /** The image update that follows: its containers keep their live image in the apply. */
  imageUpdate?: { namespace: string; deployments: string[]; request: ImageRequest };
}

export interface AppliedObject {
  source: string;
  kind: string;
  name: string;
  namespace?: string | undefined;
  result: 'created' | 'configured' | 'unchanged';
  rollout?: RolloutResult;
}

/**
 * For each manifest Deployment the image update changes next, the containers it changes. Planned
 * against the manifest before any call, so a container missing from it is an input error.
 */
export function planManifestImages(request: ApplyRequest): Map<string, Map<string, string>> {
  const planned = new Map<string, Map<string, string>>();
  const update = request.imageUpdate;
  if (!update) return planned;
  for (const object of request.objects) {
    if (object.kind !== 'Deployment' || object.namespace !== update.namespace) continue;
    if (!update.deployments.includes(object.name)) continue;
    const plan = planImageUpdate(
      object.body as unknown as Deployment,
      update.request,
      '',
      update.deployments.length > 1,
    );
    planned.set(object.path, new Map(plan.changes.map((change) => [change.container, change.to])));
  }
  return planned;
}

/**
 * A Deployment the image update changes keeps its live images in the apply, so a rerun never
 * rolls back to the manifest's image and the image update stays the one change its record undoes;
 * a Deployment that does not exist yet starts on the requested images.
 */
function withImages(body: Record<string, unknown>, wanted: Map<string, string>, live?: Deployment): unknown {
  const deployment = structuredClone(body) as unknown as Deployment;
  const liveImage = (name: string): string | undefined =>
    live?.spec.template.spec.containers.find((container) => container.name === name)?.image;
  const containers: Container[] = deployment.spec.template.spec.containers;
  for (const container of containers) {
    const image = wanted.get(container.name);
    if (image !== undefined) container.image = live ? (liveImage(container.name) ?? image) : image;
  }
  return deployment;
}

export async function applyManifests(
  connection: ClusterConnection,
  request: ApplyRequest,
  follow: FollowOptions,
  summary?: Summary,
): Promise<AppliedObject[]> {
  const images = planManifestImages(request);
  const secret = request.secret;
  const secretInManifests = request.objects.some((object) => isNamedSecret(object, secret));
  const applied: AppliedObject[] = [];
  try {
    await group(
      `Apply ${request.objects.length} object(s) (server-side, field manager ${FIELD_MANAGER})`,
      async () => {
        if (secret && !secretInManifests) await patchNamedSecret(connection, secret);
        for (const object of request.objects) {
          const carriesSecret = isNamedSecret(object, secret);
          const body = carriesSecret ? withSecretData(object, secret.data) : object;
          applied.push(await applyOne(connection, body, request.force, images.get(object.path)));
          if (carriesSecret)
            info(`${object.source}: secret-data keys ${Object.keys(secret.data).join(', ')} applied with it`);
        }
      },
    );
    const deployments = applied.filter((object) => object.kind === 'Deployment');
    if (deployments.length)
      await group('Follow the applied Deployments', () =>
        Promise.all(
          deployments.map(
            async (object) =>
              (object.rollout = await followRollout(
                connection.client,
                { namespace: object.namespace ?? 'default', name: object.name },
                follow,
              )),
          ),
        ),
      );
  } finally {
    if (summary) report(summary, applied, secret);
  }
  const failed = applied.filter((object) => object.rollout && object.rollout.status !== 'succeeded');
  if (failed.length)
    throw new ActionError(
      `Applied Deployment(s) did not roll out — ${failed
        .map(
          (object) =>
            `${object.name} (${object.source}): ${object.rollout?.reason ?? object.rollout?.state ?? ''}`,
        )
        .join('; ')}. The image update was not started.`,
    );
  return applied;
}

function isNamedSecret(object: ManifestObject, secret: SecretPatch | undefined): secret is SecretPatch {
  return (
    secret !== undefined &&
    object.kind === 'Secret' &&
    object.name === secret.name &&
    object.namespace === secret.namespace
  );
}

/**
 * The manifest's Secret with `secret-data` in its stringData: one write, so no pod ever starts
 * between the manifest's placeholders and the real values, and a rerun with the same values
 * writes nothing.
 */
function withSecretData(object: ManifestObject, data: Record<string, string>): ManifestObject {
  const body = structuredClone(object.body);
  const encoded = { ...(body['data'] as Record<string, string> | undefined) };
  for (const key of Object.keys(data)) delete encoded[key];
  body['stringData'] = { ...(body['stringData'] as Record<string, string> | undefined), ...data };
  if (Object.keys(encoded).length) body['data'] = encoded;
  else delete body['data'];
  return { ...object, body };
}

async function patchNamedSecret(connection: ClusterConnection, secret: SecretPatch): Promise<void> {
  const keys = Object.keys(secret.data);
  try {
    await patchSecret(connection.client, secret, FIELD_MANAGER);
  } catch (error) {
    throw await connection.explain(error, secret.namespace);
  }
  info(`Secret ${secret.namespace}/${secret.name}: ${keys.length} key(s) patched (${keys.join(', ')})`);
}

async function applyOne(
  connection: ClusterConnection,
  object: ManifestObject,
  force: boolean,
  images: Map<string, string> | undefined,
): Promise<AppliedObject> {
  const where = `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${object.name}`;
  try {
    const before = await connection.client.findObject<{ metadata: { resourceVersion?: string } }>(
      object.path,
    );
    const body = images ? withImages(object.body, images, before as Deployment | undefined) : object.body;
    const after = await connection.client.applyObject<{ metadata: { resourceVersion?: string } }>(
      object.path,
      body,
      {
        fieldManager: FIELD_MANAGER,
        force,
      },
    );
    const result = !before
      ? 'created'
      : before.metadata.resourceVersion === after.metadata.resourceVersion
        ? 'unchanged'
        : 'configured';
    info(`${object.source}: ${where} ${result}`);
    return {
      source: object.source,
      kind: object.kind,
      name: object.name,
      namespace: object.namespace || undefined,
      result,
    };
  } catch (error) {
    const explained = await connection.explain(error, object.namespace ?? 'default');
    if (explained !== error) throw explained;
    if (error instanceof KubeApiError) {
      const hint =
        error.status === 409
          ? ' Another field manager owns these fields: change them in the manifest, or set force-conflicts: true to take them over.'
          : '';
      throw new ActionError(
        `Applying ${object.source} (${where}) failed: ${error.status} ${error.reason}: ${error.kubeMessage}.${hint}`,
      );
    }
    throw error;
  }
}

function report(summary: Summary, applied: AppliedObject[], secret: SecretPatch | undefined): void {
  summary.heading('Manifests applied', 3).table(
    ['Source', 'Object', 'Result', 'Rollout'],
    applied.map((object) => [
      code(object.source),
      `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${object.name}`,
      object.result,
      object.rollout ? `${object.rollout.status} (${object.rollout.state})` : '',
    ]),
  );
  if (secret)
    summary.paragraph(
      `Secret ${code(`${secret.namespace}/${secret.name}`)}: keys ${Object.keys(secret.data).map(code).join(', ')} patched (values masked).`,
    );
}
