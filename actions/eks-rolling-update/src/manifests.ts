// Before the image update: the manifests applied and the secret patched (shared/kube/apply.ts).
// Everything is read and checked here, before the first call to the cluster.
import { InputError } from '../../../shared/action/errors.js';
import type { Summary } from '../../../shared/action/summary.js';
import { applyManifests, planManifestImages, type ApplyRequest } from '../../../shared/kube/apply.js';
import type { ConnectOptions } from '../../../shared/kube/connect.js';
import { readManifests } from '../../../shared/kube/manifests.js';
import { parseSecretData, SECRET_DATA_ACCEPTED } from '../../../shared/kube/secret.js';
import type { ImageRequest } from '../../../shared/targets/eks/images.js';
import type { FollowOptions } from '../../../shared/targets/types.js';

export interface ManifestInputs {
  namespace: string;
  deployment: string[];
  manifests: string[];
  'force-conflicts': boolean;
  'secret-name': string;
  'secret-data': string;
}

/** The apply this step makes before its image update, or undefined when it makes none. */
export function planApply(values: ManifestInputs, images: ImageRequest): ApplyRequest | undefined {
  const secretName = values['secret-name'];
  const secretData = values['secret-data'];
  if (secretData && !secretName)
    throw new InputError('secret-name', '', "the Secret that 'secret-data' is patched into");
  if (secretName && !secretData)
    throw new InputError('secret-data', '', `${SECRET_DATA_ACCEPTED} (secret-name is given)`);
  if (values.manifests.length === 0 && !secretName) return undefined;
  const request: ApplyRequest = {
    objects: readManifests(values.manifests, values.namespace),
    force: values['force-conflicts'],
    imageUpdate: { namespace: values.namespace, deployments: values.deployment, request: images },
    ...(secretName
      ? { secret: { namespace: values.namespace, name: secretName, data: parseSecretData(secretData) } }
      : {}),
  };
  planManifestImages(request);
  return request;
}

export async function applyBeforeUpdate(
  request: ApplyRequest,
  connect: ConnectOptions,
  follow: FollowOptions,
  summary: Summary,
): Promise<void> {
  const { connectToCluster } = await import('../../../shared/kube/connect.js');
  const connection = await connectToCluster(connect);
  try {
    await applyManifests(connection, request, follow, summary);
  } finally {
    connection.close();
  }
}
