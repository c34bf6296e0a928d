// Hostile records: each case starts from a deployment whose record is anchored in AWS (or the
// cluster) as its deploy anchors it, then crafts the record the way an attacker or a careless
// copy-paste would. The auto-rollback bundle, run as the runner runs it against moto behind the
// recording proxy (and the Kubernetes double for EKS), must refuse every one with exactly one
// `::error::`, no mutating AWS call and no mutating Kubernetes request.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { ECRClient } from '@aws-sdk/client-ecr';
import { gzipSync } from 'node:zlib';
import {
  ecsDeployment as ecsDeploymentIn,
  lambdaAliasDeployment,
  stackUpdate,
  topicTemplate,
} from '../support/rollback-fixtures.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { isMutating, startProxy, type Proxy } from '../support/proxy.js';
import { Figures } from './lib/report.js';
import { errorLines, type InputValue, type RunResult } from '../support/harness.js';
import { runProxied } from '../support/proxied-run.js';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import { anchorEcs, anchorEks } from '../support/breadcrumbs.js';
import type { Deployment } from '../../shared/kube/types.js';
import { newRecordId, sha256 } from '../../shared/record/breadcrumb.js';
import {
  RECORD_SCHEMA,
  encodeRecord,
  type CloudFormationRecord,
  type DeploymentRecord,
  type EcsRecord,
  type EksRecord,
  type LambdaRecord,
} from '../../shared/record/record.js';
import { ecsClient } from '../support/ecs-service.js';
import { motoConfig } from '../support/moto.js';
import { ensureEksCluster } from '../support/eks-cluster.js';
import { createImageFunction, REGISTRY } from '../fixtures/lambda/moto.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(120_000);

let emulators: Emulators;
let proxy: Proxy;
let motoUrl: string;
let ecs: ECSClient;
let kube: KubeDouble;
let sequence = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(sequence += 1)}`;
const clients = <C>(Client: new (config: object) => C): C => new Client(motoConfig(motoUrl));
const EKS_CLUSTER = 'hostile-records';

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  motoUrl = emulators.env['MOTO_URL'] ?? '';
  if (!motoUrl) throw new Error('MOTO_URL missing from the test env');
  proxy = await startProxy({ target: motoUrl });
  ecs = ecsClient(motoUrl);
  kube = await startKubeDouble({ tickIntervalMs: 100 });
  await ensureEksCluster(motoUrl, EKS_CLUSTER);
}, 120_000);

afterAll(async () => {
  figures.save();
  ecs?.destroy();
  await kube?.close();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

interface Attempt {
  result: RunResult;
  /** Every AWS request, mutating or not. */
  calls: number;
  mutating: string[];
  kubeMutations: number;
}

async function rollback(deployment: string, inputs: Record<string, InputValue> = {}): Promise<Attempt> {
  const kubeBefore = kube.mutations().length;
  const { result, calls } = await runProxied(
    proxy,
    'auto-rollback',
    {
      deployment,
      'max-poll-interval': '1s',
      'fail-on-rollback': false,
      'api-server': kube.url,
      'certificate-authority-data': kube.certificates.caData,
      ...inputs,
    },
    { env: { AWS_MAX_ATTEMPTS: '3' } },
  );
  return {
    result,
    calls: calls.length,
    mutating: calls.filter(isMutating).map((call) => call.operation),
    kubeMutations: kube.mutations().length - kubeBefore,
  };
}

const figures = new Figures('auto-rollback-hostile-records');

function expectRefused(attempt: Attempt, reason: RegExp): void {
  const errors = errorLines(attempt.result);
  expect(errors).toEqual([expect.stringMatching(reason)]);
  expect(attempt.result.code).toBe(1);
  expect(attempt.mutating).toEqual([]);
  expect(attempt.kubeMutations).toBe(0);
  const { currentTestName = '' } = expect.getState();
  figures.hostileRecord({
    target: /^hostile (\w+)/.exec(currentTestName)?.[1] ?? 'any (input checks)',
    scenario: currentTestName,
    errors: errors.length,
    mutatingCalls: attempt.mutating.length,
    kubeMutations: attempt.kubeMutations,
  });
}

// ---------------------------------------------------------------- fixtures, one deploy per target

const ecsDeployment = () => ecsDeploymentIn(ecs);

async function lambdaDeployment(): Promise<{ record: LambdaRecord; other: string }> {
  const lambda = clients(LambdaClient);
  const ecr = clients(ECRClient);
  const { record, v1 } = await lambdaAliasDeployment({ lambda, ecr }, motoUrl, {
    repository: unique('hostile-fn'),
    functionName: unique('fn'),
    seed: sequence,
  });
  // a second function, never deployed by us: no breadcrumb
  const other = unique('fn-other');
  await createImageFunction(lambda, other, v1);
  lambda.destroy();
  ecr.destroy();
  return { record, other };
}

function eksDeployment(): { record: EksRecord; name: string } {
  const name = unique('api');
  kube.cluster.createDeployment({
    namespace: 'shop',
    name,
    replicas: 1,
    containers: [{ name: 'api', image: 'repo/api:v1' }],
  });
  kube.cluster.settle();
  const live = kube.cluster.get<Deployment>('deployments', 'shop', name);
  const container = live?.spec.template.spec.containers[0];
  if (container) container.image = 'repo/api:v2';
  if (live) kube.cluster.put('deployments', live);
  kube.cluster.settle();
  // a Deployment of the same name in kube-system, never deployed by us
  kube.cluster.createDeployment({
    namespace: 'kube-system',
    name,
    replicas: 1,
    containers: [{ name: 'api', image: 'repo/api:v1' }],
  });
  kube.cluster.settle();
  const record = anchorEks(kube, {
    schema: RECORD_SCHEMA,
    target: 'eks',
    region: 'us-east-1',
    resource: { cluster: EKS_CLUSTER, namespace: 'shop', deployment: name },
    previous: { revision: 1, images: { api: 'repo/api:v1' } },
    current: { revision: 2, images: { api: 'repo/api:v2' } },
    status: 'failed',
    startedAt: new Date().toISOString(),
  });
  return { record, name };
}

async function stackDeploymentRecord(): Promise<{ record: CloudFormationRecord; bare: string }> {
  const cfn = clients(CloudFormationClient);
  const { record, before } = await stackUpdate(cfn, unique('hostile-stack'));
  // a stack never deployed by us
  const bare = unique('bare-stack');
  await cfn.send(
    new CreateStackCommand({
      StackName: bare,
      TemplateBody: before,
      Parameters: [{ ParameterKey: 'Stage', ParameterValue: 'prod' }],
    }),
  );
  cfn.destroy();
  return { record, bare };
}

const DIGEST = /previous state is not the one its deploy recorded .*digest mismatch/;
const NO_BREADCRUMB = /found no breadcrumb deploy-actions\/record on/;
const OTHER_RECORD = /names record .*not this record/;

type Craft<R> = (record: R) => DeploymentRecord;

// ---------------------------------------------------------------- the cases

describe('hostile ECS records', () => {
  let base: Awaited<ReturnType<typeof ecsDeployment>>;
  let privileged: string;
  beforeAll(async () => {
    base = await ecsDeployment();
    privileged =
      (
        await ecs.send(
          new RegisterTaskDefinitionCommand({
            family: unique('privileged'),
            containerDefinitions: [{ name: 'root', image: 'busybox', memory: 128, privileged: true }],
          }),
        )
      ).taskDefinition?.taskDefinitionArn ?? '';
  });

  const cases: Array<[string, Craft<EcsRecord>, RegExp]> = [
    ['without an id', ({ id: _id, ...record }) => record, /carries no id/],
    ['with another id', (record) => ({ ...record, id: newRecordId() }), OTHER_RECORD],
    [
      'naming a privileged task definition of another family as previous',
      (record) => ({ ...record, previous: { taskDefinitionArn: privileged, desiredCount: 0 } }),
      DIGEST,
    ],
    [
      'raising the previous desired count',
      (record) => ({ ...record, previous: { ...record.previous!, desiredCount: 50 } }),
      DIGEST,
    ],
    [
      'pointing current at a revision no deploy anchored',
      (record) => ({ ...record, current: { taskDefinitionArn: privileged, desiredCount: 0 } }),
      NO_BREADCRUMB,
    ],
    [
      'aimed at another service of the cluster',
      (record) => ({ ...record, resource: { ...record.resource, service: 'payments' } }),
      DIGEST,
    ],
  ];
  it.each(cases)('refuses a record %s', async (_name, craft, reason) => {
    expectRefused(await rollback(encodeRecord(craft(base.record))), reason);
  });
});

describe('hostile Lambda records', () => {
  let base: Awaited<ReturnType<typeof lambdaDeployment>>;
  beforeAll(async () => {
    base = await lambdaDeployment();
  });
  const cases: Array<[string, (b: typeof base) => DeploymentRecord, RegExp]> = [
    [
      'pointing the alias at an arbitrary version',
      ({ record }) => ({ ...record, previous: { ...record.previous!, version: '7' } }),
      DIGEST,
    ],
    [
      'adding weighted routing to the previous state',
      ({ record }) => ({ ...record, previous: { ...record.previous!, routing: { '2': 0.5 } } }),
      DIGEST,
    ],
    [
      'aimed at another alias',
      ({ record }) => ({ ...record, resource: { ...record.resource, alias: 'admin' } }),
      DIGEST,
    ],
    [
      'aimed at a function no deploy tagged',
      ({ record, other }) => ({ ...record, resource: { functionName: other, alias: 'live' } }),
      NO_BREADCRUMB,
    ],
    [
      'restoring an image from another repository',
      ({ record }) => ({
        ...record,
        resource: { functionName: record.resource.functionName },
        previous: { imageUri: `${REGISTRY}/attacker@sha256:${'e'.repeat(64)}` },
      }),
      DIGEST,
    ],
  ];
  it.each(cases)('refuses a record %s', async (_name, craft, reason) => {
    expectRefused(await rollback(encodeRecord(craft(base))), reason);
  });
});

describe('hostile EKS records', () => {
  let base: ReturnType<typeof eksDeployment>;
  beforeAll(() => {
    base = eksDeployment();
  });
  const cases: Array<[string, Craft<EksRecord>, RegExp]> = [
    [
      'aimed at a Deployment of the same name in kube-system',
      (record) => ({ ...record, resource: { ...record.resource, namespace: 'kube-system' } }),
      NO_BREADCRUMB,
    ],
    [
      'naming another revision as previous',
      (record) => ({ ...record, previous: { ...record.previous!, revision: 2 } }),
      DIGEST,
    ],
    [
      'naming a privileged image as previous',
      (record) => ({ ...record, previous: { ...record.previous!, images: { api: 'attacker/rootkit:1' } } }),
      DIGEST,
    ],
    ['with another id', (record) => ({ ...record, id: newRecordId() }), OTHER_RECORD],
  ];
  it.each(cases)('refuses a record %s', async (_name, craft, reason) => {
    expectRefused(await rollback(encodeRecord(craft(base.record))), reason);
  });

  it('refuses a record carrying a pod template, before any call', async () => {
    const text = encodeRecord({
      ...base.record,
      previous: {
        ...base.record.previous!,
        template: {
          spec: { hostPID: true, containers: [{ name: 'x', securityContext: { privileged: true } }] },
        },
      },
    } as unknown as DeploymentRecord);
    const attempt = await rollback(text);
    expectRefused(attempt, /deployment\.previous\.template should be absent/);
  });
});

describe('hostile CloudFormation records', () => {
  let base: Awaited<ReturnType<typeof stackDeploymentRecord>>;
  beforeAll(async () => {
    base = await stackDeploymentRecord();
  });
  const iamUser = topicTemplate('orders', { Backdoor: { Type: 'AWS::IAM::User' } });
  const cases: Array<[string, (b: typeof base) => DeploymentRecord, RegExp]> = [
    [
      'taking CAPABILITY_NAMED_IAM',
      ({ record }) => ({
        ...record,
        previous: { ...record.previous!, capabilities: ['CAPABILITY_NAMED_IAM'] },
      }),
      DIGEST,
    ],
    [
      'swapping in a template that creates an IAM user (digest to match)',
      ({ record }) => ({
        ...record,
        previous: {
          ...record.previous!,
          templateDigest: sha256(iamUser),
          templateGzip: gzipSync(Buffer.from(iamUser)).toString('base64'),
        },
      }),
      DIGEST,
    ],
    [
      'with an empty parameter list',
      ({ record }) => ({ ...record, previous: { ...record.previous!, parameters: [] } }),
      DIGEST,
    ],
    [
      'aimed at a stack no deploy tagged',
      ({ record, bare }) => ({ ...record, resource: { stackName: bare } }),
      NO_BREADCRUMB,
    ],
  ];
  it.each(cases)('refuses a record %s', async (_name, craft, reason) => {
    expectRefused(await rollback(encodeRecord(craft(base))), reason);
  });
});

describe('records that must not reach AWS at all', () => {
  it('refuses twenty copies of one record before any call', async () => {
    const { record } = await ecsDeployment();
    const attempt = await rollback(encodeRecord(Array.from({ length: 20 }, () => record)));
    expectRefused(attempt, /Input 'deployment' .*records 0 and 1 both restore/);
    expect(attempt.calls).toBe(0);
  });

  it('refuses a record of another region than aws-region', async () => {
    const { record } = await ecsDeployment();
    const attempt = await rollback(encodeRecord({ ...record, region: 'eu-west-1' }), {
      'aws-region': 'us-east-1',
    });
    expectRefused(attempt, /Input 'aws-region'.*is in eu-west-1/);
    expect(attempt.calls).toBe(0);
  });
});

describe('a deployment that changed nothing', () => {
  it('restores nothing for current: null, says so, rolled-back false, exit 0', async () => {
    const { record } = await ecsDeployment();
    const attempt = await rollback(
      encodeRecord({ ...record, current: null, message: 'migration: exit code 1' }),
    );
    expect(attempt.result.code).toBe(0);
    expect(errorLines(attempt.result)).toEqual([]);
    expect(attempt.result.outputs['rolled-back']).toBe('false');
    expect(attempt.result.summary).toMatch(/changed nothing, so nothing was restored/);
    expect(attempt.result.summary).toMatch(
      /stopped before it changed the resource \(migration: exit code 1\)/,
    );
    expect(attempt.mutating).toEqual([]);
  });
});

describe('a restore changes only what the deploy changed', () => {
  it('leaves a desired count an autoscaler set after the deploy', async () => {
    const { record, first } = await ecsDeployment();
    const { cluster, service } = record.resource;
    // the autoscaler scales the service out after the deploy (which left the count alone)
    await ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount: 6 }));
    const attempt = await rollback(encodeRecord(record));
    expect(errorLines(attempt.result)).toEqual([]);
    expect(attempt.result.code).toBe(0);
    expect(attempt.mutating).toEqual(['UpdateService']);
    const live = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] })))
      .services?.[0];
    expect([live?.taskDefinition, live?.desiredCount]).toEqual([first, 6]);
  });

  it('puts back a desired count the deploy itself changed', async () => {
    const { record, first } = await ecsDeployment();
    const { cluster, service } = record.resource;
    await ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount: 3 }));
    const scaled = await anchorEcs(ecs, {
      ...record,
      id: newRecordId(),
      current: { ...record.current!, desiredCount: 3 },
    });
    const attempt = await rollback(encodeRecord(scaled));
    expect(attempt.result.code).toBe(0);
    const live = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] })))
      .services?.[0];
    expect([live?.taskDefinition, live?.desiredCount]).toEqual([first, 0]);
  });
});
