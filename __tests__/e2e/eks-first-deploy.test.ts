// eks-rolling-update's first deploy, spawned as the runner does, against moto (DescribeCluster,
// STS) and the Kubernetes double: the manifests applied with server-side apply on an empty
// namespace, the secret patched with masked values, the rollouts followed; then reruns.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ensureEksCluster } from '../support/eks-cluster.js';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  runAction,
  assertNoSecretLeak,
  errorLines,
  type RunResult,
  type InputValue,
} from '../support/harness.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import { decodeRecords } from '../../shared/record/validate.js';
import type { EksRecord } from '../../shared/record/record.js';
import type { Deployment, ReplicaSet } from '../../shared/kube/types.js';

jest.setTimeout(120_000);

const REGION = 'us-east-1';
const CLUSTER = `ode-first-${process.pid}`;
const NAMESPACE = 'ode-first';
const DATABASE_URL = 'postgresql://ode:Rds-Pa55word-e2e@ode.cluster-abc.us-east-1.rds.amazonaws.com:5432/ode';
const REDIS_URL = 'rediss://:Redis-T0ken-e2e@master.ode-cache.abc.use1.cache.amazonaws.com:6379';
const IMAGE_V1 = `repo/ode-api@sha256:${'1'.repeat(64)}`;
const IMAGE_V2 = `repo/ode-api@sha256:${'2'.repeat(64)}`;

let kube: KubeDouble;
let emulators: Emulators;
let workspace: string;

function run(inputs: Record<string, InputValue | undefined>): Promise<RunResult> {
  return runAction(
    'eks-rolling-update',
    {
      'cluster-name': CLUSTER,
      namespace: NAMESPACE,
      'api-server': kube.url,
      'certificate-authority-data': kube.certificates.caData,
      deployment: 'ode-api',
      manifests: 'k8s',
      'secret-name': 'ode-secrets',
      'secret-data': `database-url=${DATABASE_URL}\nredis-url=${REDIS_URL}`,
      ...inputs,
    },
    { workspace, timeoutMs: 90_000, env: { AWS_ENDPOINT_URL: emulators.env['AWS_ENDPOINT_URL'] } },
  );
}

function live(name: string): Deployment {
  const deployment = kube.cluster.get<Deployment>('deployments', NAMESPACE, name);
  if (!deployment) throw new Error(`no Deployment ${name}`);
  return deployment;
}

function secretValue(key: string): string {
  const secret = kube.cluster.get<never>('secrets', NAMESPACE, 'ode-secrets') as unknown as {
    data?: Record<string, string>;
  };
  return Buffer.from(secret.data?.[key] ?? '', 'base64').toString('utf8');
}

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  await ensureEksCluster(emulators.env['AWS_ENDPOINT_URL'] ?? 'http://127.0.0.1:1', CLUSTER, REGION);
  kube = await startKubeDouble({ tickIntervalMs: 100 });
  kube.cluster.failures.push({ pattern: /:crash$/, reason: 'CrashLoopBackOff', message: 'panic: no config' });
  workspace = mkdtempSync(join(tmpdir(), 'eks-first-'));
  cpSync(join(process.cwd(), '__tests__/fixtures/eks-manifests'), join(workspace, 'k8s'), {
    recursive: true,
  });
});

afterAll(async () => {
  await kube?.close();
  await emulators?.release();
  rmSync(workspace, { recursive: true, force: true });
});

describe('eks-rolling-update first deploy', () => {
  it('applies the manifests on an empty namespace, patches the secret, rolls out on the requested image', async () => {
    expect(kube.cluster.list('deployments', NAMESPACE)).toHaveLength(0);
    const result = await run({ image: IMAGE_V1 });
    try {
      expect(errorLines(result)).toEqual([]);
      expect(result.code).toBe(0);
      expect(kube.cluster.get('namespaces', '', NAMESPACE)).toBeDefined();
      expect(kube.cluster.get('configmaps', NAMESPACE, 'ode-config')).toBeDefined();
      expect(kube.cluster.get('services', NAMESPACE, 'ode-api')).toBeDefined();
      expect(secretValue('database-url')).toBe(DATABASE_URL);
      expect(secretValue('redis-url')).toBe(REDIS_URL);
      const deployment = live('ode-api');
      expect(deployment.spec.template.spec.containers[0]?.image).toBe(IMAGE_V1);
      expect(deployment.status?.availableReplicas).toBe(2);
      // The manifest's placeholder image never ran.
      const sets = kube.cluster.list<ReplicaSet>('replicasets', NAMESPACE);
      expect(sets.map((rs) => rs.spec.template.spec.containers[0]?.image)).toEqual([IMAGE_V1]);
      const applies = kube.mutations().filter((r) => r.contentType === 'application/apply-patch+yaml');
      expect(applies.map((r) => r.query['fieldManager'])).toEqual(Array(5).fill('aws-deploy-actions'));
      expect(applies.every((r) => r.query['force'] === 'true')).toBe(true);
      expect(result.stdout).toMatch(/k8s\/01-api\.yaml#2: Deployment ode-first\/ode-api created/);
      expect(result.summary).toContain('Manifests applied');
      expect(result.summary).toContain('database-url');
      expect(JSON.parse(result.outputs['revisions'] ?? '')).toEqual({ 'ode-api': 1 });
      expect(result.masks).toEqual(expect.arrayContaining([DATABASE_URL, REDIS_URL]));
      assertNoSecretLeak(result, [DATABASE_URL, REDIS_URL]);
    } finally {
      result.cleanup();
    }
  });

  it('is idempotent: a rerun with the same image changes nothing', async () => {
    const generation = live('ode-api').metadata.generation;
    const configVersion = kube.cluster.get('configmaps', NAMESPACE, 'ode-config')?.metadata.resourceVersion;
    const secretVersion = kube.cluster.get('secrets', NAMESPACE, 'ode-secrets')?.metadata.resourceVersion;
    const result = await run({ image: IMAGE_V1 });
    try {
      expect(errorLines(result)).toEqual([]);
      expect(result.code).toBe(0);
      expect(live('ode-api').metadata.generation).toBe(generation);
      expect(kube.cluster.get('configmaps', NAMESPACE, 'ode-config')?.metadata.resourceVersion).toBe(
        configVersion,
      );
      expect(kube.cluster.list('replicasets', NAMESPACE)).toHaveLength(1);
      expect(result.stdout).toMatch(/Deployment ode-first\/ode-api unchanged/);
      expect(secretValue('redis-url')).toBe(REDIS_URL);
      // The values are folded into the Secret's manifest: the same values write nothing.
      expect(kube.cluster.get('secrets', NAMESPACE, 'ode-secrets')?.metadata.resourceVersion).toBe(
        secretVersion,
      );
      assertNoSecretLeak(result, [DATABASE_URL, REDIS_URL]);
    } finally {
      result.cleanup();
    }
  });

  it('secret-data without manifests merge-patches the existing Secret, keeping its other keys', async () => {
    const rotated = 'rediss://:R0tated-T0ken-e2e@master.ode-cache.abc.use1.cache.amazonaws.com:6379';
    const result = await run({ image: IMAGE_V1, manifests: '', 'secret-data': `redis-url=${rotated}` });
    try {
      expect(errorLines(result)).toEqual([]);
      expect(result.code).toBe(0);
      expect(secretValue('redis-url')).toBe(rotated);
      expect(secretValue('database-url')).toBe(DATABASE_URL);
      const patches = kube.mutations().filter((r) => r.path.endsWith('/secrets/ode-secrets'));
      expect(patches.at(-1)).toMatchObject({
        method: 'PATCH',
        contentType: 'application/merge-patch+json',
        query: { fieldManager: 'aws-deploy-actions' },
      });
      assertNoSecretLeak(result, [rotated]);
    } finally {
      result.cleanup();
    }
  });

  it('secret-data for a Secret that does not exist fails naming it, before the image update', async () => {
    const image = live('ode-api').spec.template.spec.containers[0]?.image;
    const result = await run({ image: IMAGE_V2, manifests: '', 'secret-name': 'ode-missing' });
    try {
      expect(result.code).toBe(1);
      expect(errorLines(result)).toEqual([
        expect.stringContaining(`Input 'secret-name' has an invalid value "ode-missing" (no such Secret)`),
      ]);
      expect(live('ode-api').spec.template.spec.containers[0]?.image).toBe(image);
      assertNoSecretLeak(result, [DATABASE_URL, REDIS_URL]);
    } finally {
      result.cleanup();
    }
  });

  it('a new image: the apply keeps the live image, the image update rolls out and records it', async () => {
    const result = await run({ image: IMAGE_V2 });
    try {
      expect(errorLines(result)).toEqual([]);
      expect(result.code).toBe(0);
      expect(live('ode-api').spec.template.spec.containers[0]?.image).toBe(IMAGE_V2);
      const images = kube.cluster
        .list<ReplicaSet>('replicasets', NAMESPACE)
        .map((rs) => rs.spec.template.spec.containers[0]?.image);
      expect(images.sort()).toEqual([IMAGE_V1, IMAGE_V2]);
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(record).toMatchObject({
        status: 'succeeded',
        previous: { revision: 1, images: { 'ode-api': IMAGE_V1 } },
        current: { revision: 2, images: { 'ode-api': IMAGE_V2 } },
      });
      assertNoSecretLeak(result, [DATABASE_URL, REDIS_URL]);
    } finally {
      result.cleanup();
    }
  });

  it('refuses a manifest path outside the workspace with no call to the cluster', async () => {
    const before = kube.requests.length;
    const outside = mkdtempSync(join(tmpdir(), 'eks-outside-'));
    writeFileSync(join(outside, 'evil.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: evil\n');
    const result = await run({ image: IMAGE_V2, manifests: join(outside, 'evil.yaml') });
    try {
      expect(result.code).toBe(1);
      expect(errorLines(result)).toEqual([
        expect.stringContaining(
          `Input 'manifests' has an invalid value "${join(outside, 'evil.yaml')}" (it is outside the workspace)`,
        ),
      ]);
      expect(kube.requests.length).toBe(before);
    } finally {
      result.cleanup();
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a bad manifest is one error naming the file, with no call to the cluster', async () => {
    const before = kube.requests.length;
    mkdirSync(join(workspace, 'broken'), { recursive: true });
    writeFileSync(
      join(workspace, 'broken', 'api.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: [oops\n',
    );
    const result = await run({ image: IMAGE_V2, manifests: 'broken' });
    try {
      expect(result.code).toBe(1);
      const errors = errorLines(result);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(
        `Input 'manifests' has an invalid value "broken/api.yaml" (not valid YAML in document 1`,
      );
      expect(kube.requests.length).toBe(before);
    } finally {
      result.cleanup();
    }
  });

  it('a secret-data line without = is refused without showing it', async () => {
    const before = kube.requests.length;
    const result = await run({
      image: IMAGE_V2,
      'secret-data': `database-url=${DATABASE_URL}\n${REDIS_URL}`,
    });
    try {
      expect(result.code).toBe(1);
      expect(errorLines(result)).toEqual([
        expect.stringContaining(`Input 'secret-data' has an invalid value "line 2"`),
      ]);
      expect(kube.requests.length).toBe(before);
      assertNoSecretLeak(result, [DATABASE_URL, REDIS_URL]);
    } finally {
      result.cleanup();
    }
  });

  it('an applied Deployment that fails its rollout fails the step before the image update', async () => {
    const image = live('ode-api').spec.template.spec.containers[0]?.image;
    mkdirSync(join(workspace, 'crashing'), { recursive: true });
    writeFileSync(
      join(workspace, 'crashing', 'jobs.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: ode-jobs }',
        'spec:',
        '  replicas: 1',
        '  progressDeadlineSeconds: 30',
        '  selector: { matchLabels: { app: ode-jobs } }',
        '  template:',
        '    metadata: { labels: { app: ode-jobs } }',
        '    spec: { containers: [{ name: jobs, image: repo/ode-jobs:crash }] }',
        '',
      ].join('\n'),
    );
    const result = await run({ image: `repo/ode-api@sha256:${'3'.repeat(64)}`, manifests: 'crashing' });
    try {
      expect(result.code).toBe(1);
      const errors = errorLines(result);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^Applied Deployment\(s\) did not roll out — ode-jobs \(crashing\/jobs\.yaml#1\): .*CrashLoopBackOff/,
      );
      expect(errors[0]).toContain('The image update was not started.');
      expect(live('ode-api').spec.template.spec.containers[0]?.image).toBe(image);
      expect(result.summary).toContain('Manifests applied');
    } finally {
      result.cleanup();
    }
  });
});
