import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { BatchGetImageCommand, ECRClient } from '@aws-sdk/client-ecr';
import {
  imageProblem,
  manifestForArchitecture,
  parseImageReference,
  platformArchitecture,
  resolveImage,
} from '../../../shared/targets/lambda/image.js';

const HOST = '123456789012.dkr.ecr.eu-west-2.amazonaws.com';
const D = (c: string): string => `sha256:${c.repeat(64)}`;
const ecrMock = mockClient(ECRClient);
afterEach(() => {
  ecrMock.reset();
});

const index = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: D('a'),
      platform: { architecture: 'amd64', os: 'linux' },
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: D('b'),
      platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: D('c'),
      platform: { architecture: 'unknown', os: 'unknown' },
      annotations: {
        'vnd.docker.reference.type': 'attestation-manifest',
        'vnd.docker.reference.digest': D('a'),
      },
    },
  ],
});

describe('image references', () => {
  it('parses tags and digests of ECR images', () => {
    expect(parseImageReference(`${HOST}/kairos:latest`)).toEqual({
      registry: HOST,
      registryId: '123456789012',
      region: 'eu-west-2',
      repository: 'kairos',
      tag: 'latest',
    });
    expect(parseImageReference(`${HOST}/team/api@${D('f')}`)).toMatchObject({
      repository: 'team/api',
      digest: D('f'),
    });
    expect(parseImageReference(`${HOST}/team/api:v1@${D('f')}`)).toMatchObject({ tag: 'v1', digest: D('f') });
  });

  it.each([
    ['kairos:latest', 'no registry host'],
    ['docker.io/library/nginx:1', 'not an Amazon ECR registry'],
    [`${HOST}/kairos`, 'neither a tag nor a digest'],
    [`${HOST}/kairos@sha256:abc`, 'not a digest'],
    [`${HOST}/Kairos:latest`, 'not a valid repository name'],
    [`${HOST}/kairos:bad tag`, 'not a valid tag'],
  ])('refuses %s', (text, reason) => {
    expect(imageProblem(text)).toContain(reason);
  });

  it('maps Lambda architectures to OCI platforms', () => {
    expect(platformArchitecture('x86_64')).toBe('amd64');
    expect(platformArchitecture('arm64')).toBe('arm64');
  });
});

describe('index to manifest', () => {
  it('picks the manifest of the architecture and skips attestations', () => {
    expect(manifestForArchitecture(index, 'amd64')).toBe(D('a'));
    expect(manifestForArchitecture(index, 'arm64')).toBe(D('b'));
    expect(manifestForArchitecture(index, 's390x')).toEqual({ available: ['linux/amd64', 'linux/arm64/v8'] });
  });

  it('resolves a tag to its digest through BatchGetImage', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [
        {
          imageId: { imageDigest: D('e'), imageTag: 'v2' },
          imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          imageManifest: '{}',
        },
      ],
    });
    const resolved = await resolveImage(
      new ECRClient({ region: 'eu-west-2' }),
      parseImageReference(`${HOST}/kairos:v2`),
      'amd64',
    );
    expect(resolved).toEqual({ imageUri: `${HOST}/kairos@${D('e')}`, digest: D('e'), via: 'tag' });
    const sent = ecrMock.commandCalls(BatchGetImageCommand)[0]?.args[0].input;
    expect(sent).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'kairos',
      imageIds: [{ imageTag: 'v2' }],
    });
    expect(sent?.acceptedMediaTypes).toContain('application/vnd.oci.image.index.v1+json');
  });

  it('resolves an image index to the manifest of the requested architecture', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [
        {
          imageId: { imageDigest: D('9') },
          imageManifestMediaType: 'application/vnd.oci.image.index.v1+json',
          imageManifest: index,
        },
      ],
    });
    const client = new ECRClient({ region: 'eu-west-2' });
    const arm = await resolveImage(client, parseImageReference(`${HOST}/kairos:multi`), 'arm64');
    expect(arm).toEqual({
      imageUri: `${HOST}/kairos@${D('b')}`,
      digest: D('b'),
      via: 'index',
      indexDigest: D('9'),
    });
    await expect(
      resolveImage(client, parseImageReference(`${HOST}/kairos:multi`), 'ppc64le'),
    ).rejects.toThrow(
      /image index without a linux\/ppc64le manifest \(it has linux\/amd64, linux\/arm64\/v8\)/,
    );
  });

  it('recognises a Docker manifest list without a media type field from ECR', async () => {
    const list = JSON.parse(index) as Record<string, unknown>;
    list['mediaType'] = 'application/vnd.docker.distribution.manifest.list.v2+json';
    ecrMock
      .on(BatchGetImageCommand)
      .resolves({ images: [{ imageId: { imageDigest: D('9') }, imageManifest: JSON.stringify(list) }] });
    const resolved = await resolveImage(
      new ECRClient({ region: 'eu-west-2' }),
      parseImageReference(`${HOST}/kairos@${D('9')}`),
      'amd64',
    );
    expect(resolved.imageUri).toBe(`${HOST}/kairos@${D('a')}`);
  });

  it('explains an image that ECR does not have', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [],
      failures: [{ failureCode: 'ImageTagDoesNotMatchDigest', failureReason: 'Requested image not found' }],
    });
    await expect(
      resolveImage(
        new ECRClient({ region: 'eu-west-2' }),
        parseImageReference(`${HOST}/kairos:nope`),
        'amd64',
      ),
    ).rejects.toThrow(
      `The image to deploy does not exist, so nothing was changed: ${HOST}/kairos:nope (ECR repository kairos in account 123456789012 (eu-west-2) has no image tagged nope). Push the image first (build-push-ecr), or check the tag and the registry.`,
    );
  });
});
