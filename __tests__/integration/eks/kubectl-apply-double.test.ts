// The double's server-side apply checked against the real kubectl: `kubectl apply --server-side`
// creates Namespace, ConfigMap, Secret, Service and Deployment, a rerun changes nothing, a field
// another manager changed is a conflict without --force-conflicts and taken over with it. The
// double serves no OpenAPI document, so kubectl's client-side schema check is off (--validate=false).
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKubeDouble, type KubeDouble } from '../../support/kube-double/index.js';
import type { Deployment } from '../../../shared/kube/types.js';

const KUBECTL = '/usr/bin/kubectl';
const MANIFESTS = join(process.cwd(), '__tests__/fixtures/eks-manifests');

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
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, KUBECACHEDIR: join(dir, 'cache') },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** `kubectl apply --server-side` of the fixture manifests, as the field manager `ci`. */
function applyServerSide(...flags: string[]): ReturnType<typeof kubectl> {
  return kubectl(
    'apply',
    '--server-side',
    '--validate=false',
    '--field-manager=ci',
    ...flags,
    '-f',
    MANIFESTS,
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kubectl-apply-double-'));
  kube = await startKubeDouble({ tickIntervalMs: 50 });
  kubeconfigPath = join(dir, 'kubeconfig');
  writeFileSync(kubeconfigPath, kube.kubeconfig({ namespace: 'ode-first' }));
});

afterAll(async () => {
  await kube.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('kubectl apply --server-side against the Kubernetes double', () => {
  it('creates every kind of the manifests, then a rerun leaves them unchanged', async () => {
    const first = await applyServerSide();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/namespace\/ode-first serverside-applied/);
    expect(first.stdout).toMatch(/deployment.apps\/ode-api serverside-applied/);
    const secret = kube.cluster.get<never>('secrets', 'ode-first', 'ode-secrets') as unknown as {
      data: Record<string, string>;
    };
    expect(Buffer.from(secret.data['redis-url'] ?? '', 'base64').toString()).toBe('placeholder');
    const deployment = kube.cluster.get<Deployment>('deployments', 'ode-first', 'ode-api');
    const managed = (
      deployment?.metadata as { managedFields?: Array<{ manager: string; operation: string }> }
    ).managedFields;
    expect(managed).toEqual([expect.objectContaining({ manager: 'ci', operation: 'Apply' })]);
    const configVersion = kube.cluster.get<never>('configmaps', 'ode-first', 'ode-config') as unknown as {
      metadata: { resourceVersion: string };
    };
    const version = configVersion.metadata.resourceVersion;

    const rerun = await applyServerSide();
    expect(rerun.code).toBe(0);
    expect(
      (
        kube.cluster.get<never>('configmaps', 'ode-first', 'ode-config') as unknown as {
          metadata: { resourceVersion: string };
        }
      ).metadata.resourceVersion,
    ).toBe(version);
    expect(kube.cluster.get<Deployment>('deployments', 'ode-first', 'ode-api')?.metadata.generation).toBe(1);
    const listed = await kubectl('get', 'services,configmaps,secrets');
    expect(listed.stdout).toMatch(/ode-api\s+ClusterIP/);
  });

  it('refuses to take a field another manager changed unless forced', async () => {
    const set = await kubectl('set', 'image', 'deployment/ode-api', 'ode-api=ode-api:v2');
    expect(set.stderr).toBe('');
    const refused = await applyServerSide();
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/conflict with "kubectl-set"/);
    expect(refused.stderr).toMatch(/\.spec\.template\.spec\.containers\[name="ode-api"\]\.image/);
    const forced = await applyServerSide('--force-conflicts');
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(
      kube.cluster.get<Deployment>('deployments', 'ode-first', 'ode-api')?.spec.template.spec.containers[0]
        ?.image,
    ).toBe('ode-api:latest');
  });

  it('patches a Secret with stringData as kubectl patch does', async () => {
    const patched = await kubectl(
      'patch',
      'secret',
      'ode-secrets',
      '-p',
      '{"stringData":{"redis-url":"redis://cache:6379"}}',
    );
    expect(patched.stderr).toBe('');
    const secret = kube.cluster.get<never>('secrets', 'ode-first', 'ode-secrets') as unknown as {
      data: Record<string, string>;
    };
    expect(Buffer.from(secret.data['redis-url'] ?? '', 'base64').toString()).toBe('redis://cache:6379');
  });

  it('applies the ODE manifests, Ingress and HorizontalPodAutoscaler included', async () => {
    const ode = join(process.cwd(), '__tests__/fixtures/ode-k8s/base');
    const applied = await kubectl(
      'apply',
      '--server-side',
      '--validate=false',
      '--field-manager=ci',
      '-f',
      ode,
    );
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toMatch(/ingress.networking.k8s.io\/ode serverside-applied/);
    expect(applied.stdout).toMatch(/horizontalpodautoscaler.autoscaling\/ode-worker serverside-applied/);
    const listed = await kubectl('get', 'ingress,hpa', '-n', 'ode', '-o', 'name');
    expect(listed.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'horizontalpodautoscaler.autoscaling/ode-worker',
      'ingress.networking.k8s.io/ode',
    ]);
  });
});
