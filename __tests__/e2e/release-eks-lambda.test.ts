// The root action (dist/release) with target: eks and target: lambda (direct mode), run exactly as
// the runner runs it, against moto behind the recording proxy (DescribeCluster, ECR, Lambda), the
// Kubernetes double (a real timer ticks its controllers) and a local HTTP server standing in for
// the service: deploy → smoke test → on failure restore, read back from the double and moto.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECRClient } from '@aws-sdk/client-ecr';
import {
  CreateAliasCommand,
  GetAliasCommand,
  GetFunctionCommand,
  LambdaClient,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { ensureEksCluster } from '../support/eks-cluster.js';
import { startProxy, type Proxy, type RecordedCall } from '../support/proxy.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { assertNoSecretLeak, type InputValue, type RunResult } from '../support/harness.js';
import { runProxied, type ProxiedRun } from '../support/proxied-run.js';
import { reply, startHttpServer, type TestServer } from '../support/http-servers.js';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import { decodeRecords } from '../../shared/record/validate.js';
import type { EksRecord, LambdaRecord } from '../../shared/record/record.js';
import type { Deployment, PodTemplateSpec } from '../../shared/kube/types.js';
import {
  createImageFunction,
  createRepository,
  digestOf,
  ensureRole,
  putImage,
  REGION,
  REGISTRY,
} from '../fixtures/lambda/moto.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(120_000);

const CLUSTER = 'release-e2e';
const NAMESPACE = 'shop';
const repository = `release-e2e-${process.pid}`;
const functionName = `release-e2e-fn-${process.pid}`;
const pinned = (seed: number): string => `${REGISTRY}/${repository}@${digestOf(seed)}`;

let emulators: Emulators;
let proxy: Proxy;
let kube: KubeDouble;
let lambda: LambdaClient;
/** The service stand-in: healthy unless `healthy` is false. */
let app: TestServer;
let healthy = true;
/** Every AWS call the bundle made in this file, for the IAM policy check. */
const recorded: RecordedCall[] = [];

const awsConfig = () => motoConfig(emulators.env['AWS_ENDPOINT_URL'] ?? 'http://127.0.0.1:1', REGION);

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  proxy = await startProxy({ target: emulators.env['AWS_ENDPOINT_URL'] ?? '' });
  app = await startHttpServer((request, response) =>
    request.url === '/health' && healthy
      ? reply(response, 200, { status: 'ok' })
      : reply(response, 503, 'unhealthy'),
  );

  // EKS: the cluster in moto (DescribeCluster), its API in the double.
  await ensureEksCluster(awsConfig().endpoint, CLUSTER, REGION);
  kube = await startKubeDouble({ tickIntervalMs: 100 });
  kube.cluster.failures.push({
    pattern: /:crash$/,
    reason: 'CrashLoopBackOff',
    message: 'Error: listen EADDRINUSE :::8080',
  });
  kube.cluster.createDeployment({
    namespace: NAMESPACE,
    name: 'web',
    replicas: 3,
    containers: [{ name: 'web', image: 'repo/web:v1' }],
  });
  kube.cluster.createDeployment({
    namespace: NAMESPACE,
    name: 'worker',
    replicas: 2,
    containers: [
      { name: 'worker', image: 'repo/worker:v1' },
      { name: 'sidecar', image: 'envoy:1.30' },
    ],
  });
  kube.cluster.settle();

  // Lambda: an image function whose alias `live` points at version 1.
  const ecr = new ECRClient(awsConfig());
  lambda = new LambdaClient(awsConfig());
  await ensureRole(emulators.env['AWS_ENDPOINT_URL'] ?? '');
  await createRepository(ecr, repository);
  for (const seed of [1, 2, 3]) await putImage(ecr, repository, `v${seed}`, seed);
  ecr.destroy();
  await createImageFunction(lambda, functionName, pinned(1));
  const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName: functionName }));
  await lambda.send(
    new CreateAliasCommand({ FunctionName: functionName, Name: 'live', FunctionVersion: Version }),
  );
}, 90_000);

afterAll(async () => {
  lambda?.destroy();
  await kube?.close();
  await app?.close();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

async function release(
  inputs: Record<string, InputValue | undefined>,
  options: { home?: string } = {},
): Promise<ProxiedRun> {
  const run = await runProxied(proxy, '.', inputs, {
    timeoutMs: 90_000,
    ...options,
    env: { AWS_MAX_ATTEMPTS: '3' },
  });
  recorded.push(...run.calls);
  return run;
}

function eksInputs(inputs: Record<string, InputValue | undefined>): Record<string, InputValue | undefined> {
  return {
    target: 'eks',
    'cluster-name': CLUSTER,
    namespace: NAMESPACE,
    'api-server': kube.url,
    'certificate-authority-data': kube.certificates.caData,
    url: `${app.url}/health`,
    'max-poll-interval': '1s',
    ...inputs,
  };
}

function live(name: string): Deployment {
  const deployment = kube.cluster.get<Deployment>('deployments', NAMESPACE, name);
  if (!deployment) throw new Error(`no Deployment ${name}`);
  return deployment;
}

const template = (name: string): PodTemplateSpec => structuredClone(live(name).spec.template);
const images = (name: string): string[] =>
  live(name).spec.template.spec.containers.map((container) => container.image ?? '');
const errors = (result: RunResult): string[] =>
  result.commands.filter((command) => command.command === 'error').map((command) => command.data);

async function aliasVersion(): Promise<string | undefined> {
  return (await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: 'live' })))
    .FunctionVersion;
}

describe('release bundle (target: eks)', () => {
  it('rolls out two Deployments, passes the smoke test, outputs revisions and a record per Deployment', async () => {
    healthy = true;
    const { result } = await release(
      eksInputs({ deployment: 'web, worker', images: 'web=repo/web:v2\nworker=repo/worker:v2' }),
    );
    try {
      expect(errors(result)).toEqual([]);
      expect(result.code).toBe(0);
      expect(images('web')).toEqual(['repo/web:v2']);
      expect(images('worker')).toEqual(['repo/worker:v2', 'envoy:1.30']);
      expect(JSON.parse(result.outputs['revisions'] ?? '')).toEqual({ web: 2, worker: 2 });
      expect(JSON.parse(result.outputs['previous-revisions'] ?? '')).toEqual({ web: 1, worker: 1 });
      expect(result.outputs).toMatchObject({ passed: 'true', 'rolled-back': 'false' });
      const records = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(records).toHaveLength(2);
      expect(records[1]).toMatchObject({
        target: 'eks',
        region: REGION,
        status: 'succeeded',
        resource: { cluster: CLUSTER, namespace: NAMESPACE, deployment: 'worker' },
        previous: { revision: 1, images: { worker: 'repo/worker:v1', sidecar: 'envoy:1.30' } },
        current: { revision: 2, images: { worker: 'repo/worker:v2', sidecar: 'envoy:1.30' } },
      });
      expect(live('web').metadata.annotations?.['kubernetes.io/change-cause']).toMatch(
        /^octo-org\/octo-app@0123456789ab/,
      );
      expect(app.requests.length).toBeGreaterThan(0);
      expect(result.summary).toMatch(/\| deploy \| ✅ succeeded \|.*web revision 1 \(web:v1\)/);
      expect(result.summary).toMatch(/\| smoke test \| ✅ succeeded \|/);
      expect(result.summary).toContain('Replicas over time: worker');
      const tokens = result.masks.filter((mask) => mask.startsWith('k8s-aws-v1.'));
      expect(tokens.length).toBeGreaterThan(0);
      assertNoSecretLeak(result, tokens);
    } finally {
      result.cleanup();
    }
  });

  it('restores every Deployment to its exact previous pod template when the smoke test fails', async () => {
    healthy = false;
    const before = { web: template('web'), worker: template('worker') };
    const { result } = await release(
      eksInputs({
        deployment: 'web\nworker',
        images: 'web=repo/web:v3\nworker=repo/worker:v3',
        timeout: '2s',
        interval: '200ms',
      }),
    );
    try {
      expect(result.code).toBe(1);
      expect(errors(result)).toEqual([
        expect.stringMatching(
          /^Release failed: smoke test failed: GET .*\/health.*rolled back to the previous state/,
        ),
      ]);
      expect(template('web')).toEqual(before.web);
      expect(template('worker')).toEqual(before.worker);
      expect(images('web')).toEqual(['repo/web:v2']);
      expect(result.outputs).toMatchObject({ passed: 'false', 'rolled-back': 'true' });
      const records = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(records.map((record) => [record.resource.deployment, record.status])).toEqual([
        ['web', 'rolled-back'],
        ['worker', 'rolled-back'],
      ]);
      expect(records[0]?.previous?.images).toEqual(
        Object.fromEntries(before.web.spec.containers.map((c) => [c.name, c.image])),
      );
      expect(records[0]?.current?.images).toEqual({ web: 'repo/web:v3' });
      expect(records[0]?.message).toMatch(/smoke test failed/);
      expect(result.summary).toMatch(/\| smoke test \| ❌ failed \|/);
      expect(result.summary).toMatch(/\| rollback \| ↩️ restored \|/);
    } finally {
      result.cleanup();
    }
  });

  it('restores the Deployment when its rollout crash-loops, without a smoke test', async () => {
    healthy = true;
    const before = template('web');
    const requests = app.requests.length;
    const { result } = await release(eksInputs({ deployment: 'web', image: 'repo/web:crash' }));
    try {
      expect(result.code).toBe(1);
      expect(errors(result)).toEqual([
        expect.stringMatching(
          /^Release failed: deploy failed: Rollout failed — web: pod web-\w+-\w+ of the new ReplicaSet is in CrashLoopBackOff.*EADDRINUSE.*left; rolled back to the previous state\.$/,
        ),
      ]);
      expect(template('web')).toEqual(before);
      expect(app.requests.length).toBe(requests);
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(record?.status).toBe('rolled-back');
      expect(result.outputs['rolled-back']).toBe('true');
      expect(result.summary).toContain('CrashLoopBackOff');
      expect(result.summary).toMatch(/\| deploy \| ❌ failed \|/);
      expect(result.summary).not.toMatch(/\| smoke test \|/);
      expect(result.summary).toMatch(/\| rollback \| ↩️ restored \|/);
    } finally {
      result.cleanup();
    }
  });

  it('through a kubeconfig: rolls out, and restores through the same kubeconfig when the smoke test fails', async () => {
    healthy = false;
    kube.setAuth({ kind: 'bearer', token: 'kubeconfig-token-77' });
    // In ~/.kube, outside the workspace, so the leak check can scan every file the run could leave.
    const dir = mkdtempSync(join(tmpdir(), 'release-e2e-kubeconfig-'));
    mkdirSync(join(dir, '.kube'));
    const path = join(dir, '.kube', 'config');
    writeFileSync(path, kube.kubeconfig({ token: 'kubeconfig-token-77', namespace: NAMESPACE }));
    const before = template('worker');
    const { result, calls } = await release(
      eksInputs({
        deployment: 'worker',
        image: 'repo/worker:v6',
        container: 'worker',
        kubeconfig: path,
        'api-server': undefined,
        'certificate-authority-data': undefined,
        timeout: '1s',
        interval: '200ms',
      }),
      { home: dir },
    );
    kube.setAuth({ kind: 'eks-token' });
    try {
      expect(result.code).toBe(1);
      expect(result.outputs['rolled-back']).toBe('true');
      expect(template('worker')).toEqual(before);
      expect(result.stdout).toContain(`kubeconfig ${path}`);
      // No DescribeCluster: the kubeconfig says where the API is, for the deploy and the restore.
      expect(calls.filter((call) => call.service === 'eks')).toEqual([]);
      expect(result.masks).toContain('kubeconfig-token-77');
      assertNoSecretLeak(result, ['kubeconfig-token-77']);
    } finally {
      result.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails before any patch or AWS call on an images line naming no container of the Deployments', async () => {
    const mutations = kube.mutations().length;
    const { result } = await release(
      eksInputs({ deployment: 'web', images: 'web=repo/web:v4\nnginx=nginx:1' }),
    );
    try {
      expect(result.code).toBe(1);
      expect(errors(result)).toEqual([
        expect.stringContaining(`Input 'images' has an invalid value "nginx" (no such container`),
      ]);
      expect(kube.mutations()).toHaveLength(mutations);
      expect(result.outputs['rolled-back']).toBe('false');
    } finally {
      result.cleanup();
    }
  });

  it('refuses ECS and Lambda inputs with target: eks before any call', async () => {
    const requests = kube.requests.length;
    const { result, calls } = await release(
      eksInputs({ deployment: 'web', image: 'repo/web:v5', alias: 'live' }),
    );
    try {
      expect(result.code).toBe(1);
      expect(errors(result)).toEqual([
        expect.stringMatching(
          /Input 'alias' .*'alias' is for target: lambda.*expected nothing with target: eks/,
        ),
      ]);
      expect(kube.requests).toHaveLength(requests);
      expect(calls).toEqual([]);
    } finally {
      result.cleanup();
    }
  });
});

describe('release bundle (target: lambda, direct mode)', () => {
  it('publishes a version, moves the alias and passes the smoke test', async () => {
    healthy = true;
    const { result } = await release({
      target: 'lambda',
      'function-name': functionName,
      image: `${REGISTRY}/${repository}:v2`,
      alias: 'live',
      url: `${app.url}/health`,
      'max-poll-interval': '1s',
    });
    try {
      expect(errors(result)).toEqual([]);
      expect(result.code).toBe(0);
      expect(result.outputs).toMatchObject({
        'image-uri': pinned(2),
        version: '2',
        'previous-version': '1',
        passed: 'true',
        'rolled-back': 'false',
      });
      expect(await aliasVersion()).toBe('2');
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as LambdaRecord[];
      expect(record).toMatchObject({
        target: 'lambda',
        status: 'succeeded',
        resource: { functionName, alias: 'live' },
        previous: { imageUri: pinned(1), version: '1' },
        current: { imageUri: pinned(2), version: '2' },
      });
      expect(result.summary).toMatch(/\| deploy \| ✅ succeeded \|/);
    } finally {
      result.cleanup();
    }
  });

  it('moves the alias back to the previous version when the smoke test fails', async () => {
    healthy = false;
    const previous = await aliasVersion();
    const { result } = await release({
      target: 'lambda',
      'function-name': functionName,
      image: `${REGISTRY}/${repository}:v3`,
      alias: 'live',
      url: `${app.url}/health`,
      timeout: '2s',
      interval: '200ms',
      'max-poll-interval': '1s',
    });
    try {
      expect(result.code).toBe(1);
      expect(previous).toBe('2');
      expect(result.outputs).toMatchObject({ version: '3', 'previous-version': '2', 'rolled-back': 'true' });
      expect(await aliasVersion()).toBe('2');
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as LambdaRecord[];
      expect(record?.status).toBe('rolled-back');
      expect(record?.current?.version).toBe('3');
      expect(errors(result)).toEqual([
        expect.stringMatching(/^Release failed: smoke test failed.*rolled back to the previous state/),
      ]);
      expect(result.summary).toMatch(/\| rollback \| ↩️ restored \|/);
      // The function's code stays the new image: the alias is what serves traffic.
      const code = (await lambda.send(new GetFunctionCommand({ FunctionName: functionName }))).Code;
      expect(code?.ImageUri).toBe(pinned(3));
    } finally {
      result.cleanup();
    }
  });
});

describe('release iam-policy.json', () => {
  it('grants every operation the EKS and Lambda releases above called', () => {
    const granted = new Set(policyActions('iam-policy.json'));
    const called = recordedActions(recorded);
    expect(called).toEqual(expect.arrayContaining(['eks:DescribeCluster', 'lambda:UpdateAlias']));
    expect(called.filter((action) => !granted.has(action))).toEqual([]);
  });
});
