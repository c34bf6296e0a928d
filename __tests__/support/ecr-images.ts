// Images that exist: one in moto's ECR (PutImage of a small manifest) and one in the real registry
// (blob and manifest uploaded through the registry API).
import { createHash } from 'node:crypto';
import { CreateRepositoryCommand, PutImageCommand, type ECRClient } from '@aws-sdk/client-ecr';

export const ECR_HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

function manifestFor(config: string): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      size: Buffer.byteLength(config),
      digest: sha256(config),
    },
    layers: [],
  });
}

/** Creates `repository` in moto's ECR with `tag`; returns the image reference and its digest. */
export async function putEcrImage(
  ecr: ECRClient,
  repository: string,
  tag: string,
): Promise<{ image: string; digest: string }> {
  await ecr.send(new CreateRepositoryCommand({ repositoryName: repository })).catch((error: Error) => {
    if (error.name !== 'RepositoryAlreadyExistsException') throw error;
  });
  const manifest = manifestFor(JSON.stringify({ architecture: 'amd64', os: 'linux', tag }));
  const put = await ecr.send(
    new PutImageCommand({
      repositoryName: repository,
      imageTag: tag,
      imageManifest: manifest,
      imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    }),
  );
  return { image: `${ECR_HOST}/${repository}:${tag}`, digest: put.image?.imageId?.imageDigest ?? '' };
}

/** Uploads a config blob and a manifest under `tag` to the registry at `host` (plain HTTP). */
export async function putRegistryImage(host: string, repository: string, tag: string): Promise<string> {
  const config = JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [] },
  });
  const started = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  const location = new URL(started.headers.get('location') ?? '', `http://${host}`);
  location.searchParams.set('digest', sha256(config));
  const uploaded = await fetch(location, { method: 'PUT', body: config });
  if (uploaded.status !== 201) throw new Error(`blob upload answered ${uploaded.status}`);
  const manifest = manifestFor(config);
  const put = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/vnd.docker.distribution.manifest.v2+json' },
    body: manifest,
  });
  if (put.status !== 201) throw new Error(`manifest upload answered ${put.status}`);
  return sha256(manifest);
}
