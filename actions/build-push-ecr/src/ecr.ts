// The ECR API calls of the action (loaded after the inputs are valid, with the SDK).
import {
  BatchGetImageCommand,
  DescribeImagesCommand,
  PutImageCommand,
  DescribeRepositoriesCommand,
  GetAuthorizationTokenCommand,
  type ECRClient,
} from '@aws-sdk/client-ecr';
import { ActionError } from '../../../shared/action/errors.js';
import { errorCode, isNotFound } from '../../../shared/aws/errors.js';
import { pollHooks, pollUntil } from '../../../shared/wait/poll.js';
import type { Timing } from '../../../shared/wait/timing.js';
import { ensured, ensureRepository, type EnsuredRepository } from './repository.js';
import { waitForScan } from './scan.js';
import type { Inputs } from './validate.js';

export { waitForScan as scan };

export function ensure(ecr: ECRClient, values: Inputs): Promise<EnsuredRepository> {
  return ensureRepository(ecr, {
    name: values.repository,
    create: values['create-repository'],
    mutability: values['image-tag-mutability'],
    scanOnPush: values['scan-on-push'],
    encryption: values.encryption,
    kmsKey: values['kms-key'] || undefined,
    keepImages: values['keep-images'],
    tags: {},
  });
}

/**
 * The repository beside an IMMUTABLE one that holds its build cache (`<repository>-cache`): the
 * cache tag moves on every build, which immutability refuses. Created like the image's repository
 * (encryption, KMS key, lifecycle), except that its tags are mutable and cache blobs are not scanned.
 */
export function ensureCacheRepository(ecr: ECRClient, values: Inputs): Promise<EnsuredRepository> {
  return ensureRepository(ecr, {
    name: cacheRepositoryName(values.repository),
    create: values['create-repository'],
    mutability: 'MUTABLE',
    scanOnPush: false,
    encryption: values.encryption,
    kmsKey: values['kms-key'] || undefined,
    keepImages: values['keep-images'],
    tags: {},
  });
}

export function cacheRepositoryName(repository: string): string {
  return `${repository}-cache`;
}

/** Without push nothing is created: the repository is only looked up. */
export async function lookUp(ecr: ECRClient, name: string): Promise<EnsuredRepository | undefined> {
  try {
    const found = (await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] })))
      .repositories?.[0];
    return found?.repositoryUri && found.registryId ? ensured(found, false, []) : undefined;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** An IMMUTABLE repository refuses a second push of a tag: find out before building. */
export async function refuseExistingTags(
  ecr: ECRClient,
  repository: string,
  tags: readonly string[],
): Promise<void> {
  for (const tag of tags) {
    try {
      const found = await ecr.send(
        new DescribeImagesCommand({ repositoryName: repository, imageIds: [{ imageTag: tag }] }),
      );
      const digest = found.imageDetails?.[0]?.imageDigest;
      if (found.imageDetails?.length)
        throw new ActionError(
          `Tag ${tag} already exists in the IMMUTABLE repository ${repository}${digest ? ` (image ${digest})` : ''}: ECR would refuse the push. Nothing was built or pushed; use a tag that is new for each build, such as {sha} or {run-number}.`,
        );
    } catch (error) {
      if (error instanceof ActionError) throw error;
      if (!isNotFound(error)) throw error;
    }
  }
}

export interface Authorization {
  username: string;
  password: string;
  /** The base64 token itself: masked too. */
  token: string;
  host: string;
}

export async function authorization(ecr: ECRClient, registryId: string | undefined): Promise<Authorization> {
  const result = await ecr.send(
    new GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {}),
  );
  const data = result.authorizationData?.[0];
  const token = data?.authorizationToken;
  if (!token) throw new ActionError('ECR returned no authorization token (GetAuthorizationToken).');
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new ActionError('The ECR authorization token is not in the user:password form.');
  return {
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
    token,
    host: (data.proxyEndpoint ?? '').replace(/^https?:\/\//, '').replace(/\/+$/, ''),
  };
}

export interface Verified {
  sizeBytes: number | undefined;
}

/**
 * The pushed digest must be what ECR stored for every tag. ECR may take a moment to list a fresh
 * push, so a missing image is waited for (briefly); a different digest fails at once.
 */
export async function verifyDigest(
  ecr: ECRClient,
  repository: string,
  tags: readonly string[],
  digest: string,
  signal?: AbortSignal,
  timing: Timing & { timeoutMs?: number } = {},
): Promise<Verified> {
  const outcome = await pollUntil<Verified>({
    timeoutMs: timing.timeoutMs ?? 30_000,
    initialDelayMs: 500,
    maxDelayMs: 3000,
    ...pollHooks({ signal, clock: timing.clock, sleep: timing.sleep }),
    check: async () => {
      let details;
      try {
        details =
          (
            await ecr.send(
              new DescribeImagesCommand({
                repositoryName: repository,
                imageIds: tags.map((imageTag) => ({ imageTag })),
              }),
            )
          ).imageDetails ?? [];
      } catch (error) {
        if (isNotFound(error) || errorCode(error) === 'ImageNotFoundException')
          return { status: 'pending', state: 'ECR does not list the image yet' };
        throw error;
      }
      for (const tag of tags) {
        const detail = details.find((d) => d.imageTags?.includes(tag));
        if (!detail) return { status: 'pending', state: `ECR does not list tag ${tag} yet` };
        if (detail.imageDigest !== digest)
          return {
            status: 'failed',
            reason: `ECR reports ${detail.imageDigest ?? 'no digest'} for tag ${tag}, but the push returned ${digest}`,
          };
      }
      return { status: 'done', value: { sizeBytes: details[0]?.imageSizeInBytes } };
    },
  });
  if (outcome.outcome === 'done') return outcome.value;
  if (outcome.outcome === 'failed')
    throw new ActionError(`The pushed image does not match ECR: ${outcome.reason}.`);
  if (outcome.outcome === 'cancelled')
    throw new ActionError(`Cancelled while checking the pushed image with ECR (${outcome.reason}).`);
  throw new ActionError(
    `ECR did not list the pushed image ${digest} for tags ${tags.join(', ')} within 30 s (${outcome.state}).`,
  );
}

const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

/**
 * Adds tags to an image already in the repository: the same manifest under the same media type
 * (ECR PutImage), so the tag names the same digest. A tag that already names it is left as it is.
 */
export async function addTags(
  ecr: ECRClient,
  repository: string,
  digest: string,
  tags: readonly string[],
): Promise<void> {
  if (!tags.length) return;
  const found = await ecr.send(
    new BatchGetImageCommand({
      repositoryName: repository,
      imageIds: [{ imageDigest: digest }],
      acceptedMediaTypes: MANIFEST_MEDIA_TYPES,
    }),
  );
  const image = found.images?.[0];
  if (!image?.imageManifest) {
    const failure = found.failures?.[0];
    throw new ActionError(
      `ECR did not return the manifest of ${repository}@${digest} to tag it ${tags.join(', ')}${failure ? ` (${failure.failureCode ?? 'failure'}: ${failure.failureReason ?? ''})` : ''}.`,
    );
  }
  for (const tag of tags) {
    try {
      await ecr.send(
        new PutImageCommand({
          repositoryName: repository,
          imageTag: tag,
          imageDigest: digest,
          imageManifest: image.imageManifest,
          imageManifestMediaType: image.imageManifestMediaType || undefined,
        }),
      );
    } catch (error) {
      // A rerun: the tag already names this very manifest.
      if (errorCode(error) !== 'ImageAlreadyExistsException') throw error;
    }
  }
}
