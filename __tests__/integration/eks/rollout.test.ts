// shared/kube and the EKS target against the Kubernetes double (and moto for DescribeCluster and
// STS): rollouts followed to success or failure, undo to the exact previous template, 401/403
// explained, kubeconfig mode. The double's controllers advance one simulated step per poll:
// the follow loop's injected sleep ticks the cluster, so nothing waits on the wall clock.
import { anchorEks } from '../../support/breadcrumbs.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ensureEksCluster } from '../../support/eks-cluster.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKubeDouble, type KubeDouble } from '../../support/kube-double/index.js';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { connectToCluster, type ClusterConnection } from '../../../shared/kube/connect.js';
import { followRollout } from '../../../shared/kube/rollout.js';
import { restoreTemplate } from '../../../shared/kube/undo.js';
import { planImageUpdate } from '../../../shared/targets/eks/images.js';
import { createEksRollbackAdapter } from '../../../shared/targets/eks/rollback.js';
import { RECORD_SCHEMA, type EksRecord } from '../../../shared/record/record.js';
import { KubeApiError } from '../../../shared/kube/client.js';
import { Summary } from '../../../shared/action/summary.js';
import type { Deployment, Pod } from '../../../shared/kube/types.js';
import type { FollowOptions } from '../../../shared/targets/types.js';

jest.setTimeout(60_000);

const REGION = 'eu-west-3';
const CLUSTER = 'ode-prod';
let kube: KubeDouble;
let emulators: Emulators;
let connection: ClusterConnection;
const saved = { ...process.env };
const silence = jest.spyOn(process.stdout, 'write');

function followOptions(extra: Partial<FollowOptions> = {}): FollowOptions & { polls: () => number } {
  let now = 0;
  let polls = 0;
  return {
    timeoutMs: 10 * 60_000,
    maxPollIntervalMs: 5_000,
    clock: { now: () => now },
    sleep: async (ms) => {
      now += ms;
      polls += 1;
      kube.cluster.tick();
    },
    random: () => 0.5,
    polls: () => polls,
    ...extra,
  };
}

function live(name: string, namespace = 'ode'): Deployment {
  const deployment = kube.cluster.get<Deployment>('deployments', namespace, name);
  if (!deployment) throw new Error(`no Deployment ${namespace}/${name}`);
  return deployment;
}

async function setImage(name: string, image: string): Promise<Deployment> {
  const before = await connection.client.getDeployment('ode', name);
  const plan = planImageUpdate(before, { kind: 'single', image }, 'test');
  await connection.client.patchDeployment('ode', name, plan.patch, 'strategic');
  return before;
}

beforeAll(async () => {
  silence.mockImplementation(() => true);
  emulators = await useEmulators(['moto']);
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: emulators.env['AWS_ENDPOINT_URL'],
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_REGION: REGION,
  });
  kube = await startKubeDouble();
  await ensureEksCluster(process.env['AWS_ENDPOINT_URL'] ?? 'http://127.0.0.1:1', CLUSTER, REGION);
  // moto answers DescribeCluster with an amazonaws.com endpoint and its own CA: both overridden.
  connection = await connectToCluster({
    cluster: CLUSTER,
    region: REGION,
    apiServer: kube.url,
    caData: kube.certificates.caData,
  });
});

afterAll(async () => {
  connection?.close();
  await kube?.close();
  await emulators?.release();
  process.env = saved;
  silence.mockRestore();
});

beforeEach(() => {
  kube.setAuth({ kind: 'eks-token' });
});

describe('DescribeCluster from moto, then the double with the EKS token', () => {
  it('reads a Deployment with a bearer token that is an EKS token', async () => {
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-viewer',
      replicas: 1,
      containers: [{ name: 'ode-viewer', image: 'repo/viewer:v1' }],
    });
    kube.cluster.settle();
    const deployment = await connection.client.getDeployment('ode', 'ode-viewer');
    expect(deployment.spec.template.spec.containers[0]?.image).toBe('repo/viewer:v1');
    const last = kube.requests[kube.requests.length - 1];
    expect(last?.authorization).toMatch(/^Bearer k8s-aws-v1\.[A-Za-z0-9_-]+$/);
  });
});

describe('following rollouts', () => {
  it('follows a healthy rollout of two Deployments concurrently to success', async () => {
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-api',
      replicas: 4,
      containers: [{ name: 'ode-api', image: 'repo/api:v1' }],
    });
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-worker',
      replicas: 2,
      containers: [{ name: 'ode-worker', image: 'repo/worker:v1' }],
    });
    kube.cluster.settle();
    await setImage('ode-api', 'repo/api:v2');
    await setImage('ode-worker', 'repo/worker:v2');
    const options = followOptions();
    const [api, worker] = await Promise.all([
      followRollout(connection.client, { namespace: 'ode', name: 'ode-api' }, options),
      followRollout(connection.client, { namespace: 'ode', name: 'ode-worker' }, options),
    ]);
    expect(api.status).toBe('succeeded');
    expect(worker.status).toBe('succeeded');
    expect(api.revision).toBe(2);
    expect(worker.revision).toBe(2);
    expect(api.samples.length).toBeGreaterThan(1);
    expect(api.samples[api.samples.length - 1]).toMatchObject({
      desired: 4,
      updated: 4,
      ready: 4,
      available: 4,
      oldPods: 0,
    });
    const pods = kube.cluster.list<Pod>('pods', 'ode');
    expect(pods.filter((pod) => pod.spec.containers[0]?.image === 'repo/api:v2')).toHaveLength(4);
    expect(pods.some((pod) => pod.spec.containers[0]?.image === 'repo/api:v1')).toBe(false);
  });

  it('detects a crash-looping image within a few polls and undoes it to the exact previous template', async () => {
    kube.cluster.failures.push({
      pattern: /:crash$/,
      reason: 'CrashLoopBackOff',
      message: 'Error: DATABASE_URL is not set',
    });
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-crash',
      replicas: 3,
      containers: [{ name: 'app', image: 'repo/app:v1' }],
    });
    kube.cluster.settle();
    const previousTemplate = structuredClone(live('ode-crash').spec.template);
    await setImage('ode-crash', 'repo/app:crash');
    const options = followOptions();
    const result = await followRollout(connection.client, { namespace: 'ode', name: 'ode-crash' }, options);
    expect(result.status).toBe('failed');
    expect(result.reason).toContain('CrashLoopBackOff');
    expect(result.reason).toContain('DATABASE_URL is not set');
    expect(result.polls).toBeLessThanOrEqual(5);
    expect(result.problems[0]).toMatchObject({
      container: 'app',
      reason: 'CrashLoopBackOff',
      lastTermination: { exitCode: 1, message: 'Error: DATABASE_URL is not set' },
    });
    expect(result.problems[0]?.events.join('\n')).toContain('Back-off restarting failed container');
    const summary = new Summary();
    result.diagnostics?.(summary);
    expect(summary.toMarkdown()).toContain('DATABASE\\_URL is not set');

    const patchesBefore = kube.mutations().length;
    await restoreTemplate(
      connection.client,
      await connection.client.getDeployment('ode', 'ode-crash'),
      previousTemplate,
      'undo',
    );
    expect(kube.mutations()).toHaveLength(patchesBefore + 1);
    expect(kube.mutations().at(-1)?.contentType).toBe('application/json-patch+json');
    expect(live('ode-crash').spec.template).toEqual(previousTemplate);
    const undo = await followRollout(
      connection.client,
      { namespace: 'ode', name: 'ode-crash' },
      followOptions(),
    );
    expect(undo.status).toBe('succeeded');
    expect(undo.revision).toBe(3);
  });

  it('fails at once on ProgressDeadlineExceeded', async () => {
    kube.cluster.failures.push({ pattern: /:slow$/, reason: 'ImagePullBackOff' });
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-deadline',
      replicas: 2,
      progressDeadlineSeconds: 10,
      containers: [{ name: 'app', image: 'repo/app:v1' }],
    });
    kube.cluster.settle();
    await setImage('ode-deadline', 'repo/app:slow');
    // The controller has already declared the deadline passed: the first check fails, no waiting.
    kube.cluster.tick(5);
    const result = await followRollout(
      connection.client,
      { namespace: 'ode', name: 'ode-deadline' },
      followOptions(),
    );
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /^ProgressDeadlineExceeded: ReplicaSet "ode-deadline-\w+" has timed out progressing/,
    );
    expect(result.polls).toBe(1);
  });

  it('times out with the state reached when the rollout does not end in time', async () => {
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-timeout',
      replicas: 8,
      containers: [{ name: 'app', image: 'repo/app:v1' }],
    });
    kube.cluster.settle();
    await setImage('ode-timeout', 'repo/app:v2');
    const result = await followRollout(
      connection.client,
      { namespace: 'ode', name: 'ode-timeout' },
      followOptions({ timeoutMs: 1_500 }),
    );
    expect(result.status).toBe('timed-out');
    expect(result.reason).toMatch(/did not finish within 1\.5s; state reached: .*updated/);
  });
});

describe('auto-rollback of an EKS record', () => {
  // anchored as eks-rolling-update anchors it: the breadcrumb annotation on the Deployment
  function record(name: string, previous: Deployment, currentRevision: number): EksRecord {
    return anchorEks(kube, {
      schema: RECORD_SCHEMA,
      id: `0000000${currentRevision}-${name.length}000-4000-8000-000000000000`,
      target: 'eks',
      region: REGION,
      resource: { cluster: CLUSTER, namespace: 'ode', deployment: name },
      previous: {
        revision: 1,
        images: { app: previous.spec.template.spec.containers[0]?.image ?? '' },
      },
      current: { revision: currentRevision, images: { app: 'repo/app:v2' } },
      status: 'succeeded',
      startedAt: '2026-12-01T00:00:00Z',
    });
  }
  const adapter = createEksRollbackAdapter({
    connect: () =>
      connectToCluster({
        cluster: CLUSTER,
        region: REGION,
        apiServer: kube.url,
        caData: kube.certificates.caData,
      }),
  });

  it('restores the previous template, follows it, and is idempotent on a rerun', async () => {
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-rb',
      replicas: 2,
      containers: [{ name: 'app', image: 'repo/app:v1' }],
    });
    kube.cluster.settle();
    const before = structuredClone(live('ode-rb'));
    await setImage('ode-rb', 'repo/app:v2');
    kube.cluster.settle();
    const first = await adapter.restore(record('ode-rb', before, 2), {
      ...followOptions(),
      force: false,
      wait: true,
    });
    expect(first).toMatchObject({
      changed: true,
      from: 'revision 2 (app=repo/app:v2)',
      to: 'revision 1 (app=repo/app:v1)',
    });
    expect(first.follow?.status).toBe('succeeded');
    expect(live('ode-rb').spec.template).toEqual(before.spec.template);
    const mutations = kube.mutations().length;
    const second = await adapter.restore(record('ode-rb', before, 2), {
      ...followOptions(),
      force: false,
      wait: true,
    });
    expect(second.changed).toBe(false);
    expect(kube.mutations()).toHaveLength(mutations);
  });

  it('refuses when someone deployed since, unless forced', async () => {
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-moved',
      replicas: 1,
      containers: [{ name: 'app', image: 'repo/app:v1' }],
    });
    kube.cluster.settle();
    const before = structuredClone(live('ode-moved'));
    await setImage('ode-moved', 'repo/app:v2');
    kube.cluster.settle();
    await setImage('ode-moved', 'repo/app:v3');
    kube.cluster.settle();
    const mutations = kube.mutations().length;
    const refused = await adapter.restore(record('ode-moved', before, 2), {
      ...followOptions(),
      force: false,
      wait: true,
    });
    expect(refused.changed).toBe(false);
    expect(refused.refused).toMatch(/is at revision 3, not revision 2 .*someone deployed since/);
    expect(kube.mutations()).toHaveLength(mutations);
    const forced = await adapter.restore(record('ode-moved', before, 2), {
      ...followOptions(),
      force: true,
      wait: true,
    });
    expect(forced.changed).toBe(true);
    expect(live('ode-moved').spec.template).toEqual(before.spec.template);
  });
});

describe('authentication failures, explained', () => {
  it('401: names the caller ARN from STS and the missing access entry', async () => {
    kube.setAuth({ kind: 'reject', status: 401 });
    const error = await connection.client.getDeployment('ode', 'ode-api').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeApiError);
    const explained = (await connection.explain(error, 'ode')) as Error;
    // moto's GetCallerIdentity answers for its default account.
    expect(explained.message).toMatch(
      /EKS cluster ode-prod does not let the IAM principal arn:aws:(iam|sts)::\d{12}:\S+ in \(401 Unauthorized\)/,
    );
    expect(explained.message).toContain('aws eks create-access-entry --cluster-name ode-prod');
    expect(explained.message).toContain('aws-auth ConfigMap');
  });

  it('403: says the principal is known but RBAC forbids the request', async () => {
    kube.setAuth({ kind: 'reject', status: 403, user: 'arn:aws:sts::123456789012:assumed-role/ci/gha' });
    const error = await connection.client.getDeployment('ode', 'ode-api').catch((e: unknown) => e);
    const explained = (await connection.explain(error, 'ode')) as Error;
    expect(explained.message).toContain('403 Forbidden');
    expect(explained.message).toContain(
      'cannot get resource "deployments" in API group "apps" in the namespace "ode"',
    );
    expect(explained.message).toContain('AmazonEKSEditPolicy');
  });
});

describe('kubeconfig mode', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kubeconfig-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the server, CA and token of the current context', async () => {
    kube.setAuth({ kind: 'bearer', token: 'static-token-123' });
    const path = join(dir, 'config');
    writeFileSync(path, kube.kubeconfig({ token: 'static-token-123' }));
    const viaKubeconfig = await connectToCluster({ cluster: 'ignored', region: REGION, kubeconfig: path });
    try {
      expect(viaKubeconfig.mode).toBe('kubeconfig');
      const deployment = await viaKubeconfig.client.getDeployment('ode', 'ode-viewer');
      expect(deployment.metadata.name).toBe('ode-viewer');
      expect(kube.requests.at(-1)?.authorization).toBe('Bearer static-token-123');
    } finally {
      viaKubeconfig.close();
    }
  });

  it('explains a refused kubeconfig user without blaming AWS', async () => {
    kube.setAuth({ kind: 'bearer', token: 'another' });
    const path = join(dir, 'config');
    writeFileSync(path, kube.kubeconfig({ token: 'static-token-123' }));
    const viaKubeconfig = await connectToCluster({ cluster: 'ignored', region: REGION, kubeconfig: path });
    try {
      const error = await viaKubeconfig.client.getDeployment('ode', 'ode-viewer').catch((e: unknown) => e);
      const explained = (await viaKubeconfig.explain(error, 'ode')) as Error;
      expect(explained.message).toContain(
        `The Kubernetes API refused the kubeconfig ${path} (401 Unauthorized)`,
      );
    } finally {
      viaKubeconfig.close();
    }
  });
});
