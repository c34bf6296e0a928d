// The eks-rolling-update bundle, spawned as the runner does, against moto (DescribeCluster, STS)
// and the Kubernetes double (a real timer ticks its controllers; the bundle polls in real time).
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECR_HOST, putEcrImage } from '../support/ecr-images.js';
import { ensureEksCluster } from '../support/eks-cluster.js';
import { runAction, assertNoSecretLeak, type RunResult, type InputValue } from '../support/harness.js';
import { GitHubApiStandIn } from '../support/github-api.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import { decodeRecords } from '../../shared/record/validate.js';
import type { EksRecord } from '../../shared/record/record.js';
import type { Deployment } from '../../shared/kube/types.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(120_000);

const REGION = 'us-east-1';
const CLUSTER = 'ode-e2e';
let kube: KubeDouble;
let emulators: Emulators;

function run(
  inputs: Record<string, InputValue | undefined>,
  options: Parameters<typeof runAction>[2] = {},
): Promise<RunResult> {
  return runAction(
    'eks-rolling-update',
    {
      'cluster-name': CLUSTER,
      namespace: 'ode',
      'api-server': kube.url,
      'certificate-authority-data': kube.certificates.caData,
      ...inputs,
    },
    {
      timeoutMs: 90_000,
      ...options,
      env: { AWS_ENDPOINT_URL: emulators.env['AWS_ENDPOINT_URL'], ...options.env },
    },
  );
}

function live(name: string): Deployment {
  const deployment = kube.cluster.get<Deployment>('deployments', 'ode', name);
  if (!deployment) throw new Error(`no Deployment ${name}`);
  return deployment;
}

function failure(result: RunResult): string {
  return result.commands.find((command) => command.command === 'error')?.data ?? '';
}

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  await ensureEksCluster(emulators.env['AWS_ENDPOINT_URL'] ?? 'http://127.0.0.1:1', CLUSTER, REGION);
  kube = await startKubeDouble({ tickIntervalMs: 100 });
  kube.cluster.failures.push({
    pattern: /:crash$/,
    reason: 'CrashLoopBackOff',
    message: 'Error: connect ECONNREFUSED 10.0.0.9:5432',
  });
  kube.cluster.createDeployment({
    namespace: 'ode',
    name: 'ode-api',
    replicas: 3,
    containers: [{ name: 'ode-api', image: 'repo/ode-api:v1' }],
  });
  kube.cluster.createDeployment({
    namespace: 'ode',
    name: 'ode-worker',
    replicas: 2,
    containers: [{ name: 'ode-worker', image: 'repo/ode-worker:v1' }],
  });
  kube.cluster.createDeployment({
    namespace: 'ode',
    name: 'ode-viewer',
    replicas: 2,
    containers: [
      { name: 'viewer', image: 'repo/viewer:v1' },
      { name: 'proxy', image: 'envoy:1.30' },
    ],
  });
  kube.cluster.settle();
});

afterAll(async () => {
  await kube?.close();
  await emulators?.release();
});

describe('eks-rolling-update bundle', () => {
  it('a mistyped ECR image fails before the first patch: one error naming it, nothing changed in the cluster', async () => {
    const ecr = new ECRClient(motoConfig(emulators.env['AWS_ENDPOINT_URL'] ?? 'http://127.0.0.1:1', REGION));
    const repository = `ode-api-${process.pid}-${Date.now().toString(36)}`;
    await putEcrImage(ecr, repository, 'v5');
    ecr.destroy();
    const before = kube.mutations().length;
    const result = await run({ deployment: 'ode-api', image: `${ECR_HOST}/${repository}:v5-typo` });
    expect(result.code).toBe(1);
    expect(failure(result)).toBe(
      `The image to deploy does not exist, so nothing was changed: ${ECR_HOST}/${repository}:v5-typo (ECR repository ${repository} in account 123456789012 (${REGION}) has no image tagged v5-typo). Push the image first (build-push-ecr), or check the tag and the registry.`,
    );
    expect(kube.mutations().length).toBe(before);
    expect(live('ode-api').spec.template.spec.containers[0]?.image).toBe('repo/ode-api:v1');
  });

  it('an existing ECR tag: the record keeps the digest it resolved to, and the summary shows it', async () => {
    const ecr = new ECRClient(motoConfig(emulators.env['AWS_ENDPOINT_URL'] ?? 'http://127.0.0.1:1', REGION));
    const repository = `ode-pinned-${process.pid}-${Date.now().toString(36)}`;
    const { image, digest } = await putEcrImage(ecr, repository, 'v5');
    ecr.destroy();
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-pinned',
      replicas: 1,
      containers: [{ name: 'pinned', image: 'repo/pinned:v1' }],
    });
    kube.cluster.settle();
    const result = await run({ deployment: 'ode-pinned', image });
    try {
      expect(failure(result)).toBe('');
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(record?.current).toEqual({
        revision: 2,
        images: { pinned: image },
        imageDigests: { pinned: digest },
      });
      expect(record?.previous).toEqual({ revision: 1, images: { pinned: 'repo/pinned:v1' } });
      expect(result.summary).toContain(`\`${image}\` → \`${digest}\``);
    } finally {
      result.cleanup();
    }
  });

  it('updates two Deployments, follows both rollouts, and outputs revisions and records', async () => {
    const result = await run({
      deployment: 'ode-api, ode-worker',
      images: 'ode-api=repo/ode-api:v2\node-worker=repo/ode-worker:v2',
    });
    try {
      expect(failure(result)).toBe('');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.outputs['revisions'] ?? '')).toEqual({ 'ode-api': 2, 'ode-worker': 2 });
      expect(JSON.parse(result.outputs['previous-revisions'] ?? '')).toEqual({
        'ode-api': 1,
        'ode-worker': 1,
      });
      const records = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(records).toHaveLength(2);
      expect(records[0]).toMatchObject({
        target: 'eks',
        region: REGION,
        status: 'succeeded',
        resource: { cluster: CLUSTER, namespace: 'ode', deployment: 'ode-api' },
        previous: { revision: 1, images: { 'ode-api': 'repo/ode-api:v1' } },
        current: { revision: 2, images: { 'ode-api': 'repo/ode-api:v2' } },
      });
      expect(live('ode-api').metadata.annotations?.['kubernetes.io/change-cause']).toBe(
        'octo-org/octo-app@0123456789ab (release) run https://github.com/octo-org/octo-app/actions/runs/4242424242',
      );
      expect(result.summary).toContain('repo/ode-api:v1');
      expect(result.summary).toContain('repo/ode-worker:v2');
      expect(result.summary).toContain('Replicas over time: ode-api');
      const tokens = result.masks.filter((mask) => mask.startsWith('k8s-aws-v1.'));
      expect(tokens.length).toBeGreaterThan(0);
      assertNoSecretLeak(result, tokens);
    } finally {
      result.cleanup();
    }
  });

  it('detects a crash loop, undoes the Deployment to the exact previous template and explains it', async () => {
    const before = structuredClone(live('ode-api').spec.template);
    // With a GitHub environment: the deployment of the commit ends in failure, with the reason.
    const github = await new GitHubApiStandIn().start();
    const result = await run(
      { deployment: 'ode-api', image: 'repo/ode-api:crash', 'github-environment': 'production' },
      { env: { GITHUB_API_URL: github.url }, githubToken: 'ghs_eksStandInToken000000000000000000' },
    ).finally(() => github.stop());
    try {
      expect(result.code).toBe(1);
      expect(github.problems).toEqual([]);
      expect(github.history('production')).toEqual([
        {
          task: 'deploy',
          states: ['in_progress', 'failure'],
          payload: expect.objectContaining({ id: `eks:${CLUSTER}/ode/ode-api`, target: 'eks' }),
        },
      ]);
      expect(github.deployments[0]?.statuses[1]?.description).toMatch(/^Rollout failed — ode-api: pod /);
      expect(failure(result)).toMatch(
        /^Rollout failed — ode-api: pod ode-api-\w+-\w+ of the new ReplicaSet is in CrashLoopBackOff \(container ode-api: Error: connect ECONNREFUSED 10\.0\.0\.9:5432\)/,
      );
      expect(failure(result)).toContain('restored to their previous templates');
      expect(live('ode-api').spec.template).toEqual(before);
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(record?.status).toBe('rolled-back');
      expect(record?.previous?.images).toEqual(
        Object.fromEntries(before.spec.containers.map((c) => [c.name, c.image])),
      );
      expect(JSON.parse(result.outputs['revisions'] ?? '')).toEqual({ 'ode-api': 4 });
      expect(result.summary).toContain('CrashLoopBackOff');
      expect(result.summary).toContain('ECONNREFUSED');
      expect(result.summary).toContain('Back-off restarting failed container ode-api');
      expect(result.summary).toContain('Undo of ode-api: restored the template of revision 2');
    } finally {
      result.cleanup();
    }
  });

  it.each([
    ['no Deployment given', { deployment: '', image: 'repo/x:v2' }, "Input 'deployment' is required"],
    [
      'an images line without =',
      { deployment: 'ode-api', images: 'ode-api repo/ode-api:v3' },
      `Input 'images' has an invalid value "ode-api repo/ode-api:v3" (no = in the line)`,
    ],
    [
      'an unknown container',
      { deployment: 'ode-api', image: 'repo/ode-api:v3', container: 'web' },
      `Input 'container' has an invalid value "web" (no such container): expected a container of Deployment ode/ode-api: ode-api.`,
    ],
    [
      'no container for a Deployment with two',
      { deployment: 'ode-viewer', image: 'repo/viewer:v2' },
      `Input 'container' is required: the name of one of the containers of Deployment ode/ode-viewer: viewer, proxy.`,
    ],
    [
      'an images key no Deployment has',
      { deployment: 'ode-api, ode-worker', images: 'ode-api=repo/a:v3\node-worker=repo/w:v3\nnginx=nginx:1' },
      `Input 'images' has an invalid value "nginx" (no such container in any of the Deployments)`,
    ],
    [
      'image and images together',
      { deployment: 'ode-api', image: 'a:1', images: 'ode-api=a:2' },
      "either 'image' (with 'container') or 'images', not both",
    ],
  ])('fails before any patch on %s', async (_, inputs, message) => {
    const mutations = kube.mutations().length;
    const result = await run(inputs);
    try {
      expect(result.code).toBe(1);
      expect(failure(result)).toContain(message);
      expect(kube.mutations()).toHaveLength(mutations);
    } finally {
      result.cleanup();
    }
  });

  it('explains a 401 with the caller ARN and the access entry to add', async () => {
    kube.setAuth({ kind: 'reject', status: 401 });
    const result = await run({ deployment: 'ode-api', image: 'repo/ode-api:v5' });
    kube.setAuth({ kind: 'eks-token' });
    try {
      expect(result.code).toBe(1);
      expect(failure(result)).toMatch(
        /^EKS cluster ode-e2e does not let the IAM principal arn:aws:\w+::\d{12}:\S+ in \(401 Unauthorized\)/,
      );
      expect(failure(result)).toContain('aws eks create-access-entry --cluster-name ode-e2e');
    } finally {
      result.cleanup();
    }
  });

  it('fails before any AWS or Kubernetes call when the kubeconfig file does not exist', async () => {
    const requests = kube.requests.length;
    const result = await run({
      deployment: 'ode-worker',
      image: 'repo/ode-worker:v3',
      kubeconfig: 'kube/missing',
    });
    try {
      expect(result.code).toBe(1);
      expect(failure(result)).toContain(
        'Input \'kubeconfig\' has an invalid value "kube/missing" (no such file)',
      );
      expect(kube.requests).toHaveLength(requests);
    } finally {
      result.cleanup();
    }
  });

  it('rolls out through a kubeconfig, masking its token', async () => {
    kube.setAuth({ kind: 'bearer', token: 'kubeconfig-token-42' });
    // In ~/.kube (where `aws eks update-kubeconfig` writes; a kubeconfig may be there, in the
    // workspace or in RUNNER_TEMP), outside the workspace, so the leak check below can scan every
    // file the run could leave.
    const dir = mkdtempSync(join(tmpdir(), 'eks-e2e-kubeconfig-'));
    const path = join(dir, '.kube', 'config');
    mkdirSync(join(dir, '.kube'));
    writeFileSync(path, kube.kubeconfig({ token: 'kubeconfig-token-42', namespace: 'ode' }));
    const result = await run(
      {
        deployment: 'ode-worker',
        image: 'repo/ode-worker:v3',
        kubeconfig: path,
        'api-server': undefined,
        'certificate-authority-data': undefined,
      },
      { home: dir },
    );
    kube.setAuth({ kind: 'eks-token' });
    try {
      expect(failure(result)).toBe('');
      expect(result.code).toBe(0);
      expect(live('ode-worker').spec.template.spec.containers[0]?.image).toBe('repo/ode-worker:v3');
      expect(result.stdout).toContain(`kubeconfig ${path}`);
      expect(result.masks).toContain('kubeconfig-token-42');
      assertNoSecretLeak(result, ['kubeconfig-token-42']);
    } finally {
      result.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on cancel, stops following and records the state reached as cancelled', async () => {
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-big',
      replicas: 40,
      containers: [{ name: 'big', image: 'repo/big:v1' }],
    });
    kube.cluster.settle();
    // The first progress line comes from the first check, right after the patch: the rollout of
    // 40 replicas needs several controller ticks, so the SIGTERM lands while it is under way.
    const result = await run(
      { deployment: 'ode-big', image: 'repo/big:v2' },
      { signalAfter: { signal: 'SIGTERM', when: (stdout) => stdout.includes('ode-big: [') } },
    );
    try {
      expect(result.code).toBe(1);
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(record?.status).toBe('cancelled');
      expect(failure(result)).toMatch(/^Cancelled while following the rollouts; state reached: ode-big: /);
      expect(result.summary).toContain('cancelled');
      // Cancelling does not undo: the Deployment keeps the new template.
      expect(live('ode-big').spec.template.spec.containers[0]?.image).toBe('repo/big:v2');
    } finally {
      result.cleanup();
    }
  });

  it('with rollback-on-cancel: true, a SIGINT right after the patch restores the template, or says how far it got', async () => {
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-huge',
      replicas: 40,
      containers: [{ name: 'huge', image: 'repo/huge:v1' }],
    });
    kube.cluster.settle();
    // The signal lands right after the patch. Whether the controller (ticking every 100 ms) has
    // assigned the new revision before the restore reads the Deployment is a race this test does not
    // control: if it has, the restore starts; if not, the record's revision is not the live one and
    // the restore (which only undoes its own revision) is refused. Either way the step fails and
    // reports exactly what happened, and the live template agrees with the report.
    const result = await run(
      { deployment: 'ode-huge', image: 'repo/huge:v2', 'rollback-on-cancel': true },
      {
        signalAfter: {
          signal: 'SIGINT',
          when: (stdout) => stdout.includes('ode-huge: [0s] waiting for the Deployment controller'),
        },
      },
    );
    try {
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('Cancelled (SIGINT): starting the restore of the previous state');
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      const image = live('ode-huge').spec.template.spec.containers[0]?.image;
      if (result.outputs['rolled-back'] === 'true') {
        expect(failure(result)).toMatch(
          /^Cancelled \(SIGINT\): the restore of the previous state was started \d+ ms after SIGINT/,
        );
        expect(record?.status).toBe('rolled-back');
        expect(image).toBe('repo/huge:v1');
      } else {
        expect(result.outputs['rolled-back']).toBe('false');
        expect(failure(result)).toMatch(
          /^Cancelled \(SIGINT\): the restore got this far within the grace period: 0 of 1 started; not restored: eks:ode-e2e\/ode\/ode-huge: refused: /,
        );
        expect(record?.status).toBe('cancelled');
        expect(image).toBe('repo/huge:v2');
      }
    } finally {
      result.cleanup();
    }
  });
});
