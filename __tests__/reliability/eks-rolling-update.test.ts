// eks-rolling-update on a bad day, against moto (through the fault-injecting proxy) and the
// Kubernetes double: a rollout under AWS faults patches each Deployment once, a cancel while a
// rollout is under way exits fast with a record, the EKS token never leaks, bad inputs are refused.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ensureEksCluster } from '../support/eks-cluster.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, type Proxy } from '../support/proxy.js';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import type { InputValue, RunOptions } from '../support/harness.js';
import { decodeRecords } from '../../shared/record/validate.js';
import type { EksRecord } from '../../shared/record/record.js';
import type { Deployment } from '../../shared/kube/types.js';
import { Figures } from './lib/report.js';
import { expectNoSecretLeak, expectRefused, runCancelled, runProxied, SEED } from './lib/scenario.js';

jest.setTimeout(120_000);

const figures = new Figures('eks-rolling-update');
const CLUSTER = 'rel-eks';
const NAMESPACE = 'rel';
let emulators: Emulators;
let proxy: Proxy;
let kube: KubeDouble;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const moto = emulators.env['MOTO_URL'] ?? '';
  proxy = await startProxy({ target: moto });
  await ensureEksCluster(moto, CLUSTER, 'us-east-1');
  kube = await startKubeDouble({ tickIntervalMs: 100 });
}, 120_000);

afterAll(async () => {
  figures.save();
  await kube?.close();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

// moto's DescribeCluster hands back an amazonaws.com endpoint: api-server and the CA always point
// at the double.
const update = (inputs: Record<string, InputValue>, options: Parameters<typeof runProxied>[3] = {}) =>
  runProxied(
    proxy,
    'eks-rolling-update',
    {
      'cluster-name': CLUSTER,
      namespace: NAMESPACE,
      'api-server': kube.url,
      'certificate-authority-data': kube.certificates.caData,
      ...inputs,
    },
    { timeoutMs: 90_000, ...options },
  );

function deployment(name: string, replicas: number): void {
  kube.cluster.createDeployment({
    namespace: NAMESPACE,
    name,
    replicas,
    containers: [{ name: 'app', image: `repo/${name}:v1` }],
  });
  kube.cluster.settle();
}

const live = (name: string): Deployment | undefined =>
  kube.cluster.get<Deployment>('deployments', NAMESPACE, name);

describe('eks-rolling-update under AWS faults', () => {
  it('patches each Deployment once and never leaks the EKS token', async () => {
    deployment('rel-api', 2);
    deployment('rel-worker', 2);
    const before = kube.mutations().length;
    const { result, calls } = await update(
      { deployment: 'rel-api, rel-worker', images: 'app=repo/app:v2' },
      { faults: { throttleRate: 0.2, http500Rate: 0.05, latencyMs: 300, seed: SEED } },
    );
    expect([result.code, result.commands.filter((c) => c.command === 'error')]).toEqual([0, []]);
    const patches = kube.mutations().slice(before);
    expect(patches.map((request) => `${request.method} ${request.path}`).sort()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PATCH .*\/deployments\/rel-api/),
        expect.stringMatching(/^PATCH .*\/deployments\/rel-worker/),
      ]),
    );
    expect(patches.filter((request) => request.method === 'PATCH')).toHaveLength(2);
    expect(live('rel-api')?.spec.template.spec.containers[0]?.image).toBe('repo/app:v2');
    expect(live('rel-worker')?.spec.template.spec.containers[0]?.image).toBe('repo/app:v2');
    const tokens = result.masks.filter((mask) => mask.startsWith('k8s-aws-v1.'));
    expect(tokens.length).toBeGreaterThan(0);
    figures.secret('EKS bearer token (k8s-aws-v1.…)', tokens.length, expectNoSecretLeak(result, tokens));
    figures.fault('two Deployments, new image (AWS calls through the proxy)', calls, [
      `${patches.filter((request) => request.method === 'PATCH').length} PATCH requests to the Kubernetes API, one per Deployment`,
      'both Deployments on the new image (read back from the API double)',
    ]);
    result.cleanup();
  });
});

describe('eks-rolling-update cancelled while following a rollout', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: exits within 2 s with a summary and a cancelled record',
    async (signal) => {
      const name = `rel-big-${signal.toLowerCase()}`;
      deployment(name, 40);
      const { result, signalToExitMs } = await runCancelled(
        (signalAfter: NonNullable<RunOptions['signalAfter']>) =>
          update({ deployment: name, image: 'repo/big:v2' }, { signalAfter }),
        signal,
        (stdout) => stdout.includes(`${name}: [`),
      );
      expect(signalToExitMs).toBeLessThan(2000);
      expect(result.code).toBe(1);
      const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EksRecord[];
      expect(record?.status).toBe('cancelled');
      expect(result.summary).toContain('cancelled');
      figures.cancellation({
        scenario: 'rollout of 40 replicas under way',
        signal,
        signalToExitMs,
        stateReached: `record ${record?.status ?? '?'}: ${record?.message ?? ''}`,
      });
      result.cleanup();
    },
  );
});

describe('eks-rolling-update refuses bad inputs before any call', () => {
  const cases: Array<[string, string, Record<string, InputValue>]> = [
    [
      'cluster name with a slash',
      'cluster-name',
      { 'cluster-name': 'prod/eu', deployment: 'api', image: 'repo/api:v2' },
    ],
    ['namespace in upper case', 'namespace', { namespace: 'Prod', deployment: 'api', image: 'repo/api:v2' }],
    ['Deployment name with an underscore', 'deployment', { deployment: 'my_api', image: 'repo/api:v2' }],
    ['no Deployment', 'deployment', { deployment: '', image: 'repo/api:v2' }],
    ['unparsable image', 'image', { deployment: 'api', image: 'repo/api:v2:v3' }],
    ['images line without =', 'images', { deployment: 'api', images: 'app repo/api:v2' }],
    [
      'api-server over plain http',
      'api-server',
      { deployment: 'api', image: 'repo/api:v2', 'api-server': 'http://127.0.0.1:1' },
    ],
    [
      'CA data that is not a certificate',
      'certificate-authority-data',
      {
        deployment: 'api',
        image: 'repo/api:v2',
        'certificate-authority-data': Buffer.from('not a certificate').toString('base64'),
      },
    ],
    [
      'negative wait-timeout',
      'wait-timeout',
      { deployment: 'api', image: 'repo/api:v2', 'wait-timeout': '-1m' },
    ],
    [
      'undo-on-failure not a boolean',
      'undo-on-failure',
      { deployment: 'api', image: 'repo/api:v2', 'undo-on-failure': 'sure' },
    ],
    [
      'change-cause with a newline (annotation injection)',
      'change-cause',
      {
        deployment: 'api',
        image: 'repo/api:v2',
        'change-cause': 'release 2\nkubernetes.io/evil: yes',
      },
    ],
    [
      'missing kubeconfig file',
      'kubeconfig',
      { deployment: 'api', image: 'repo/api:v2', kubeconfig: 'nope/kubeconfig' },
    ],
  ];
  it.each(cases)('%s', async (_name, input, inputs) => {
    const before = kube.requests.length;
    const refused = await update(inputs);
    const { awsCalls, mutating } = expectRefused(refused, input);
    expect(awsCalls).toBe(0);
    expect(kube.requests.length).toBe(before);
    refused.result.cleanup();
    figures.badInput(awsCalls, mutating);
  });
});
