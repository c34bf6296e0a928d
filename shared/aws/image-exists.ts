// Before a deploy registers or patches anything: does each image it names exist? Amazon ECR images
// are looked up with ecr:DescribeImages (a tag resolves to its digest; deploy-lambda-image reads
// the manifest itself with ecr:BatchGetImage, through the same check); for another registry, a
// manifest HEAD when the registry answers without credentials; otherwise a notice that the image
// was not checked. A missing image is one error naming every missing image. The digests found go
// into the deployment record (shared/record/image-digests.ts).
import type { ECRClient } from '@aws-sdk/client-ecr';
import { ActionError } from '../action/errors.js';
import { info, notice } from '../action/runtime.js';
import { code, raw, type Summary } from '../action/summary.js';
import { parseImageReference } from '../targets/ecs/image.js';
import { classify, errorCode } from './errors.js';

export interface EcrImage {
  registryId: string;
  region: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export type ImageCheck =
  | { image: string; status: 'found'; digest: string; manifest?: EcrManifest }
  | { image: string; status: 'missing'; reason: string }
  | { image: string; status: 'not-checked'; reason: string };

type MissingImage = Extract<ImageCheck, { status: 'missing' }>;

const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

/** The ECR coordinates of an image reference, or undefined when it is not an Amazon ECR image. */
export function ecrImage(image: string): EcrImage | undefined {
  const reference = parseImageReference(image);
  const host = reference?.registry ? ECR_HOST.exec(reference.registry) : null;
  if (!reference || !host?.[1] || !host[2]) return undefined;
  return {
    registryId: host[1],
    region: host[2],
    repository: reference.repository,
    ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
    ...(reference.digest !== undefined ? { digest: reference.digest } : {}),
  };
}

/** A manifest as ECR returns it, for a caller that reads it (an image index, for Lambda). */
export interface EcrManifest {
  mediaType?: string;
  body?: string;
}

/** How an ECR image is looked up: its digest (and manifest), or undefined when ECR has no such image. */
export interface EcrLookup {
  /** The IAM action the look-up needs, named when it is denied. */
  permission: string;
  describeImage(image: EcrImage): Promise<{ digest: string; manifest?: EcrManifest } | undefined>;
}

/** ecr:DescribeImages through the SDK, one client per region, endpoints from the SDK's settings. */
async function sdkEcrLookup(): Promise<EcrLookup> {
  const [{ ECRClient, DescribeImagesCommand }, { createClient }] = await Promise.all([
    import('@aws-sdk/client-ecr'),
    import('./clients.js'),
  ]);
  const clients = new Map<string, InstanceType<typeof ECRClient>>();
  return {
    permission: 'ecr:DescribeImages',
    async describeImage(image) {
      const client = clients.get(image.region) ?? createClient(ECRClient, { region: image.region });
      clients.set(image.region, client);
      const result = await client.send(
        new DescribeImagesCommand({
          registryId: image.registryId,
          repositoryName: image.repository,
          imageIds: [imageId(image)],
        }),
      );
      const digest = result.imageDetails?.[0]?.imageDigest;
      return digest ? { digest } : undefined;
    },
  };
}

const imageId = (image: EcrImage) =>
  image.digest ? { imageDigest: image.digest } : { imageTag: image.tag ?? 'latest' };

/** ecr:BatchGetImage: the digest and the manifest itself, of the accepted media types. */
export function ecrManifestLookup(ecr: ECRClient, acceptedMediaTypes: readonly string[]): EcrLookup {
  return {
    permission: 'ecr:BatchGetImage',
    async describeImage(image) {
      const { BatchGetImageCommand } = await import('@aws-sdk/client-ecr');
      const response = await ecr.send(
        new BatchGetImageCommand({
          registryId: image.registryId,
          repositoryName: image.repository,
          imageIds: [imageId(image)],
          acceptedMediaTypes: [...acceptedMediaTypes],
        }),
      );
      const found = response.images?.[0];
      if (!found?.imageId?.imageDigest) return undefined;
      return {
        digest: found.imageId.imageDigest,
        manifest: {
          ...(found.imageManifestMediaType ? { mediaType: found.imageManifestMediaType } : {}),
          ...(found.imageManifest ? { body: found.imageManifest } : {}),
        },
      };
    },
  };
}

/** Looks one ECR image up: found (with its digest), missing (and why), or not checked (denied). */
export async function checkEcrImage(image: string, ecr: EcrImage, lookup: EcrLookup): Promise<ImageCheck> {
  const where = `in account ${ecr.registryId} (${ecr.region})`;
  try {
    const found = await lookup.describeImage(ecr);
    if (found)
      return {
        image,
        status: 'found',
        digest: found.digest,
        ...(found.manifest ? { manifest: found.manifest } : {}),
      };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'RepositoryNotFoundException')
      return { image, status: 'missing', reason: `there is no ECR repository ${ecr.repository} ${where}` };
    // A role without ecr:DescribeImages, or a kubeconfig run without AWS credentials: not checked.
    const kind = classify(error);
    if (kind === 'access-denied' || kind === 'expired-credentials' || kind === 'missing-credentials')
      return {
        image,
        status: 'not-checked',
        reason: `ECR did not let this workflow look it up (${code}: grant ${lookup.permission} on the repository to check images before deploying)`,
      };
    if (code !== 'ImageNotFoundException') throw error;
  }
  const wanted = ecr.digest ? `no image ${ecr.digest}` : `no image tagged ${ecr.tag ?? 'latest'}`;
  return { image, status: 'missing', reason: `ECR repository ${ecr.repository} ${where} has ${wanted}` };
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** A manifest HEAD without credentials: plain HTTP for a loopback registry, as Docker allows. */
async function checkRegistry(image: string, timeoutMs: number): Promise<ImageCheck> {
  const reference = parseImageReference(image);
  const registry = reference?.registry;
  if (!reference || !registry || registry === 'docker.io' || registry === 'index.docker.io')
    return {
      image,
      status: 'not-checked',
      reason: 'Docker Hub images are not checked (it needs a token for every look-up)',
    };
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry);
  const url = `${loopback ? 'http' : 'https'}://${registry}/v2/${reference.repository}/manifests/${reference.digest ?? reference.tag ?? 'latest'}`;
  let status: number;
  let digest: string | null;
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      headers: { Accept: MANIFEST_TYPES },
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    digest = response.headers.get('docker-content-digest');
  } catch (error) {
    return {
      image,
      status: 'not-checked',
      reason: `registry ${registry} did not answer (${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message})`,
    };
  }
  if (status === 200) return { image, status: 'found', digest: digest ?? reference.digest ?? '' };
  if (status === 404)
    return { image, status: 'missing', reason: `registry ${registry} has no such manifest` };
  return {
    image,
    status: 'not-checked',
    reason: `registry ${registry} answered ${status}${status === 401 || status === 403 ? ' (it needs credentials)' : ''}`,
  };
}

export interface ConfirmOptions {
  /** Only when an ECR image is named: the DescribeImages caller (default: the SDK). */
  ecrLookup?: () => Promise<EcrLookup>;
  /** For each registry HEAD. */
  timeoutMs?: number;
}

/**
 * Checks every image; throws one ActionError naming each missing image. Returns what was found
 * (with the digest a tag resolves to) and what could not be checked (for a notice).
 */
export async function confirmImagesExist(
  images: readonly string[],
  options: ConfirmOptions = {},
): Promise<ImageCheck[]> {
  const unique = [...new Set(images)];
  let lookup: EcrLookup | undefined;
  const checks = await Promise.all(
    unique.map(async (image) => {
      const ecr = ecrImage(image);
      if (!ecr) return checkRegistry(image, options.timeoutMs ?? 3000);
      lookup ??= await (options.ecrLookup ?? sdkEcrLookup)();
      return checkEcrImage(image, ecr, lookup);
    }),
  );
  const missing = checks.filter((check): check is MissingImage => check.status === 'missing');
  if (missing.length) throw missingImages(missing);
  return checks;
}

/** The one error for images that do not exist. */
export function missingImages(missing: readonly MissingImage[]): ActionError {
  return new ActionError(
    `${missing.length === 1 ? 'The image' : `${missing.length} images`} to deploy ${missing.length === 1 ? 'does' : 'do'} not exist, so nothing was changed: ` +
      missing.map((check) => `${check.image} (${check.reason})`).join('; ') +
      '. Push the image first (build-push-ecr), or check the tag and the registry.',
  );
}

/** image reference → the sha256 digest it resolved to, for the deployment record. */
export function resolvedDigests(checks: readonly ImageCheck[]): Map<string, string> {
  return new Map(
    checks.flatMap((check) =>
      check.status === 'found' && /^sha256:[0-9a-f]{64}$/.test(check.digest)
        ? [[check.image, check.digest] as const]
        : [],
    ),
  );
}

/** Log lines for the checks: what each tag resolved to, and a notice for each image not checked. */
export function describeChecks(checks: readonly ImageCheck[]): { lines: string[]; notices: string[] } {
  const lines: string[] = [];
  const notices: string[] = [];
  for (const check of checks) {
    if (check.status === 'found')
      lines.push(
        `Image ${check.image} exists${check.digest && !check.image.endsWith(check.digest) ? ` (${check.digest})` : ''}.`,
      );
    else if (check.status === 'not-checked')
      notices.push(`Image ${check.image} was not checked before the deploy: ${check.reason}.`);
  }
  return { lines, notices };
}

/**
 * confirmImagesExist, with a log line per image found and a notice per image not checked; with a
 * summary, the digest each image resolved to.
 */
export async function confirmImagesBeforeDeploy(
  images: readonly string[],
  options: ConfirmOptions & { summary?: Summary } = {},
): Promise<ImageCheck[]> {
  const checks = await confirmImagesExist(images, options);
  const { lines, notices } = describeChecks(checks);
  for (const line of lines) info(line);
  for (const text of notices) notice(text);
  const found = checks.filter((check) => check.status === 'found' && check.digest);
  if (options.summary && found.length)
    options.summary.details(`Images checked before the deploy (${found.length})`, (inner) =>
      inner.list(
        found.map((check) =>
          raw(`${code(check.image)} → ${code(check.status === 'found' ? check.digest : '')}`),
        ),
      ),
    );
  return checks;
}
