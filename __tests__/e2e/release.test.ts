// The root action (dist/release) run exactly as the runner runs it (`uses: owner/repo@v1` →
// action.yml at the repository root), against moto behind the recording proxy and a local HTTP
// server standing in for the service: deploy → smoke test → bake → rollback, read back from moto.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createAlarm, setAlarmState } from '../support/alarms.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { isMutating, startProxy, type Proxy, type RecordedCall } from '../support/proxy.js';
import { runProxied } from '../support/proxied-run.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { type InputValue, type RunResult, errorLines, type RunOptions } from '../support/harness.js';
import { reply, startHttpServer, type TestServer } from '../support/http-servers.js';
import { validateRecord, type EcsRecord } from '../../shared/record/index.js';
import { createService, ecsClient } from '../support/ecs-service.js';
import { motoConfig, uniqueName } from '../support/moto.js';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECR_HOST, putEcrImage } from '../support/ecr-images.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(120_000);

let emulators: Emulators;
let proxy: Proxy;
let ecs: ECSClient;
let cloudwatch: CloudWatchClient;
/** The service stand-in: healthy unless `healthy` is false. */
let app: TestServer;
let healthy = true;
/** Every call the bundle made in this file, for the IAM policy comparison. */
const recorded: RecordedCall[] = [];

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const target = emulators.env['MOTO_URL'];
  if (!target) throw new Error('MOTO_URL missing from the test env');
  proxy = await startProxy({ target });
  ecs = ecsClient(target);
  cloudwatch = new CloudWatchClient(motoConfig(target));
  app = await startHttpServer((request, response) =>
    request.url === '/health' && healthy
      ? reply(response, 200, { status: 'ok' })
      : reply(response, 503, 'unhealthy'),
  );
}, 90_000);

afterAll(async () => {
  ecs?.destroy();
  cloudwatch?.destroy();
  await app?.close();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

async function release(
  inputs: Record<string, InputValue>,
  options: RunOptions = {},
): Promise<{ result: RunResult; calls: RecordedCall[] }> {
  const run = await runProxied(proxy, '.', inputs, {
    timeoutMs: 90_000,
    ...options,
    env: { AWS_MAX_ATTEMPTS: '3', ...options.env },
  });
  recorded.push(...run.calls);
  return run;
}

function recordOf(result: RunResult): EcsRecord {
  return validateRecord(JSON.parse(result.outputs['deployment'] ?? 'null')) as EcsRecord;
}

async function liveTaskDefinition(cluster: string, service: string): Promise<string | undefined> {
  const described = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  return described.services?.[0]?.taskDefinition;
}

const errors = (result: RunResult) => errorLines(result);

async function quietAlarm(client = cloudwatch): Promise<string> {
  return createAlarm(client, uniqueName('api-5xx'), { reason: 'quiet' });
}

describe('release bundle (target: ecs)', () => {
  it('deploys, passes the smoke test, outputs the target outputs and a succeeded record', async () => {
    healthy = true;
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const { result, calls } = await release({
      target: 'ecs',
      cluster,
      service,
      image: '127.0.0.1:5000/web:v2',
      url: `${app.url}/health`,
      'max-poll-interval': '1s',
    });
    expect(errors(result)).toEqual([]);
    expect(result.code).toBe(0);
    const live = await liveTaskDefinition(cluster, service);
    expect(live).not.toBe(taskDefinitionArn);
    expect(result.outputs).toMatchObject({
      'task-definition-arn': live,
      'previous-task-definition-arn': taskDefinitionArn,
      'rollout-state': 'COMPLETED',
      passed: 'true',
      'rolled-back': 'false',
    });
    expect(result.outputs['reason']).toBeUndefined();
    expect(JSON.parse(result.outputs['report'] ?? '{}')).toMatchObject({ passed: true });
    expect(recordOf(result)).toMatchObject({
      target: 'ecs',
      status: 'succeeded',
      resource: { cluster, service },
      previous: { taskDefinitionArn },
      current: { taskDefinitionArn: live, images: { app: '127.0.0.1:5000/web:v2' } },
    });
    expect(calls.filter((call) => call.operation === 'UpdateService')).toHaveLength(1);
    expect(app.requests.length).toBeGreaterThan(0);
    // One timeline: deploy, smoke test, bake (skipped: no alarms).
    expect(result.summary).toMatch(/\| deploy \| ✅ succeeded \|/);
    expect(result.summary).toMatch(/\| smoke test \| ✅ succeeded \|.*1\/1 check/);
  });

  it('rolls back when the smoke test fails: the service runs the previous task definition again', async () => {
    healthy = false;
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const { result, calls } = await release({
      target: 'ecs',
      cluster,
      service,
      image: '127.0.0.1:5000/web:broken',
      url: `${app.url}/health`,
      timeout: '2s',
      interval: '200ms',
      'max-poll-interval': '1s',
    });
    expect(result.code).toBe(1);
    expect(await liveTaskDefinition(cluster, service)).toBe(taskDefinitionArn);
    expect(result.outputs).toMatchObject({ passed: 'false', 'rolled-back': 'true' });
    expect(result.outputs['reason']).toMatch(/smoke test failed: GET .*\/health/);
    const record = recordOf(result);
    expect(record.status).toBe('rolled-back');
    expect(record.message).toMatch(/smoke test failed/);
    expect(record.current?.taskDefinitionArn).toBe(result.outputs['task-definition-arn']);
    expect(errors(result)).toEqual([expect.stringMatching(/Release failed: smoke test failed.*rolled back/)]);
    // The deploy's UpdateService, then the rollback's.
    expect(calls.filter((call) => call.operation === 'UpdateService')).toHaveLength(2);
    expect(result.summary).toMatch(/\| smoke test \| ❌ failed \|/);
    expect(result.summary).toMatch(/\| rollback \| ↩️ restored \|/);
  });

  it('rollback-command: the downgrade runs from the release task definition before the service is restored', async () => {
    healthy = false;
    // FARGATE: moto places the one-off task without container instances
    const { cluster, service, taskDefinitionArn } = await createService(ecs, { launchType: 'FARGATE' });
    const { result, calls } = await release({
      target: 'ecs',
      cluster,
      service,
      image: '127.0.0.1:5000/web:broken',
      'rollback-command': 'alembic downgrade -1',
      url: `${app.url}/health`,
      timeout: '2s',
      interval: '200ms',
      'max-poll-interval': '1s',
    });
    expect(result.code).toBe(1);
    expect(await liveTaskDefinition(cluster, service)).toBe(taskDefinitionArn);
    const record = recordOf(result);
    expect(record.status).toBe('rolled-back');
    expect(record.current?.rollbackCommandDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain('alembic');
    const operations = calls.map((call) => call.operation);
    const runTask = operations.indexOf('RunTask');
    expect(runTask).toBeGreaterThan(-1);
    expect(runTask).toBeLessThan(operations.lastIndexOf('UpdateService'));
    expect(operations.filter((operation) => operation === 'UpdateService')).toHaveLength(2);
    const taskArns =
      (await ecs.send(new ListTasksCommand({ cluster, startedBy: 'auto-rollback/rollback-command' })))
        .taskArns ?? [];
    const task = (await ecs.send(new DescribeTasksCommand({ cluster, tasks: taskArns }))).tasks ?? [];
    expect(task).toHaveLength(1);
    expect(task[0]?.taskDefinitionArn).toBe(record.current?.taskDefinitionArn);
    expect(task[0]?.overrides?.containerOverrides?.[0]).toMatchObject({
      name: 'app',
      command: ['sh', '-c', 'alembic downgrade -1'],
    });
    expect(JSON.parse(result.outputs['rollback-command-result'] ?? '{}')).toMatchObject({
      status: 'succeeded',
      exitCode: 0,
      container: 'app',
      taskDefinitionArn: record.current?.taskDefinitionArn,
    });
    expect(result.summary).toMatch(/Rollback command .*alembic downgrade -1/);
    expect(result.summary).toMatch(/\| rollback \| ↩️ restored \|/);
  });

  it('rollback-command that does not finish: the task is stopped, the service keeps the release, the reason says why', async () => {
    healthy = false;
    const { cluster, service } = await createService(ecs, { launchType: 'FARGATE' });
    // moto moves a task one state on per DescribeTasks (STOPPED after four reads): a 1s wait is
    // at most three reads, so the downgrade "hangs"; the deploy itself completes at the first check.
    const { result, calls } = await release({
      target: 'ecs',
      cluster,
      service,
      image: '127.0.0.1:5000/web:broken',
      'rollback-command': '["alembic","downgrade","-1"]',
      url: `${app.url}/health`,
      timeout: '2s',
      interval: '200ms',
      'wait-timeout': '1s',
      'max-poll-interval': '1s',
    });
    expect(result.code).toBe(1);
    const record = recordOf(result);
    expect(await liveTaskDefinition(cluster, service)).toBe(record.current?.taskDefinitionArn);
    expect(record.status).toBe('failed');
    const operations = calls.map((call) => call.operation);
    expect(operations.filter((operation) => operation === 'UpdateService')).toHaveLength(1);
    expect(operations.indexOf('StopTask')).toBeGreaterThan(operations.indexOf('RunTask'));
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.outputs['reason']).toMatch(
      /smoke test failed.*the rollback failed: the rollback command timed-out, so the service was not restored/,
    );
    expect(JSON.parse(result.outputs['rollback-command-result'] ?? '{}')).toMatchObject({
      status: 'timed-out',
    });
    expect(result.summary).toMatch(/Failed \(timed-out\), so the service was not restored/);
  });

  it('rolls back when an alarm enters ALARM during the bake time', async () => {
    healthy = true;
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const alarm = await quietAlarm();
    let fired = false;
    const { result, calls } = await release(
      {
        target: 'ecs',
        cluster,
        service,
        image: '127.0.0.1:5000/web:v3',
        url: `${app.url}/health`,
        alarms: alarm,
        'bake-time': '60s',
        'max-poll-interval': '1s',
      },
      {
        signalAfter: {
          signal: 'SIGTERM',
          when: (stdout) => {
            // once the bake has seen the alarm quiet, the release "goes bad"
            if (!fired && /alarm\(s\) not in ALARM/.test(stdout)) {
              fired = true;
              void setAlarmState(cloudwatch, alarm, 'ALARM', 'Threshold Crossed: 5xx >= 1');
            }
            return false;
          },
        },
      },
    );
    expect(fired).toBe(true);
    expect(result.code).toBe(1);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.outputs['reason']).toMatch(new RegExp(`alarm ${alarm} entered ALARM: Threshold Crossed`));
    expect(await liveTaskDefinition(cluster, service)).toBe(taskDefinitionArn);
    expect(recordOf(result).status).toBe('rolled-back');
    expect(calls.filter((call) => call.operation === 'DescribeAlarms').length).toBeGreaterThan(2);
    expect(result.summary).toMatch(/\| bake \| 🚨 alarm \|/);
    expect(result.summary).toMatch(/\| rollback \| ↩️ restored \|/);
  });

  it('with rollback-on-cancel: false, a cancel during the bake time ends the run with the record and the timeline of the state reached', async () => {
    healthy = true;
    const { cluster, service } = await createService(ecs);
    const alarm = await quietAlarm();
    const { result } = await release(
      {
        target: 'ecs',
        cluster,
        service,
        image: '127.0.0.1:5000/web:v5',
        url: `${app.url}/health`,
        alarms: alarm,
        'bake-time': '60s',
        'max-poll-interval': '1s',
        'rollback-on-cancel': false,
      },
      { signalAfter: { signal: 'SIGTERM', when: (stdout) => /alarm\(s\) not in ALARM/.test(stdout) } },
    );
    expect(result.code).toBe(1);
    const record = recordOf(result);
    expect(record.status).toBe('cancelled');
    // Not rolled back: the release stays deployed, as the record says.
    expect(await liveTaskDefinition(cluster, service)).toBe(record.current?.taskDefinitionArn);
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.summary).toMatch(/\| smoke test \| ✅ succeeded \|/);
    expect(result.summary).toMatch(/\| bake \| ⏹️ cancelled \|/);
    expect(result.summary).toMatch(/\| rollback \| ⏭️ skipped \|.*rollback-on-cancel is false/);
    expect(errors(result)).toEqual([
      expect.stringMatching(/Cancelled during the release .*bake: cancelled.*nothing was rolled back/),
    ]);
  });

  it('an alarm name that does not exist fails before anything changes', async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const { result, calls } = await release({
      target: 'ecs',
      cluster,
      service,
      image: '127.0.0.1:5000/web:v4',
      alarms: 'no-such-alarm',
      'bake-time': '1m',
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([expect.stringMatching(/no-such-alarm not found/)]);
    expect(calls.filter(isMutating)).toEqual([]);
    expect(await liveTaskDefinition(cluster, service)).toBe(taskDefinitionArn);
  });

  it('an alarm given as an ARN is watched in its own region, not the release’s', async () => {
    healthy = true;
    const europe = new CloudWatchClient(motoConfig(emulators.env['MOTO_URL'] ?? '', 'eu-west-1'));
    // the alarm exists in eu-west-1 only: read in the release's region it would not be found
    const name = await quietAlarm(europe);
    europe.destroy();
    const arn = `arn:aws:cloudwatch:eu-west-1:123456789012:alarm:${name}`;
    const { cluster, service } = await createService(ecs);
    const { result, calls } = await release({
      target: 'ecs',
      cluster,
      service,
      image: '127.0.0.1:5000/web:v5',
      url: `${app.url}/health`,
      alarms: arn,
      'bake-time': '2s',
      'max-poll-interval': '1s',
    });
    expect(errors(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.summary).toMatch(/\| bake \| ✅ clear \|/);
    expect(calls.filter((call) => call.operation === 'DescribeAlarms').length).toBeGreaterThan(1);
  });
});

describe('release bundle: the image must exist', () => {
  it('a mistyped ECR tag fails before the deploy: one error naming it, 0 mutating calls, no rollback', async () => {
    const ecr = new ECRClient(motoConfig(emulators.env['MOTO_URL'] ?? ''));
    const repository = uniqueName('api');
    await putEcrImage(ecr, repository, 'v2');
    ecr.destroy();
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const { result, calls } = await release({
      target: 'ecs',
      cluster,
      service,
      image: `${ECR_HOST}/${repository}:v2-typo`,
      url: `${app.url}/health`,
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      expect.stringContaining(
        `The image to deploy does not exist, so nothing was changed: ${ECR_HOST}/${repository}:v2-typo (ECR repository ${repository} in account 123456789012 (us-east-1) has no image tagged v2-typo)`,
      ),
    ]);
    expect(calls.filter(isMutating)).toEqual([]);
    expect(calls.map((call) => call.operation)).toEqual(['DescribeImages']);
    expect(await liveTaskDefinition(cluster, service)).toBe(taskDefinitionArn);
  });

  it('an existing ECR tag: the record keeps the digest it resolved to, and the details show it', async () => {
    healthy = true;
    const ecr = new ECRClient(motoConfig(emulators.env['MOTO_URL'] ?? ''));
    const repository = uniqueName('api');
    const { image, digest } = await putEcrImage(ecr, repository, 'v2');
    ecr.destroy();
    const { cluster, service } = await createService(ecs);
    const { result } = await release({
      target: 'ecs',
      cluster,
      service,
      image,
      url: `${app.url}/health`,
      'max-poll-interval': '1s',
    });
    expect(errors(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect(recordOf(result).current).toMatchObject({
      images: { app: image },
      imageDigests: { app: digest },
    });
    expect(result.summary).toContain(`\`${image}\` → \`${digest}\``);
  });
});

describe('release bundle: bad inputs fail before any AWS call', () => {
  it.each([
    [
      'ECS inputs with target: lambda',
      {
        target: 'lambda',
        cluster: 'prod',
        service: 'api',
        'function-name': 'api',
        image: 'x.dkr.ecr.us-east-1.amazonaws.com/api:v2',
      },
      /Input 'cluster' has an invalid value "prod" \('cluster' is for target: ecs, 'service' is for target: ecs\): expected nothing with target: lambda/,
    ],
    [
      'an unknown target',
      { target: 'kubernetes', cluster: 'prod', service: 'api', image: 'web:v2' },
      /Input 'target' has an invalid value "kubernetes": expected one of ecs, lambda/,
    ],
    ['no image for ecs', { target: 'ecs', cluster: 'prod', service: 'api' }, /Input 'image' is required/],
    [
      'alarms without bake-time',
      { target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2', alarms: 'a' },
      /Input 'bake-time'/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const { result, calls } = await release(inputs);
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([expect.stringMatching(message)]);
    expect(calls).toEqual([]);
  });
});

describe('release iam-policy.json', () => {
  // The ECS release's recorded calls are granted under the ReleaseRecordedCalls / ReleaseEcsRecordedCalls
  // statements (RunTask, DescribeTasks and StopTask: the rollback-command task). The other
  // statements cover what moto cannot reach here: failure diagnostics
  // (moto never fails a rollout), the implied TagResource/PassRole, and the
  // Lambda and CloudFormation paths (the same calls deploy-lambda-image and auto-rollback record).
  it('grants exactly the operations the ECS releases above called', () => {
    const granted = policyActions('iam-policy.json', /^Release(Ecs)?RecordedCalls/);
    expect(recordedActions(recorded)).toEqual(granted);
  });
});

describe('release bundle: a cancel restores the previous state (rollback-on-cancel, default true)', () => {
  /**
   * Sends `signal` once `when` matches the log, and notes when the restore's UpdateService reaches
   * moto (through the recording proxy): the restore must start well within the runner's grace
   * period (SIGTERM → kill: 2.5 s).
   */
  async function cancelledRelease(
    inputs: Record<string, InputValue>,
    signal: 'SIGINT' | 'SIGTERM',
    when: RegExp,
  ): Promise<{ result: RunResult; restoreStartedMs: number; exitedMs: number; calls: RecordedCall[] }> {
    let signalledAt = 0;
    let restoreAt = 0;
    const { result, calls } = await release(inputs, {
      signalAfter: {
        signal,
        when: (stdout) => {
          if (!when.test(stdout)) return false;
          signalledAt = Date.now();
          proxy.setFaults({
            only: (call) => {
              if (call.operation === 'UpdateService' && restoreAt === 0) restoreAt = Date.now();
              return false;
            },
          });
          return true;
        },
      },
    });
    expect(signalledAt).toBeGreaterThan(0);
    return { result, calls, restoreStartedMs: restoreAt - signalledAt, exitedMs: Date.now() - signalledAt };
  }

  it('SIGINT during the bake: the restore starts at once, the step reports it and fails', async () => {
    healthy = true;
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const alarm = await quietAlarm();
    const { result, restoreStartedMs, exitedMs, calls } = await cancelledRelease(
      {
        target: 'ecs',
        cluster,
        service,
        image: '127.0.0.1:5000/web:v6',
        url: `${app.url}/health`,
        alarms: alarm,
        'bake-time': '60s',
        'max-poll-interval': '1s',
      },
      'SIGINT',
      /alarm\(s\) not in ALARM/,
    );
    expect(result.code).toBe(1);
    expect(calls.filter((call) => call.operation === 'UpdateService')).toHaveLength(2);
    expect(restoreStartedMs).toBeGreaterThan(0);
    expect(restoreStartedMs).toBeLessThan(2500);
    expect(exitedMs).toBeLessThan(7500);
    expect(await liveTaskDefinition(cluster, service)).toBe(taskDefinitionArn);
    expect(result.outputs['rolled-back']).toBe('true');
    const record = recordOf(result);
    expect(record.status).toBe('rolled-back');
    expect(record.message).toMatch(/restore started \d+ ms after SIGINT, not followed/);
    expect(result.summary).toMatch(/\| bake \| ⏹️ cancelled \|/);
    expect(result.summary).toMatch(/\| rollback \| ↩️ restored \|.*restore started \d+ ms after SIGINT/);
    expect(result.summary).toMatch(
      /Release cancelled: cancelled during the bake time — the restore of the previous state was started/,
    );
    expect(result.stdout).toMatch(/Cancelled \(SIGINT\): starting the restore of the previous state/);
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /Cancelled during the release .*bake: cancelled, rollback: restored\); the restore of the previous state was started\./,
      ),
    ]);
    reportCancelFigure('SIGINT during the bake', restoreStartedMs, exitedMs);
  });

  it('SIGTERM alone (2.5 s to the kill) during a failing smoke test: restored, exited within 2 s', async () => {
    healthy = false;
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const { result, restoreStartedMs, exitedMs } = await cancelledRelease(
      {
        target: 'ecs',
        cluster,
        service,
        image: '127.0.0.1:5000/web:v7',
        url: `${app.url}/health`,
        timeout: '60s',
        interval: '1s',
      },
      'SIGTERM',
      /503/,
    );
    healthy = true;
    expect(result.code).toBe(1);
    expect(result.signal).toBeNull();
    expect(restoreStartedMs).toBeLessThan(1400);
    expect(exitedMs).toBeLessThan(2500);
    expect(await liveTaskDefinition(cluster, service)).toBe(taskDefinitionArn);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(recordOf(result).status).toBe('rolled-back');
    expect(result.summary).toMatch(/\| smoke test \| ⏹️ cancelled \|/);
    expect(result.summary).toMatch(/\| rollback \| ↩️ restored \|/);
    reportCancelFigure('SIGTERM during the smoke test', restoreStartedMs, exitedMs);
  });
});

/** The figures docs/reliability.md quotes ("cancellations survived"), printed with the test run. */
function reportCancelFigure(what: string, restoreStartedMs: number, exitedMs: number): void {
  process.stdout.write(
    `[cancel figure] ${what}: restore's UpdateService ${restoreStartedMs} ms after the signal, exit after ${exitedMs} ms\n`,
  );
}
