// Images that exist, against moto's ECR (behind the recording proxy) and the real registry.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ECRClient } from '@aws-sdk/client-ecr';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { startProxy, type Proxy } from '../../support/proxy.js';
import { ECR_HOST, putEcrImage, putRegistryImage } from '../../support/ecr-images.js';
import { confirmImagesExist, ecrImage, resolvedDigests } from '../../../shared/aws/image-exists.js';
import { parseImageReference, resolveImage } from '../../../shared/targets/lambda/image.js';
import { motoConfig } from '../../support/moto.js';

jest.setTimeout(60_000);

let emulators: Emulators;
let proxy: Proxy;
let ecr: ECRClient;
let registry: string;
const saved = { ...process.env };
const unique = (stem: string) => `ie-${stem}-${process.pid}-${Date.now().toString(36)}`;

beforeAll(async () => {
  emulators = await useEmulators(['moto', 'registry']);
  proxy = await startProxy({ target: emulators.env.AWS_ENDPOINT_URL ?? '' });
  registry = (emulators.env as unknown as Record<string, string>)['REGISTRY'] ?? '';
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: proxy.url,
    AWS_MAX_ATTEMPTS: '2',
  });
  ecr = new ECRClient(motoConfig(emulators.env.AWS_ENDPOINT_URL ?? ''));
});

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  ecr?.destroy();
  await proxy?.close();
  await emulators?.release();
});

describe('ECR images (moto)', () => {
  it('a tag resolves to its digest; a digest reference is found as it is', async () => {
    const repository = unique('api');
    const { image, digest } = await putEcrImage(ecr, repository, 'v1');
    proxy.reset();
    await expect(confirmImagesExist([image, `${ECR_HOST}/${repository}@${digest}`])).resolves.toEqual([
      { image, status: 'found', digest },
      { image: `${ECR_HOST}/${repository}@${digest}`, status: 'found', digest },
    ]);
    expect(proxy.calls.map((call) => call.operation)).toEqual(['DescribeImages', 'DescribeImages']);
  });

  it('a mistyped tag and a missing repository: one error naming each image, its repository, account and region', async () => {
    const repository = unique('web');
    await putEcrImage(ecr, repository, 'v1');
    const typo = `${ECR_HOST}/${repository}:v1-typo`;
    const nowhere = `${ECR_HOST}/${unique('nowhere')}:v1`;
    const failure = confirmImagesExist([typo, nowhere]);
    await expect(failure).rejects.toThrow(
      `2 images to deploy do not exist, so nothing was changed: ${typo} (ECR repository ${repository} in account 123456789012 (us-east-1) has no image tagged v1-typo); ${nowhere} (there is no ECR repository ${ecrImage(nowhere)?.repository} in account 123456789012 (us-east-1)). Push the image first (build-push-ecr), or check the tag and the registry.`,
    );
  });

  it('without AWS credentials the image is not checked (a kubeconfig run), and says what would check it', async () => {
    const repository = unique('nocreds');
    const { image } = await putEcrImage(ecr, repository, 'v1');
    const keys = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;
    const credentials = keys.map((key) => process.env[key]);
    for (const key of keys) delete process.env[key];
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent/credentials';
    process.env['AWS_CONFIG_FILE'] = '/nonexistent/config';
    let check;
    try {
      [check] = await confirmImagesExist([image]);
    } finally {
      keys.forEach((key, i) => (process.env[key] = credentials[i]));
      delete process.env['AWS_SHARED_CREDENTIALS_FILE'];
      delete process.env['AWS_CONFIG_FILE'];
    }
    expect(check).toMatchObject({
      status: 'not-checked',
      reason: expect.stringMatching(/grant ecr:DescribeImages/),
    });
  });
});

describe("deploy-lambda-image's look-up goes through the same check (moto)", () => {
  it('BatchGetImage resolves a tag to the digest DescribeImages finds', async () => {
    const repository = unique('fn');
    const { image, digest } = await putEcrImage(ecr, repository, 'v1');
    const checks = await confirmImagesExist([image]);
    expect(resolvedDigests(checks)).toEqual(new Map([[image, digest]]));
    const throughProxy = new ECRClient(motoConfig(proxy.url));
    proxy.reset();
    const resolved = await resolveImage(throughProxy, parseImageReference(image), 'amd64');
    throughProxy.destroy();
    expect(resolved).toEqual({ imageUri: `${ECR_HOST}/${repository}@${digest}`, digest, via: 'tag' });
    expect(proxy.calls.map((call) => call.operation)).toEqual(['BatchGetImage']);
  });

  it('a mistyped tag and a missing repository get the words every deploy uses', async () => {
    const repository = unique('fn');
    await putEcrImage(ecr, repository, 'v1');
    await expect(
      resolveImage(ecr, parseImageReference(`${ECR_HOST}/${repository}:v1-typo`), 'amd64'),
    ).rejects.toThrow(
      `The image to deploy does not exist, so nothing was changed: ${ECR_HOST}/${repository}:v1-typo (ECR repository ${repository} in account 123456789012 (us-east-1) has no image tagged v1-typo). Push the image first (build-push-ecr), or check the tag and the registry.`,
    );
    const nowhere = unique('nowhere');
    await expect(
      resolveImage(ecr, parseImageReference(`${ECR_HOST}/${nowhere}:v1`), 'amd64'),
    ).rejects.toThrow(`(there is no ECR repository ${nowhere} in account 123456789012 (us-east-1))`);
  });
});

describe('other registries (the real registry)', () => {
  it('a manifest HEAD finds an image and resolves its digest, and a missing tag is an error', async () => {
    const repository = unique('team/app');
    const digest = await putRegistryImage(registry, repository, 'v3');
    await expect(confirmImagesExist([`${registry}/${repository}:v3`])).resolves.toEqual([
      { image: `${registry}/${repository}:v3`, status: 'found', digest },
    ]);
    await expect(confirmImagesExist([`${registry}/${repository}:v4`])).rejects.toThrow(
      `The image to deploy does not exist, so nothing was changed: ${registry}/${repository}:v4 (registry ${registry} has no such manifest).`,
    );
  });

  it('a registry that does not answer, and Docker Hub, are not checked: a notice, never an error', async () => {
    const checks = await confirmImagesExist(['127.0.0.1:1/web:v2', 'nginx:1.27', 'team/app:v1'], {
      timeoutMs: 1000,
    });
    expect(checks).toEqual([
      {
        image: '127.0.0.1:1/web:v2',
        status: 'not-checked',
        reason: expect.stringMatching(/^registry 127\.0\.0\.1:1 did not answer/),
      },
      { image: 'nginx:1.27', status: 'not-checked', reason: expect.stringMatching(/Docker Hub/) },
      { image: 'team/app:v1', status: 'not-checked', reason: expect.stringMatching(/Docker Hub/) },
    ]);
  });
});
