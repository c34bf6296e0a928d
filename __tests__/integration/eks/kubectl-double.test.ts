// The Kubernetes double must behave like a cluster for the real kubectl: set image, rollout
// status, rollout undo and get. kubectl talks to it over TLS with the CA the test made.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKubeDouble, type KubeDouble } from '../../support/kube-double/index.js';
import type { Deployment, ReplicaSet } from '../../../shared/kube/types.js';

const KUBECTL = '/usr/bin/kubectl';

jest.setTimeout(90_000);

let kube: KubeDouble;
let dir: string;
let kubeconfigPath: string;

function kubectl(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      KUBECTL,
      ['--kubeconfig', kubeconfigPath, '--request-timeout', '20s', ...args],
      {
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          HOME: dir,
          KUBECACHEDIR: join(dir, 'cache'),
          AWS_ACCESS_KEY_ID: 'testing',
          AWS_SECRET_ACCESS_KEY: 'testing',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function template(name: string): Deployment['spec']['template'] {
  const deployment = kube.cluster.get<Deployment>('deployments', 'shop', name);
  if (!deployment) throw new Error(`no deployment ${name}`);
  return deployment.spec.template;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kubectl-double-'));
  kube = await startKubeDouble({ tickIntervalMs: 50 });
  kubeconfigPath = join(dir, 'kubeconfig');
  writeFileSync(kubeconfigPath, kube.kubeconfig({ namespace: 'shop' }));
  kube.cluster.failures.push({ pattern: /:broken$/, reason: 'CrashLoopBackOff' });
  kube.cluster.createDeployment({
    namespace: 'shop',
    name: 'api',
    replicas: 3,
    containers: [{ name: 'api', image: 'registry.local/api:v1' }],
    progressDeadlineSeconds: 60,
  });
  kube.cluster.settle();
});

afterAll(async () => {
  await kube.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the real kubectl against the Kubernetes double', () => {
  it('gets deployments as a table and as JSON', async () => {
    const table = await kubectl('get', 'deployments');
    expect(table.stderr).toBe('');
    expect(table.stdout).toMatch(/NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE/);
    expect(table.stdout).toMatch(/api\s+3\/3\s+3\s+3/);
    const json = await kubectl('get', 'deployment/api', '-o', 'json');
    const parsed = JSON.parse(json.stdout) as Deployment;
    expect(parsed.spec.template.spec.containers[0]?.image).toBe('registry.local/api:v1');
    expect(parsed.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
  });

  it('sets an image, follows the rollout to the end and records a new ReplicaSet revision', async () => {
    const set = await kubectl('set', 'image', 'deployment/api', 'api=registry.local/api:v2');
    expect(set.stderr).toBe('');
    expect(set.stdout).toContain('deployment.apps/api image updated');
    const status = await kubectl('rollout', 'status', 'deployment/api', '--timeout', '40s');
    expect(status.stdout).toContain('deployment "api" successfully rolled out');
    expect(status.code).toBe(0);
    const sets = kube.cluster.list<ReplicaSet>('replicasets', 'shop');
    expect(sets.map((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision']).sort()).toEqual([
      '1',
      '2',
    ]);
    const history = await kubectl('rollout', 'history', 'deployment/api');
    expect(history.stdout).toMatch(/1\s+<none>/);
    expect(history.stdout).toMatch(/2\s+<none>/);
  });

  it('reports a crash-looping rollout as exceeding its progress deadline, then undoes it to the exact revision', async () => {
    const before = structuredClone(template('api'));
    await kubectl('set', 'image', 'deployment/api', 'api=registry.local/api:broken');
    const status = await kubectl('rollout', 'status', 'deployment/api', '--timeout', '40s');
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain('exceeded its progress deadline');
    const pods = await kubectl('get', 'pods');
    expect(pods.stdout).toContain('CrashLoopBackOff');

    const undo = await kubectl('rollout', 'undo', 'deployment/api', '--to-revision', '2');
    expect(undo.stderr).toBe('');
    expect(undo.stdout).toContain('deployment.apps/api rolled back');
    expect(template('api')).toEqual(before);
    const after = await kubectl('rollout', 'status', 'deployment/api', '--timeout', '40s');
    expect(after.stdout).toContain('successfully rolled out');
    const live = kube.cluster.get<Deployment>('deployments', 'shop', 'api');
    expect(live?.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('4');
  });
});
