// Image references for Lambda: only Amazon ECR images can back a function, pinned by digest, and
// never an image index (Lambda refuses manifest lists and OCI indexes: it wants one manifest).
import type { ECRClient } from '@aws-sdk/client-ecr';
import { ActionError } from '../../action/errors.js';
import { DNS_SUFFIXES, partitionOf } from '../../aws/partitions.js';

export interface ImageReference {
  /** `123456789012.dkr.ecr.eu-west-2.amazonaws.com` */
  registry: string;
  registryId: string;
  region: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export const IMAGE_ACCEPTED =
  'an Amazon ECR image reference such as 123456789012.dkr.ecr.eu-west-2.amazonaws.com/repo:tag or …/repo@sha256:<64 hex>';

/** `<account>.dkr.ecr.<region>.<suffix>`: no ecr-fips host (Lambda does not pull from one). */
const ECR_HOST = new RegExp(
  `^(\\d{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.(${DNS_SUFFIXES.map((suffix) => suffix.replace(/\./g, '\\.')).join('|')})$`,
);
const REPOSITORY = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The reason a reference cannot be used, or undefined. */
export function imageProblem(text: string): string | undefined {
  const parsed = parseOrProblem(text);
  return typeof parsed === 'string' ? parsed : undefined;
}

export function parseImageReference(text: string): ImageReference {
  const parsed = parseOrProblem(text);
  if (typeof parsed === 'string') throw new ActionError(`Image ${JSON.stringify(text)}: ${parsed}.`);
  return parsed;
}

function parseOrProblem(text: string): ImageReference | string {
  const slash = text.indexOf('/');
  if (slash < 0) return 'no registry host: Lambda runs images from Amazon ECR only';
  const registry = text.slice(0, slash);
  const host = ECR_HOST.exec(registry);
  if (!host)
    return /\.dkr\.ecr-fips\./.test(registry)
      ? `"${registry}" is an ECR FIPS endpoint, which Lambda does not pull from: use <account>.dkr.ecr.<region>.amazonaws.com`
      : `"${registry}" is not an Amazon ECR registry (<account>.dkr.ecr.<region>.amazonaws.com): Lambda runs images from ECR only`;
  const expected = partitionOf(host[2] ?? '').dnsSuffix;
  if (host[3] !== expected)
    return `"${registry}" does not match its region: ECR in ${host[2]} is <account>.dkr.ecr.${host[2]}.${expected}`;
  let rest = text.slice(slash + 1);
  let digest: string | undefined;
  let tag: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return `"${digest}" is not a digest of the form sha256:<64 lowercase hex>`;
  }
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return `"${tag}" is not a valid tag`;
  }
  if (!REPOSITORY.test(rest)) return `"${rest}" is not a valid repository name`;
  if (!tag && !digest) return 'neither a tag nor a digest: add :tag or @sha256:…';
  return {
    registry,
    registryId: host[1] ?? '',
    region: host[2] ?? '',
    repository: rest,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
  };
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

export function pinnedUri(ref: ImageReference, digest: string): string {
  return `${ref.registry}/${ref.repository}@${digest}`;
}

/** Lambda's architecture names → the OCI platform names. */
export function platformArchitecture(lambdaArchitecture: string): string {
  if (lambdaArchitecture === 'x86_64' || lambdaArchitecture === 'amd64') return 'amd64';
  if (lambdaArchitecture === 'arm64' || lambdaArchitecture === 'aarch64') return 'arm64';
  return lambdaArchitecture;
}

export const INDEX_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];
const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

interface IndexEntry {
  digest?: string;
  mediaType?: string;
  platform?: { architecture?: string; os?: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface ResolvedImage {
  /** registry/repository@sha256:… of a single-platform manifest. */
  imageUri: string;
  digest: string;
  /** What the reference pointed at, for the summary. */
  via: 'digest' | 'tag' | 'index';
  /** Digest of the index the manifest was taken from. */
  indexDigest?: string;
}

/** Picks the manifest of `architecture` (OCI name) out of an index; attestation entries are skipped. */
export function manifestForArchitecture(
  indexJson: string,
  architecture: string,
): string | { available: string[] } {
  const index = JSON.parse(indexJson) as { manifests?: IndexEntry[] };
  const entries = (index.manifests ?? []).filter(
    (entry) => entry.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' && entry.platform,
  );
  const match = entries.find(
    (entry) =>
      entry.platform?.architecture === architecture &&
      (entry.platform.os ?? 'linux') === 'linux' &&
      typeof entry.digest === 'string',
  );
  if (match?.digest) return match.digest;
  return {
    available: entries.map(
      (entry) =>
        `${entry.platform?.os ?? '?'}/${entry.platform?.architecture ?? '?'}${entry.platform?.variant ? `/${entry.platform.variant}` : ''}`,
    ),
  };
}

/**
 * Resolves a reference to the digest of one manifest through ECR BatchGetImage: a tag becomes
 * its digest, an index becomes the manifest of `architecture` (OCI name: amd64, arm64). Whether
 * the image exists is decided by the check every deploy shares (shared/aws/image-exists.ts).
 */
export async function resolveImage(
  ecr: ECRClient,
  ref: ImageReference,
  architecture: string,
): Promise<ResolvedImage> {
  const { checkEcrImage, ecrManifestLookup, missingImages } = await import('../../aws/image-exists.js');
  const given = formatReference(ref);
  const check = await checkEcrImage(
    given,
    ref,
    ecrManifestLookup(ecr, [...MANIFEST_MEDIA_TYPES, ...INDEX_MEDIA_TYPES]),
  );
  if (check.status === 'missing') throw missingImages([check]);
  // Lambda needs the digest: an image that cannot be looked up cannot be deployed
  if (check.status === 'not-checked')
    throw new ActionError(`Image ${given} could not be read: ${check.reason}.`);
  const { digest } = check;
  const mediaType = check.manifest?.mediaType ?? mediaTypeOf(check.manifest?.body);
  if (!INDEX_MEDIA_TYPES.includes(mediaType ?? '')) {
    return { imageUri: pinnedUri(ref, digest), digest, via: ref.digest ? 'digest' : 'tag' };
  }
  const picked = manifestForArchitecture(check.manifest?.body ?? '{}', architecture);
  if (typeof picked !== 'string')
    throw new ActionError(
      `Image ${given} is an image index without a linux/${architecture} manifest ` +
        `(it has ${picked.available.join(', ') || 'no platform manifests'}): build for ${architecture}, or set 'architecture'.`,
    );
  return { imageUri: pinnedUri(ref, picked), digest: picked, via: 'index', indexDigest: digest };
}

function mediaTypeOf(manifest: string | undefined): string | undefined {
  try {
    return (JSON.parse(manifest ?? '{}') as { mediaType?: string }).mediaType;
  } catch {
    return undefined;
  }
}
