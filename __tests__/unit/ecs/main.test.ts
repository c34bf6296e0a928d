// deploy-ecs main() with the AWS SDK mocked and time injected: every path of the deployment,
// checked through what AWS was asked to do, the outputs, the record and the summary.
import { BREADCRUMB_KEY, breadcrumbOf } from '../../../shared/record/breadcrumb.js';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
  DeregisterTaskDefinitionCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  UpdateServiceCommand,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { Summary } from '../../../shared/action/summary.js';
import type { RunContext } from '../../../shared/action/run.js';
import { validateRecord, type EcsRecord } from '../../../shared/record/index.js';
import { parseFileCommands } from '../../support/workflow-commands.js';
import { main } from '../../../actions/deploy-ecs/src/main.js';
import { rollbackCommandDigest } from '../../../shared/targets/ecs/command.js';
import { CLUSTER, NEW_ID, NEW_TD, OLD_ID, OLD_TD, SERVICE, deployment, fakeTime, service } from './fakes.js';

const ecsMock = mockClient(ECSClient);
const logsMock = mockClient(CloudWatchLogsClient);

const LIVE: TaskDefinition = {
  taskDefinitionArn: OLD_TD,
  family: 'web',
  revision: 6,
  status: 'ACTIVE',
  compatibilities: ['EC2', 'FARGATE'],
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'app',
      image: '127.0.0.1:9/web:v1',
      essential: true,
      secrets: [{ name: 'DB', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web', 'awslogs-stream-prefix': 'web' },
      },
    },
    { name: 'sidecar', image: 'busybox:1.36', essential: false },
  ],
};
const LIVE_SERVICE = {
  networkConfiguration: {
    awsvpcConfiguration: {
      subnets: ['subnet-1'],
      securityGroups: ['sg-1'],
      assignPublicIp: 'DISABLED' as const,
    },
  },
  launchType: 'FARGATE' as const,
};

const settled = () =>
  service(
    [
      deployment({
        id: OLD_ID,
        taskDefinition: OLD_TD,
        rolloutState: 'COMPLETED',
        runningCount: 2,
        pendingCount: 0,
      }),
    ],
    LIVE_SERVICE,
  );
const completed = () =>
  service([deployment({ rolloutState: 'COMPLETED', runningCount: 2, pendingCount: 0 })], LIVE_SERVICE);
const rolling = () =>
  service(
    [
      deployment(),
      deployment({
        id: OLD_ID,
        status: 'ACTIVE',
        taskDefinition: OLD_TD,
        rolloutState: 'COMPLETED',
        runningCount: 2,
      }),
    ],
    LIVE_SERVICE,
  );

let dir: string;
let stdout: string[];
const savedEnv = { ...process.env };

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  const defaults = {
    wait: 'true',
    'wait-timeout': '30m',
    'max-poll-interval': '15s',
    'if-in-progress': 'wait',
    'force-new-deployment': 'false',
    'dry-run': 'false',
  };
  for (const [name, value] of Object.entries({ cluster: CLUSTER, service: SERVICE, ...defaults, ...inputs }))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
}

function context(signal: AbortSignal = new AbortController().signal): RunContext {
  return {
    action: 'deploy-ecs',
    signal,
    summary: new Summary(),
    startedAt: new Date('2026-11-23T10:00:00Z'),
  };
}

function outputs(): Record<string, string> {
  return parseFileCommands(readFileSync(join(dir, 'output'), 'utf8'));
}

function record(): EcsRecord {
  return validateRecord(JSON.parse(outputs()['deployment'] ?? 'null')) as EcsRecord;
}

const calls = (command: unknown) => ecsMock.commandCalls(command as never);

beforeEach(() => {
  ecsMock.reset();
  logsMock.reset();
  dir = mkdtempSync(join(tmpdir(), 'deploy-ecs-unit-'));
  writeFileSync(join(dir, 'output'), '');
  Object.assign(process.env, {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_WORKSPACE: dir,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  delete process.env['AWS_CREDENTIAL_EXPIRATION'];
  delete process.env['GITHUB_STEP_SUMMARY'];
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
  ecsMock
    .on(DescribeTaskDefinitionCommand)
    .resolves({ taskDefinition: LIVE, tags: [{ key: 'team', value: 'web' }] });
  ecsMock.on(RegisterTaskDefinitionCommand).callsFake((input: { containerDefinitions?: unknown }) => ({
    taskDefinition: { ...input, taskDefinitionArn: NEW_TD, revision: 7, family: 'web' },
  }));
  ecsMock.on(UpdateServiceCommand).resolves({
    service: service([deployment(), deployment({ id: OLD_ID, status: 'ACTIVE', taskDefinition: OLD_TD })])
      .services![0]!,
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
});

describe('deploy-ecs main', () => {
  it('registers a revision keeping every field, updates the service and follows this deployment', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(settled())
      .resolvesOnce(settled())
      .resolvesOnce(rolling())
      .resolves(completed());
    setInputs({ image: '127.0.0.1:9/web:v2', environment: 'RELEASE=v2' });
    const ctx = context();
    const time = fakeTime();
    await main(ctx, time);

    const registered = calls(RegisterTaskDefinitionCommand)[0]!.args[0].input as Record<string, unknown>;
    expect(registered).not.toHaveProperty('taskDefinitionArn');
    expect(registered).not.toHaveProperty('compatibilities');
    // the live revision's tags, and the breadcrumb naming this deploy's record
    expect(registered['tags']).toEqual([
      { key: 'team', value: 'web' },
      { key: BREADCRUMB_KEY, value: breadcrumbOf({ ...record(), id: record().id ?? '' }) },
    ]);
    expect(registered['containerDefinitions']).toEqual([
      {
        ...LIVE.containerDefinitions![0],
        image: '127.0.0.1:9/web:v2',
        environment: [{ name: 'RELEASE', value: 'v2' }],
      },
      LIVE.containerDefinitions![1],
    ]);
    expect(calls(UpdateServiceCommand)[0]!.args[0].input).toEqual({
      cluster: CLUSTER,
      service: SERVICE,
      taskDefinition: NEW_TD,
    });
    expect(outputs()).toMatchObject({
      'task-definition-arn': NEW_TD,
      'previous-task-definition-arn': OLD_TD,
      'deployment-id': NEW_ID,
      'rollout-state': 'COMPLETED',
    });
    expect(record()).toMatchObject({
      status: 'succeeded',
      previous: {
        taskDefinitionArn: OLD_TD,
        desiredCount: 2,
        images: { app: '127.0.0.1:9/web:v1', sidecar: 'busybox:1.36' },
      },
      current: {
        taskDefinitionArn: NEW_TD,
        deploymentId: NEW_ID,
        images: { app: '127.0.0.1:9/web:v2' },
      },
    });
    const markdown = ctx.summary.toMarkdown();
    expect(markdown).toContain('| app | `127.0.0.1:9/web:v1` | `127.0.0.1:9/web:v2` |');
    expect(markdown).toContain('`web:6` → `web:7`');
    expect(markdown).toMatch(/COMPLETED in .* \(2 polls\)/);
  });

  it('changes nothing on a rerun with the image already live', async () => {
    ecsMock.on(DescribeServicesCommand).resolves(settled());
    setInputs({ image: '127.0.0.1:9/web:v1' });
    await main(context(), fakeTime());
    expect(calls(RegisterTaskDefinitionCommand)).toHaveLength(0);
    expect(calls(UpdateServiceCommand)).toHaveLength(0);
    expect(record()).toMatchObject({
      status: 'succeeded',
      current: { taskDefinitionArn: OLD_TD },
      message: 'already up to date',
    });
  });

  it('dry-run shows the diff and the plan and calls nothing that mutates', async () => {
    ecsMock.on(DescribeServicesCommand).resolves(settled());
    setInputs({ images: 'sidecar=busybox:1.37', 'desired-count': '3', 'dry-run': 'true' });
    const ctx = context();
    await main(ctx, fakeTime());
    expect(calls(RegisterTaskDefinitionCommand)).toHaveLength(0);
    expect(calls(UpdateServiceCommand)).toHaveLength(0);
    expect(record()).toMatchObject({ status: 'planned', current: null });
    expect(ctx.summary.toMarkdown()).toContain(
      'containerDefinitions[sidecar].image: "busybox:1.36" → "busybox:1.37"',
    );
    expect(ctx.summary.toMarkdown()).toContain('desired count 2 → 3');
  });

  describe('if-in-progress', () => {
    it('a deploy that started while this one prepared is never silently undone', async () => {
      // the other deploy's UpdateService lands between this step's snapshot and its own update
      ecsMock.on(DescribeServicesCommand).resolvesOnce(settled()).resolves(rolling());
      setInputs({ image: '127.0.0.1:9/web:v2', 'if-in-progress': 'wait' });
      await expect(main(context(), fakeTime())).rejects.toThrow(
        /Not deploying: 'web' changed since this step read it .*another deploy is under way/,
      );
      expect(calls(UpdateServiceCommand)).toHaveLength(0);
      expect(record()).toMatchObject({ status: 'failed', current: null });
    });

    it('fail: refuses while another deployment rolls out, before any change', async () => {
      ecsMock.on(DescribeServicesCommand).resolves(rolling());
      setInputs({ image: '127.0.0.1:9/web:v2', 'if-in-progress': 'fail' });
      await expect(main(context(), fakeTime())).rejects.toThrow(
        /Not deploying: deployment ecs-svc\/1111111111111111111 .* still in progress/,
      );
      expect(calls(RegisterTaskDefinitionCommand)).toHaveLength(0);
      expect(calls(UpdateServiceCommand)).toHaveLength(0);
      expect(record().status).toBe('failed');
    });

    it('wait: waits for the other deployment to settle, then deploys', async () => {
      ecsMock
        .on(DescribeServicesCommand)
        .resolvesOnce(rolling())
        .resolvesOnce(rolling())
        .resolvesOnce(settled())
        .resolvesOnce(settled())
        .resolvesOnce(settled())
        .resolves(completed());
      setInputs({ image: '127.0.0.1:9/web:v2' });
      const time = fakeTime();
      await main(context(), time);
      // snapshot, two polls of the wait, the snapshot again once it settled, the check just
      // before UpdateService, the follow
      expect(calls(DescribeServicesCommand)).toHaveLength(6);
      expect(time.sleeps.length).toBeGreaterThan(0);
      expect(calls(UpdateServiceCommand)).toHaveLength(1);
      expect(record().status).toBe('succeeded');
    });

    it('ignore: deploys over it with a warning', async () => {
      ecsMock.on(DescribeServicesCommand).resolvesOnce(rolling()).resolves(completed());
      setInputs({ image: '127.0.0.1:9/web:v2', 'if-in-progress': 'ignore' });
      await main(context(), fakeTime());
      expect(stdout.join('')).toMatch(
        /::warning::deployment ecs-svc\/1111111111111111111 .*deploying over it/,
      );
      expect(calls(UpdateServiceCommand)).toHaveLength(1);
    });
  });

  it('explains a FAILED deployment: stopped tasks, exit codes, log tail, events', async () => {
    const failed = service(
      [
        deployment({
          rolloutState: 'FAILED',
          failedTasks: 2,
          rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
        }),
      ],
      {
        ...LIVE_SERVICE,
        events: [
          {
            id: '1',
            createdAt: new Date('2026-11-23T10:01:00Z'),
            message: '(service web) has started 1 tasks.',
          },
        ],
      },
    );
    ecsMock.on(DescribeServicesCommand).resolvesOnce(settled()).resolvesOnce(settled()).resolves(failed);
    ecsMock.on(ListTasksCommand).resolves({
      taskArns: [
        'arn:aws:ecs:us-east-1:123456789012:task/prod/abc123',
        'arn:aws:ecs:us-east-1:123456789012:task/prod/other',
      ],
    });
    ecsMock.on(DescribeTasksCommand).resolves({
      tasks: [
        {
          taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/abc123',
          startedBy: NEW_ID,
          taskDefinitionArn: NEW_TD,
          stoppedReason: 'Essential container in task exited',
          stopCode: 'EssentialContainerExited',
          stoppedAt: new Date('2026-11-23T10:02:00Z'),
          containers: [
            { name: 'app', exitCode: 1, reason: 'OutOfMemoryError' },
            { name: 'sidecar', exitCode: 0 },
          ],
        },
        {
          taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/other',
          startedBy: OLD_ID,
          taskDefinitionArn: OLD_TD,
          stoppedReason: 'Scaling activity',
        },
      ],
    });
    logsMock
      .on(GetLogEventsCommand)
      .resolves({ events: [{ message: 'connecting to db' }, { message: 'Error: DB refused connection' }] });
    setInputs({ image: '127.0.0.1:9/web:v2' });
    const ctx = context();
    await expect(main(ctx, fakeTime())).rejects.toThrow(
      /failed: ECS deployment circuit breaker: tasks failed to start/,
    );
    expect(logsMock.commandCalls(GetLogEventsCommand)[0]!.args[0].input).toMatchObject({
      logGroupName: '/ecs/web',
      logStreamName: 'web/app/abc123',
    });
    const markdown = ctx.summary.toMarkdown();
    expect(markdown).toContain('EssentialContainerExited: Essential container in task exited');
    expect(markdown).toContain('app exit 1 (OutOfMemoryError); sidecar exit 0');
    expect(markdown).not.toContain('Scaling activity');
    expect(markdown).toContain('Error: DB refused connection');
    expect(markdown).toContain('has started 1 tasks');
    expect(outputs()['rollout-state']).toBe('FAILED');
    expect(record()).toMatchObject({ status: 'failed', current: { deploymentId: NEW_ID } });
  });

  it('stops before UpdateService when the migration exits non-zero, with its log tail', async () => {
    ecsMock.on(DescribeServicesCommand).resolves(settled());
    ecsMock.on(RunTaskCommand).resolves({
      tasks: [{ taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/mig1', lastStatus: 'PROVISIONING' }],
    });
    ecsMock
      .on(DescribeTasksCommand)
      .resolvesOnce({
        tasks: [{ taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/mig1', lastStatus: 'RUNNING' }],
      })
      .resolves({
        tasks: [
          {
            taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/mig1',
            lastStatus: 'STOPPED',
            stoppedReason: 'Essential container in task exited',
            containers: [{ name: 'app', exitCode: 3 }],
          },
        ],
      });
    logsMock
      .on(GetLogEventsCommand)
      .resolves({ events: [{ message: "alembic.util.exc.CommandError: Can't locate revision" }] });
    setInputs({ image: '127.0.0.1:9/web:v2', 'migration-command': 'alembic upgrade head' });
    const ctx = context();
    await expect(main(ctx, fakeTime())).rejects.toThrow(
      /migration task failed, so the service was not updated: the migration command exited with code 3/,
    );
    expect(calls(RunTaskCommand)[0]!.args[0].input).toMatchObject({
      cluster: CLUSTER,
      taskDefinition: NEW_TD,
      launchType: 'FARGATE',
      networkConfiguration: LIVE_SERVICE.networkConfiguration,
      overrides: { containerOverrides: [{ name: 'app', command: ['sh', '-c', 'alembic upgrade head'] }] },
    });
    expect(calls(UpdateServiceCommand)).toHaveLength(0);
    expect(ctx.summary.toMarkdown()).toContain("Can't locate revision");
    expect(record()).toMatchObject({ status: 'failed', current: null });
  });

  it('runs a successful migration, then updates the service', async () => {
    ecsMock.on(DescribeServicesCommand).resolvesOnce(settled()).resolvesOnce(settled()).resolves(completed());
    ecsMock
      .on(RunTaskCommand)
      .resolves({ tasks: [{ taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/mig2' }] });
    ecsMock
      .on(DescribeTasksCommand)
      .resolves({ tasks: [{ lastStatus: 'STOPPED', containers: [{ name: 'app', exitCode: 0 }] }] });
    setInputs({ image: '127.0.0.1:9/web:v2', 'migration-command': '["npm","run","migrate"]' });
    await main(context(), fakeTime());
    expect(calls(UpdateServiceCommand)).toHaveLength(1);
    expect(record().status).toBe('succeeded');
  });

  it('records the digest of rollback-command, never the command, and runs nothing for it', async () => {
    ecsMock.on(DescribeServicesCommand).resolvesOnce(settled()).resolvesOnce(settled()).resolves(completed());
    setInputs({
      image: '127.0.0.1:9/web:v2',
      'rollback-command': 'alembic downgrade -1 --sql-password=s3cret',
    });
    await main(context(), fakeTime());
    expect(record().current?.rollbackCommandDigest).toBe(
      rollbackCommandDigest(['sh', '-c', 'alembic downgrade -1 --sql-password=s3cret']),
    );
    expect(JSON.stringify(record())).not.toContain('s3cret');
    expect(calls(RunTaskCommand)).toHaveLength(0);
  });

  it('on cancellation stops following and records the state reached', async () => {
    const controller = new AbortController();
    let polls = 0;
    ecsMock.on(DescribeServicesCommand).callsFake(() => {
      polls += 1;
      if (polls <= 2) return settled();
      if (polls === 4) controller.abort(new Error('Cancelled: the runner sent SIGTERM.'));
      return service([deployment({ runningCount: 1, pendingCount: 1 })], LIVE_SERVICE);
    });
    setInputs({ image: '127.0.0.1:9/web:v2' });
    const ctx = context(controller.signal);
    await expect(main(ctx, fakeTime())).rejects.toThrow(
      /Cancelled while following deployment .* 1\/2 running/,
    );
    expect(record()).toMatchObject({ status: 'cancelled', current: { deploymentId: NEW_ID } });
    expect(record().message).toMatch(/SIGTERM/);
    expect(outputs()['rollout-state']).toBe('IN_PROGRESS');
  });

  it('times out with the state reached', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(settled())
      .resolvesOnce(settled())
      .resolves(service([deployment({ runningCount: 1 })], LIVE_SERVICE));
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });
    setInputs({ image: '127.0.0.1:9/web:v2', 'wait-timeout': '2m' });
    await expect(main(context(), fakeTime())).rejects.toThrow(
      /timed out: .*state reached: PRIMARY IN_PROGRESS: 1\/2 running/,
    );
    expect(record().status).toBe('timed-out');
  });

  it('warns when the credentials expire before the wait could end', async () => {
    ecsMock.on(DescribeServicesCommand).resolvesOnce(settled()).resolvesOnce(settled()).resolves(completed());
    process.env['AWS_CREDENTIAL_EXPIRATION'] = new Date(Date.now() + 10 * 60_000).toISOString();
    setInputs({ image: '127.0.0.1:9/web:v2' });
    await main(context(), fakeTime());
    expect(stdout.join('')).toMatch(
      /::warning::The AWS credentials expire in (9|10)m.*before the wait-timeout of 30m/,
    );
  });

  it('keeps the newest revisions and never deregisters the ones in use', async () => {
    ecsMock.on(DescribeServicesCommand).resolvesOnce(settled()).resolvesOnce(settled()).resolves(completed());
    const arn = (n: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/web:${n}`;
    ecsMock.on(ListTaskDefinitionsCommand).resolves({
      taskDefinitionArns: [7, 6, 5, 4]
        .map(arn)
        .concat('arn:aws:ecs:us-east-1:123456789012:task-definition/web-worker:9'),
    });
    ecsMock.on(DeregisterTaskDefinitionCommand).resolves({});
    setInputs({ image: '127.0.0.1:9/web:v2', 'keep-revisions': '1' });
    await main(context(), fakeTime());
    expect(
      calls(DeregisterTaskDefinitionCommand).map(
        (c) => (c.args[0].input as { taskDefinition: string }).taskDefinition,
      ),
    ).toEqual([arn(5), arn(4)]);
  });

  describe('bad inputs fail before anything changes', () => {
    it.each([
      [{ image: 'a:1', images: 'app=b:2' }, /'images'.*either 'image'.*or 'images', not both/],
      [{ image: 'Registry.Example.com/Web:v2!' }, /Input 'image' has an invalid value/],
      [{ images: 'app=bad image' }, /Input 'images' .*"app=bad image"/],
      [{ 'wait-timeout': 'soon' }, /Input 'wait-timeout'/],
      [{ 'if-in-progress': 'maybe' }, /Input 'if-in-progress' .*one of wait, fail, ignore/],
      // the root release action refuses the same name with the same error
      [
        { image: 'a:1', cluster: 'prod cluster!' },
        'Input \'cluster\' has an invalid value "prod cluster!": expected the name or ARN of an ECS cluster.',
      ],
      [{ image: 'a:1', 'aws-region': 'Paris' }, /Input 'aws-region' has an invalid value "Paris"/],
      [
        { image: 'a:1', 'rollback-command': '["alembic",' },
        /Input 'rollback-command' is invalid at its value/,
      ],
    ])('%j', async (inputs, message) => {
      setInputs(inputs);
      await expect(main(context(), fakeTime())).rejects.toThrow(message);
      expect(ecsMock.calls()).toHaveLength(0);
    });

    it('an unknown container', async () => {
      ecsMock.on(DescribeServicesCommand).resolves(settled());
      setInputs({ image: 'nginx:2', container: 'frontend' });
      await expect(main(context(), fakeTime())).rejects.toThrow(/'container'.*"frontend".*app, sidecar/);
      expect(calls(RegisterTaskDefinitionCommand)).toHaveLength(0);
      expect(calls(UpdateServiceCommand)).toHaveLength(0);
    });

    it('a task-definition file that is not JSON', async () => {
      writeFileSync(join(dir, 'td.json'), '{\n  "family": "web",\n  oops\n}\n');
      setInputs({ image: 'nginx:2', 'task-definition': 'td.json' });
      await expect(main(context(), fakeTime())).rejects.toThrow(
        /"td\.json" \(the file is not valid JSON at line 3/,
      );
      expect(ecsMock.calls()).toHaveLength(0);
    });
  });
});
