// Before the image update: the manifests applied and the secret patched (shared/kube/apply.ts).
// Everything is read and checked here, before the first call to the cluster.
import { InputError } from '../../../shared/action/errors.js';
import type { RunContext } from '../../../shared/action/run.js';
import { info } from '../../../shared/action/runtime.js';
import { applyManifests, planManifestImages, type ApplyRequest } from '../../../shared/kube/apply.js';
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

export interface ApplyInputs {
  'cluster-name': string;
  'api-server': string;
  'certificate-authority-data': string;
  'wait-timeout': number;
}

/** Connects on its own (the image update connects again) and applies; fails the step on failure. */
export async function applyBeforeUpdate(
  request: ApplyRequest,
  values: ApplyInputs,
  options: { region: string; kubeconfig: string | undefined; context: RunContext; maxPollIntervalMs: number },
): Promise<void> {
  const { connectToCluster } = await import('../../../shared/kube/connect.js');
  const { connectOptions, eksConnection } = await import('../../../shared/targets/eks/connection.js');
  const { context } = options;
  const connection = await connectToCluster(
    connectOptions(
      values['cluster-name'],
      options.region,
      eksConnection(values, options.kubeconfig),
      context.signal,
    ),
  );
  const follow: FollowOptions = {
    timeoutMs: values['wait-timeout'],
    maxPollIntervalMs: options.maxPollIntervalMs,
    signal: context.signal,
    onProgress: (line) => info(line),
  };
  try {
    await applyManifests(connection, request, follow, context.summary);
  } finally {
    connection.close();
  }
}
