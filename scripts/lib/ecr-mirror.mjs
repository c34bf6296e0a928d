// A registry front for tests and the demo: forwards every request to a real registry (docker-registry) and,
// when a manifest push succeeds, puts the same manifest into moto's ECR under the same repository
// name and tag (PutImage with imageManifest and imageDigest), so DescribeImages reports the digest
// the registry stored — what ECR does when it receives a push. When the repository scans on push,
// it starts the scan (moto does not scan on push by itself). The mirroring happens before docker
// gets its answer, so the image is known to ECR as soon as `docker push` returns.
//
// It also records the registry calls and maps them to the IAM actions ECR authorizes them against
// (https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-push-iam.html).
import http from 'node:http';
import {
  DescribeRepositoriesCommand,
  ECRClient,
  PutImageCommand,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';

const MANIFEST_ACCEPT = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

/** The IAM action ECR checks for a registry API request. */
export function registryIamAction(method, path) {
  if (path === '/v2/' || path === '/v2') return undefined; // ping: authorized by the token itself
  if (/\/blobs\/uploads\/?$/.test(path) && method === 'POST') return 'ecr:InitiateLayerUpload';
  if (/\/blobs\/uploads\/[^/]+$/.test(path))
    return method === 'PATCH'
      ? 'ecr:UploadLayerPart'
      : method === 'PUT'
        ? 'ecr:CompleteLayerUpload'
        : undefined;
  if (/\/blobs\/sha256:[a-f0-9]+$/.test(path))
    return method === 'HEAD' ? 'ecr:BatchCheckLayerAvailability' : 'ecr:GetDownloadUrlForLayer';
  if (/\/manifests\/[^/]+$/.test(path)) return method === 'PUT' ? 'ecr:PutImage' : 'ecr:BatchGetImage';
  return undefined;
}

function fetchManifest(registry, repository, reference) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: Number(registry.split(':')[1]),
        path: `/v2/${repository}/manifests/${reference}`,
        headers: { Accept: MANIFEST_ACCEPT },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200)
            return reject(new Error(`GET manifest ${repository}:${reference} answered ${res.statusCode}`));
          resolve({
            body: Buffer.concat(chunks).toString('utf8'),
            mediaType: String(res.headers['content-type'] ?? ''),
            digest: String(res.headers['docker-content-digest'] ?? ''),
          });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Tells moto's ECR about a manifest the registry just stored, as ECR itself knows every image
 * pushed to it.
 * @returns {Promise<string>} the manifest's digest
 */
async function putManifest(ecr, registry, repository, tag) {
  const manifest = await fetchManifest(registry, repository, tag);
  await ecr.send(
    new PutImageCommand({
      repositoryName: repository,
      imageTag: tag,
      imageManifest: manifest.body,
      imageManifestMediaType: manifest.mediaType,
      imageDigest: manifest.digest,
    }),
  );
  return manifest.digest;
}

/** Starts the image's scan when its repository scans on push, as ECR does. */
async function scanOnPush(ecr, repository, digest) {
  const described = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [repository] }));
  if (!described.repositories?.[0]?.imageScanningConfiguration?.scanOnPush) return;
  await ecr
    .send(new StartImageScanCommand({ repositoryName: repository, imageId: { imageDigest: digest } }))
    .catch((error) => {
      if (error.name !== 'LimitExceededException') throw error;
    });
}

/**
 * @param {{ registry: string, motoUrl: string, region?: string, port?: number }} options
 * @returns {Promise<import('./ecr-mirror.d.mts').EcrMirror>}
 */
export async function startEcrMirror(options) {
  const [registryHost, registryPort] = options.registry.split(':');
  if (registryHost !== '127.0.0.1')
    throw new Error(`the registry must be on 127.0.0.1, not ${options.registry}`);
  const ecr = new ECRClient({
    endpoint: options.motoUrl,
    region: options.region ?? 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  const calls = [];
  const pushes = [];
  const uploadedBlobs = [];
  const errors = [];

  async function mirror(repository, tag) {
    const digest = await putManifest(ecr, options.registry, repository, tag);
    pushes.push({ repository, tag, digest });
    await scanOnPush(ecr, repository, digest);
  }

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? url;
    const upstream = http.request(
      { host: '127.0.0.1', port: Number(registryPort), method, path: url, headers: req.headers },
      (answer) => {
        const status = answer.statusCode ?? 502;
        calls.push({ method, path, status, iamAction: registryIamAction(method, path) });
        const manifestPut = method === 'PUT' ? /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path) : null;
        if (method === 'PUT' && /\/blobs\/uploads\//.test(path) && status === 201) {
          const digest = new URLSearchParams(url.split('?')[1] ?? '').get('digest');
          if (digest) uploadedBlobs.push(digest);
        }
        const finish = () => {
          res.writeHead(status, answer.headers);
          answer.pipe(res);
        };
        if (manifestPut && status === 201 && manifestPut[1] && manifestPut[2]) {
          mirror(manifestPut[1], manifestPut[2]).then(finish, (error) => {
            errors.push(`${manifestPut[1]}:${manifestPut[2]}: ${error.message}`);
            finish();
          });
        } else finish();
      },
    );
    upstream.on('error', (error) => {
      calls.push({ method, path, status: 502, iamAction: registryIamAction(method, path) });
      res.writeHead(502).end(error.message);
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    address: `127.0.0.1:${port}`,
    calls,
    pushes,
    uploadedBlobs,
    errors,
    reset() {
      calls.length = 0;
      pushes.length = 0;
      uploadedBlobs.length = 0;
      errors.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        ecr.destroy();
      }),
  };
}
