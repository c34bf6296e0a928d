// build-push-ecr on a bad day: a real build and push (Docker engine, registry behind the ECR
// mirror) while its ECR API calls go through the fault plan — one repository, one pushed image —
// with the ECR password never visible; and a table of bad inputs refused before any call.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, type Proxy } from '../support/proxy.js';
import { startEcrMirror, type EcrMirror } from '../support/ecr-mirror.js';
import type { InputValue } from '../support/harness.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { Figures } from './lib/report.js';
import {
  expectEveryFault,
  expectNoSecretLeak,
  expectRefused,
  faultPlan,
  forwarded,
  runProxied,
} from './lib/scenario.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(240_000);

/** What moto's GetAuthorizationToken hands out: the password, and the token (base64 of AWS:password). */
const PASSWORD = '123456789012-auth-token';
const TOKEN = Buffer.from(`AWS:${PASSWORD}`).toString('base64');
const figures = new Figures('build-push-ecr');
let emulators: Emulators;
let proxy: Proxy;
let mirror: EcrMirror;
let ecr: ECRClient;
let workspace: string;

beforeAll(async () => {
  emulators = await useEmulators(['moto', 'docker', 'registry']);
  const moto = emulators.env['MOTO_URL'] ?? '';
  proxy = await startProxy({ target: moto });
  mirror = await startEcrMirror({ registry: emulators.env['REGISTRY'] ?? '', motoUrl: moto });
  ecr = new ECRClient(motoConfig(moto));
  workspace = mkdtempSync(join(tmpdir(), 'rel-bpe-'));
}, 180_000);

afterAll(async () => {
  figures.save();
  ecr?.destroy();
  await mirror?.close();
  await proxy?.close();
  rmSync(workspace ?? '', { recursive: true, force: true });
  await emulators?.release();
}, 60_000);

const build = (inputs: Record<string, InputValue>, options: Parameters<typeof runProxied>[3] = {}) =>
  runProxied(
    proxy,
    'build-push-ecr',
    { registry: mirror.address, 'scan-timeout': '20s', ...inputs },
    {
      workspace,
      timeoutMs: 180_000,
      ...options,
      env: {
        DOCKER_HOST: emulators.env['DOCKER_HOST'] ?? '',
        SOURCE_DATE_EPOCH: '1700000000',
        ...options.env,
      },
    },
  );

describe('build-push-ecr under faults', () => {
  it('creates one repository and pushes one image through throttling, 500s, latency and a drop', async () => {
    const repository = `rel-push-${process.pid}`;
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    writeFileSync(join(workspace, 'hello.txt'), `${repository}\n`);
    const { result, calls } = await build(
      { repository, tags: '{sha}\nlatest' },
      { faults: faultPlan('GetAuthorizationToken', 'DescribeImages') },
    );
    expect([result.code, result.commands.filter((c) => c.command === 'error')]).toEqual([0, []]);
    expectEveryFault(calls, 'DescribeImages');
    expect(forwarded(calls, 'CreateRepository')).toHaveLength(1);
    const repositories = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [repository] }));
    expect(repositories.repositories).toHaveLength(1);
    const digest = result.outputs['image-digest'] ?? '';
    const images = await ecr.send(new DescribeImagesCommand({ repositoryName: repository }));
    expect(
      images.imageDetails?.map((image) => [image.imageDigest, [...(image.imageTags ?? [])].sort()]),
    ).toEqual([[digest, ['0123456789abcdef0123456789abcdef01234567', 'latest']]]);
    expect(mirror.errors).toEqual([]);
    const granted = policyActions('actions/build-push-ecr/iam-policy.json');
    expect(recordedActions(calls).filter((action) => !granted.includes(action))).toEqual([]);
    expect(result.masks).toEqual(expect.arrayContaining([PASSWORD, TOKEN]));
    figures.secret('ECR password and authorization token', 2, expectNoSecretLeak(result, [PASSWORD, TOKEN]));
    figures.fault('build, create repository, push two tags', calls, [
      '1 CreateRepository reached moto; 1 repository (DescribeRepositories)',
      '1 image with both tags in ECR (DescribeImages), digest = image-digest output',
    ]);
    result.cleanup();
  });
});

describe('build-push-ecr refuses bad inputs before any call', () => {
  const cases: Array<[string, string, Record<string, InputValue>]> = [
    ['repository in upper case', 'repository', { repository: 'Team/API' }],
    ['repository with a newline (output injection)', 'repository', { repository: 'api\nimage-uri=evil' }],
    ['no repository', 'repository', { repository: '' }],
    ['platform that is not os/arch', 'platforms', { repository: 'api', platforms: 'amd64' }],
    ['build-arg with an invalid key', 'build-args', { repository: 'api', 'build-args': '1VERSION=2' }],
    ['unknown builder', 'builder', { repository: 'api', builder: 'kaniko' }],
    [
      'unknown tag mutability',
      'image-tag-mutability',
      { repository: 'api', 'image-tag-mutability': 'SOMETIMES' },
    ],
    ['keep-images zero', 'keep-images', { repository: 'api', 'keep-images': '0' }],
    ['unknown severity', 'fail-on-severity', { repository: 'api', 'fail-on-severity': 'APOCALYPTIC' }],
    ['negative scan-timeout', 'scan-timeout', { repository: 'api', 'scan-timeout': '-10m' }],
    ['registry with a path', 'registry', { repository: 'api', registry: 'evil.example/path' }],
    ['push not a boolean', 'push', { repository: 'api', push: 'later' }],
  ];
  it.each(cases)('%s', async (_name, input, inputs) => {
    const refused = await build(inputs);
    const { awsCalls, mutating } = expectRefused(refused, input);
    expect(awsCalls).toBe(0);
    refused.result.cleanup();
    figures.badInput(awsCalls, mutating);
  });
});
