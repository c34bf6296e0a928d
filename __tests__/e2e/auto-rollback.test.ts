// The auto-rollback bundle run as the runner runs it, against moto behind the recording proxy:
// each target restored from a record and read back, idempotent reruns, refusals without a
// mutating call, the alarm bake window, a manual rollback, and the IAM policy.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createAlarm, setAlarmState } from '../support/alarms.js';
import { GetAliasCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import { ECRClient } from '@aws-sdk/client-ecr';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import type { Deployment } from '../../shared/kube/types.js';
import {
  ecsDeployment as ecsDeploymentIn,
  lambdaAliasDeployment,
  stackUpdate,
} from '../support/rollback-fixtures.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { isMutating, startProxy, type Proxy, type RecordedCall } from '../support/proxy.js';
import { runProxied } from '../support/proxied-run.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { assertNoSecretLeak, errorLines, type InputValue, type RunResult } from '../support/harness.js';
import { RECORD_SCHEMA, encodeRecord, type EcsRecord } from '../../shared/record/record.js';
import {} from '../support/breadcrumbs.js';
import { CONTAINERS, ecsClient } from '../support/ecs-service.js';
import { motoConfig } from '../support/moto.js';
import { ensureEksCluster } from '../support/eks-cluster.js';
import {} from '../fixtures/lambda/moto.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(90_000);

let emulators: Emulators;
let proxy: Proxy;
let motoUrl: string;
let ecs: ECSClient;
const recorded: RecordedCall[] = [];
let sequence = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(sequence += 1)}`;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  motoUrl = emulators.env['MOTO_URL'] ?? '';
  if (!motoUrl) throw new Error('MOTO_URL missing from the test env');
  proxy = await startProxy({ target: motoUrl });
  ecs = ecsClient(motoUrl);
}, 90_000);

afterAll(async () => {
  ecs?.destroy();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

async function rollback(
  inputs: Record<string, InputValue>,
  options: Parameters<typeof runProxied>[3] = {},
): Promise<{ result: RunResult; calls: RecordedCall[] }> {
  const run = await runProxied(
    proxy,
    'auto-rollback',
    // these tests read the restore back: the step's failure after a rollback has its own test
    { 'max-poll-interval': '1s', 'fail-on-rollback': false, ...inputs },
    { ...options, env: { AWS_MAX_ATTEMPTS: '3', ...options.env } },
  );
  recorded.push(...run.calls);
  return run;
}

const mutating = (calls: RecordedCall[]) => calls.filter(isMutating).map((call) => call.operation);
const clients = <C>(Client: new (config: object) => C): C => new Client(motoConfig(motoUrl));

const ecsDeployment = (launchType?: 'FARGATE') => ecsDeploymentIn(ecs, launchType);

async function liveTaskDefinition(record: EcsRecord): Promise<string | undefined> {
  const described = await ecs.send(
    new DescribeServicesCommand({ cluster: record.resource.cluster, services: [record.resource.service] }),
  );
  return described.services?.[0]?.taskDefinition;
}

describe('auto-rollback bundle: ECS', () => {
  it('restores the previous task definition, then finds it restored on a rerun', async () => {
    const { record, first, second } = await ecsDeployment();
    const { result, calls } = await rollback({
      deployment: encodeRecord(record),
      reason: 'smoke test failed',
    });
    expect(result.code).toBe(0);
    expect(await liveTaskDefinition(record)).toBe(first);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(JSON.parse(result.outputs['restored'] ?? '[]')).toEqual([
      expect.objectContaining({ target: 'ecs', changed: true, status: 'restored' }),
    ]);
    expect(result.outputs['reason']).toBe('smoke test failed');
    expect(mutating(calls)).toEqual(['UpdateService']);
    expect(result.summary).toMatch(/Restored 1 resource/);
    expect(result.summary).toContain(second.split('/').pop());

    const again = await rollback({ deployment: encodeRecord(record) });
    expect(again.result.code).toBe(0);
    expect(again.result.outputs['rolled-back']).toBe('false');
    expect(again.result.summary).toMatch(/already/);
    expect(mutating(again.calls)).toEqual([]);
  });

  it('fails the step after a rollback by default, outputs and summary written first', async () => {
    const { record, first } = await ecsDeployment();
    const { result, calls } = await runProxied(proxy, 'auto-rollback', {
      deployment: encodeRecord(record),
      reason: 'smoke test failed',
      'max-poll-interval': '1s',
    });
    recorded.push(...calls);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual([
      expect.stringMatching(/^Rolled back ecs:.* \(smoke test failed\): the release did not stand/),
    ]);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.summary).toMatch(/Restored 1 resource/);
    expect(await liveTaskDefinition(record)).toBe(first);
  });

  it('restores every resource it can when another fails, and reports both', async () => {
    const { record, first } = await ecsDeployment();
    const gone: EcsRecord = {
      ...record,
      resource: { cluster: record.resource.cluster, service: 'no-such-service' },
    };
    const { result } = await rollback({ deployment: encodeRecord([gone, record]) });
    expect(result.code).toBe(1);
    expect(await liveTaskDefinition(record)).toBe(first);
    const rows = JSON.parse(result.outputs['restored'] ?? '[]') as Array<{
      resource: string;
      status: string;
    }>;
    // the same record aimed at another service no longer matches its breadcrumb
    expect(rows.map((row) => row.status)).toEqual(['refused', 'restored']);
    expect(result.summary).toMatch(/no-such-service/);
  });

  it('refuses when someone deployed since, and restores with force', async () => {
    const { record, first, family } = await ecsDeployment();
    const third = (
      await ecs.send(new RegisterTaskDefinitionCommand({ family, containerDefinitions: CONTAINERS }))
    ).taskDefinition?.taskDefinitionArn;
    await ecs.send(
      new UpdateServiceCommand({
        cluster: record.resource.cluster,
        service: record.resource.service,
        taskDefinition: third,
      }),
    );
    const refused = await rollback({ deployment: encodeRecord(record) });
    expect(refused.result.code).toBe(1);
    expect(errorLines(refused.result)).toEqual([expect.stringMatching(/someone deployed since.*force/)]);
    expect(mutating(refused.calls)).toEqual([]);
    expect(await liveTaskDefinition(record)).toBe(third);

    const forced = await rollback({ deployment: encodeRecord(record), force: true });
    expect(forced.result.code).toBe(0);
    expect(await liveTaskDefinition(record)).toBe(first);
  });

  it('rolls back a service by hand, without a record, to the revision before the live one', async () => {
    const { record, first } = await ecsDeployment();
    const { result } = await rollback({
      target: 'ecs',
      cluster: record.resource.cluster,
      service: record.resource.service,
    });
    expect(result.code).toBe(0);
    expect(await liveTaskDefinition(record)).toBe(first);
  });

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, 80), /not valid JSON/],
    [
      'a wrong schema',
      (text: string) => text.replace(RECORD_SCHEMA, 'aws-deploy-actions/deployment@9'),
      /deployment\.schema/,
    ],
    [
      'an unknown target',
      (text: string) => text.replace('"target":"ecs"', '"target":"beanstalk"'),
      /deployment\.target/,
    ],
    [
      'no previous state',
      (text: string) => text.replace(/"previous":\{[^}]*\},/, ''),
      /deployment\.previous/,
    ],
  ])('refuses a record with %s before any AWS call', async (_name, damage, message) => {
    const { record } = await ecsDeployment();
    const { result, calls } = await rollback({ deployment: damage(encodeRecord(record)) });
    expect(result.code).toBe(1);
    const errors = errorLines(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Input 'deployment'/);
    expect(errors[0]).toMatch(message);
    expect(calls).toEqual([]);
  });
});

describe('auto-rollback bundle: alarms during the bake window', () => {
  async function alarm(state: 'OK' | 'ALARM', region = 'us-east-1'): Promise<string> {
    const cloudwatch = new CloudWatchClient(motoConfig(motoUrl, region));
    const name = await createAlarm(cloudwatch, unique('api-5xx'), { state });
    cloudwatch.destroy();
    return name;
  }

  it('rolls back when an alarm enters ALARM during the bake window', async () => {
    const { record, first } = await ecsDeployment();
    const name = await alarm('OK');
    const cloudwatch = clients(CloudWatchClient);
    let fired = false;
    const running = rollback(
      { deployment: encodeRecord(record), alarms: name, 'bake-time': '40s' },
      {
        signalAfter: {
          signal: 'SIGTERM',
          when: (stdout) => {
            // once the watch has seen the alarm quiet, the release "goes bad"
            if (!fired && /alarm\(s\) not in ALARM/.test(stdout)) {
              fired = true;
              void setAlarmState(cloudwatch, name, 'ALARM', 'Threshold Crossed: 5xx >= 1');
            }
            return false;
          },
        },
      },
    );
    const { result, calls } = await running;
    cloudwatch.destroy();
    expect(fired).toBe(true);
    expect(result.code).toBe(0);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.outputs['reason']).toMatch(new RegExp(`${name} entered ALARM: Threshold Crossed`));
    expect(await liveTaskDefinition(record)).toBe(first);
    expect(calls.filter((call) => call.operation === 'DescribeAlarms').length).toBeGreaterThan(1);
  });

  it('leaves the release alone when the alarms stay quiet (an alarm in ALARM at the start is ignored by default)', async () => {
    const { record, second } = await ecsDeployment();
    const noisy = await alarm('ALARM');
    const quiet = await alarm('OK');
    const { result, calls } = await rollback({
      deployment: encodeRecord(record),
      alarms: `${noisy}\n${quiet}`,
      'bake-time': '3s',
    });
    expect(result.code).toBe(0);
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.summary).toMatch(/ignored until it recovers/);
    expect(mutating(calls)).toEqual([]);
    expect(await liveTaskDefinition(record)).toBe(second);
  });

  it('rolls back at once on an alarm already in ALARM with alarms-in-alarm-at-start: fail', async () => {
    const { record, first } = await ecsDeployment();
    const noisy = await alarm('ALARM');
    const { result } = await rollback({
      deployment: encodeRecord(record),
      alarms: noisy,
      'bake-time': '5m',
      'alarms-in-alarm-at-start': 'fail',
    });
    expect(result.code).toBe(0);
    expect(result.outputs['reason']).toMatch(/already in ALARM when the bake window started/);
    expect(await liveTaskDefinition(record)).toBe(first);
  });
  it('watches an alarm given as an ARN in its own region, not the record’s', async () => {
    const { record, first } = await ecsDeployment();
    const name = await alarm('ALARM', 'eu-west-1');
    // the same name in the record's region stays quiet: only eu-west-1 may trigger the rollback
    const cloudwatch = clients(CloudWatchClient);
    await createAlarm(cloudwatch, name);
    cloudwatch.destroy();
    const arn = `arn:aws:cloudwatch:eu-west-1:123456789012:alarm:${name}`;
    const { result } = await rollback({
      deployment: encodeRecord(record),
      alarms: arn,
      'bake-time': '5m',
      'alarms-in-alarm-at-start': 'fail',
    });
    expect(result.code).toBe(0);
    expect(result.outputs['reason']).toBe(
      `alarm ${arn} was already in ALARM when the bake window started: set ALARM by the test`,
    );
    expect(await liveTaskDefinition(record)).toBe(first);
  });

  it('refuses a bare alarm name when the records span two regions, before any AWS call', async () => {
    const { record } = await ecsDeployment();
    const elsewhere = { ...record, region: 'eu-west-1' };
    const { result, calls } = await rollback({
      deployment: encodeRecord([record, elsewhere]),
      alarms: 'api-5xx',
      'bake-time': '5m',
    });
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual([
      expect.stringContaining(
        `Input 'alarms' has an invalid value "api-5xx" (the records are in us-east-1, eu-west-1, so a bare alarm name does not say which region it is in): expected alarm ARNs`,
      ),
    ]);
    expect(calls).toEqual([]);
  });
});

describe('auto-rollback bundle: Lambda and CloudFormation', () => {
  it('moves a Lambda alias back to the previous version', async () => {
    const lambda = clients(LambdaClient);
    const ecr = clients(ECRClient);
    const name = unique('fn');
    const { record } = await lambdaAliasDeployment({ lambda, ecr }, motoUrl, {
      repository: unique('fn-images'),
      functionName: name,
      seed: sequence,
    });
    const { result, calls } = await rollback({ deployment: encodeRecord(record) });
    expect(result.code).toBe(0);
    expect(mutating(calls)).toEqual(['UpdateAlias']);
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
    expect([alias.FunctionVersion, alias.RoutingConfig?.AdditionalVersionWeights ?? {}]).toEqual(['1', {}]);
    const again = await rollback({ deployment: encodeRecord(record) });
    expect(again.result.outputs['rolled-back']).toBe('false');
    lambda.destroy();
    ecr.destroy();
  });

  it('redeploys the previous CloudFormation template and parameters', async () => {
    const cfn = clients(CloudFormationClient);
    const stackName = unique('stack');
    const { record, before } = await stackUpdate(cfn, stackName);
    const { result } = await rollback({ deployment: encodeRecord(record) });
    expect(errorLines(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect((await cfn.send(new GetTemplateCommand({ StackName: stackName }))).TemplateBody).toBe(before);
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks?.[0];
    expect(stack?.StackStatus).toBe('UPDATE_COMPLETE');
    cfn.destroy();
  });
});

describe('auto-rollback bundle: EKS', () => {
  let kube: KubeDouble;

  beforeAll(async () => {
    kube = await startKubeDouble({ tickIntervalMs: 100 });
    await ensureEksCluster(motoUrl, 'ode-rollback');
    kube.cluster.createDeployment({
      namespace: 'ode',
      name: 'ode-api',
      replicas: 2,
      containers: [{ name: 'ode-api', image: 'repo/ode-api:v1' }],
    });
    kube.cluster.settle();
  });

  afterAll(async () => {
    await kube?.close();
  });

  const cluster = () => ({ 'api-server': kube.url, 'certificate-authority-data': kube.certificates.caData });
  const live = () => kube.cluster.get<Deployment>('deployments', 'ode', 'ode-api');

  it('restores the exact previous pod template of a Deployment that eks-rolling-update changed', async () => {
    const before = structuredClone(live()?.spec.template);
    const { result: deployed } = await runProxied(proxy, 'eks-rolling-update', {
      'cluster-name': 'ode-rollback',
      namespace: 'ode',
      deployment: 'ode-api',
      image: 'repo/ode-api:v2',
      ...cluster(),
    });
    expect(deployed.code).toBe(0);
    expect(live()?.spec.template.spec.containers[0]?.image).toBe('repo/ode-api:v2');

    const { result, calls } = await rollback({
      deployment: deployed.outputs['deployment'] ?? '',
      ...cluster(),
    });
    expect(result.code).toBe(0);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(calls.map((call) => call.operation)).toContain('DescribeCluster');
    const restored = structuredClone(live()?.spec.template);
    expect(restored?.spec.containers).toEqual(before?.spec.containers);
    expect(restored?.metadata?.labels?.['app']).toEqual(before?.metadata?.labels?.['app']);

    const again = await rollback({ deployment: deployed.outputs['deployment'] ?? '', ...cluster() });
    expect(again.result.code).toBe(0);
    expect(again.result.outputs['rolled-back']).toBe('false');
  });

  it('restores through a kubeconfig, as eks-rolling-update reached the cluster, masking its token', async () => {
    const token = 'rollback-kubeconfig-token-7';
    kube.setAuth({ kind: 'bearer', token });
    // in ~/.kube, outside the workspace, which the leak check reads: this file holds the token by design
    const dir = mkdtempSync(join(tmpdir(), 'rollback-kubeconfig-'));
    mkdirSync(join(dir, '.kube'));
    const kubeconfig = join(dir, '.kube', 'config');
    writeFileSync(kubeconfig, kube.kubeconfig({ token, namespace: 'ode' }));
    try {
      const before = structuredClone(live()?.spec.template);
      const { result: deployed } = await runProxied(
        proxy,
        'eks-rolling-update',
        {
          'cluster-name': 'ode-rollback',
          namespace: 'ode',
          deployment: 'ode-api',
          image: 'repo/ode-api:v3',
          kubeconfig,
        },
        { home: dir },
      );
      expect(deployed.code).toBe(0);
      const { result, calls } = await rollback(
        { deployment: deployed.outputs['deployment'] ?? '', kubeconfig },
        { home: dir },
      );
      expect(result.code).toBe(0);
      expect(result.outputs['rolled-back']).toBe('true');
      expect(calls).toEqual([]);
      expect(live()?.spec.template.spec.containers).toEqual(before?.spec.containers);
      expect(result.masks).toContain(token);
      assertNoSecretLeak(result, [token]);
    } finally {
      kube.setAuth({ kind: 'eks-token' });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('auto-rollback bundle: ECS rollback-command', () => {
  // moto moves a RunTask task one lifecycle state on per DescribeTasks (RUNNING → … → STOPPED,
  // exit code 0, after four reads): a 1s wait-timeout (two reads) plays a command that hangs.
  const tasksOf = async (record: EcsRecord) => {
    const cluster = record.resource.cluster;
    const arns =
      (await ecs.send(new ListTasksCommand({ cluster, startedBy: 'auto-rollback/rollback-command' })))
        .taskArns ?? [];
    return arns.length
      ? ((await ecs.send(new DescribeTasksCommand({ cluster, tasks: arns }))).tasks ?? [])
      : [];
  };

  it('runs the downgrade from the release task definition, then restores the service', async () => {
    const { record, first, second } = await ecsDeployment('FARGATE');
    const { result, calls } = await rollback({
      deployment: encodeRecord(record),
      'rollback-command': 'alembic downgrade -1',
    });
    expect(errorLines(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect(await liveTaskDefinition(record)).toBe(first);
    expect(mutating(calls)).toEqual(['RunTask', 'UpdateService']);
    const tasks = await tasksOf(record);
    expect(
      tasks.map((task) => [task.taskDefinitionArn, task.overrides?.containerOverrides?.[0]?.command]),
    ).toEqual([[second, ['sh', '-c', 'alembic downgrade -1']]]);
    expect(JSON.parse(result.outputs['rollback-command-result'] ?? '{}')).toMatchObject({
      status: 'succeeded',
      exitCode: 0,
      container: 'app',
      taskDefinitionArn: second,
    });
    expect(result.summary).toMatch(/Rollback command .*alembic downgrade -1/);
  });

  it('a downgrade that does not finish stops the restore: the task is stopped, the release stays, the step fails', async () => {
    const { record, second } = await ecsDeployment('FARGATE');
    const { result, calls } = await rollback({
      deployment: encodeRecord(record),
      'rollback-command': '["alembic","downgrade","-1"]',
      'wait-timeout': '1s',
    });
    expect(result.code).toBe(1);
    expect(await liveTaskDefinition(record)).toBe(second);
    expect(mutating(calls)).toEqual(['RunTask', 'StopTask']);
    expect((await tasksOf(record)).map((task) => task.lastStatus)).toEqual(['STOPPED']);
    expect(errorLines(result)).toEqual([
      expect.stringMatching(/the rollback command timed-out, so the service was not restored/),
    ]);
    expect(JSON.parse(result.outputs['restored'] ?? '[]')).toEqual([
      expect.objectContaining({ changed: false, status: 'failed' }),
    ]);
    expect(JSON.parse(result.outputs['rollback-command-result'] ?? '{}')).toMatchObject({
      status: 'timed-out',
    });
    expect(result.summary).toMatch(/Failed \(timed-out\), so the service was not restored/);
  });

  it('a release deployed with a rollback-command is not restored without it: an input error, no AWS call', async () => {
    const { record } = await ecsDeployment();
    const declared: EcsRecord = {
      ...record,
      current: { ...record.current!, rollbackCommandDigest: `sha256:${'0'.repeat(64)}` },
    };
    const { result, calls } = await rollback({ deployment: encodeRecord(declared) });
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual([expect.stringMatching(/Input 'rollback-command' is required/)]);
    expect(calls).toEqual([]);
  });
});

describe('auto-rollback IAM policy', () => {
  // Restore paths moto cannot reach (no failed rollouts, no CancelUpdateStack/ContinueUpdateRollback
  // API, no EKS cluster behind it in this file): unit- or integration-tested elsewhere.
  const NOT_RECORDED_HERE = [
    'cloudformation:CancelUpdateStack',
    'cloudformation:ContinueUpdateRollback',
    'cloudformation:DescribeStackEvents',
    'ecs:ListTasks',
    // implied by RunTask with a task or execution role: no call of its own
    'iam:PassRole',
    'lambda:ListVersionsByFunction',
    'lambda:UpdateFunctionCode',
    'logs:GetLogEvents',
    // EC2 restores run over SSM Run Command: recorded by the deploy-ec2 e2e tests (its SSM stand-in)
    'ssm:CancelCommand',
    'ssm:GetCommandInvocation',
    'ssm:SendCommand',
    'sts:GetCallerIdentity',
  ];

  it('grants exactly the operations the action was recorded calling, plus the listed unreachable ones', () => {
    const granted = new Set(policyActions('actions/auto-rollback/iam-policy.json'));
    const used = new Set(recordedActions(recorded));
    expect([...used].filter((action) => !granted.has(action)).sort()).toEqual([]);
    expect([...granted].filter((action) => !used.has(action)).sort()).toEqual([...NOT_RECORDED_HERE].sort());
  });
});
