// The rollback command: a one-off task from the release's task definition, run inside an ECS
// restore once it is decided; every task state (exit 0, non-zero exit, no start, timeout → StopTask)
// and where it sits in the restore (before UpdateService; not when nothing changes or it is refused).
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  RunTaskCommand,
  StopTaskCommand,
  UpdateServiceCommand,
  type Service,
} from '@aws-sdk/client-ecs';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { createEcsRollback } from '../../../../../shared/targets/ecs/adapter.js';
import {
  rollbackCommand,
  rollbackCommandDigest,
  rollbackCommandStep,
  rollbackContainer,
  runRollbackCommand,
} from '../../../../../shared/targets/ecs/rollback-command.js';
import { rollbackCommandOutput } from '../../../../../shared/targets/ecs/command.js';
import { Summary } from '../../../../../shared/action/summary.js';
import { InputError } from '../../../../../shared/action/errors.js';
import { RECORD_SCHEMA, type EcsRecord } from '../../../../../shared/record/index.js';
import { BREADCRUMB_KEY, breadcrumbOf } from '../../../../../shared/record/breadcrumb.js';
import {
  CLUSTER,
  NEW_ID,
  NEW_TD,
  OLD_TD,
  SERVICE,
  deployment,
  fakeTime,
  service,
} from '../../../../support/ecs-fakes.js';
import { CREDENTIALS } from '../../../../support/moto.js';

const ecsMock = mockClient(ECSClient);
const logsMock = mockClient(CloudWatchLogsClient);
const ecs = new ECSClient({ region: 'us-east-1', credentials: CREDENTIALS });
const logs = new CloudWatchLogsClient({ region: 'us-east-1', credentials: CREDENTIALS });
const TASK = 'arn:aws:ecs:us-east-1:123456789012:task/prod/0123456789abcdef';
const OTHER_TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:8';
const NETWORK = {
  awsvpcConfiguration: {
    subnets: ['subnet-1'],
    securityGroups: ['sg-1'],
    assignPublicIp: 'DISABLED' as const,
  },
};

const record: EcsRecord & { id: string } = {
  schema: RECORD_SCHEMA,
  id: '0b6f1f2e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  target: 'ecs',
  region: 'us-east-1',
  resource: { cluster: CLUSTER, service: SERVICE },
  previous: { taskDefinitionArn: OLD_TD, desiredCount: 2, images: { app: 'web:v1', worker: 'worker:v1' } },
  current: {
    taskDefinitionArn: NEW_TD,
    desiredCount: 2,
    deploymentId: NEW_ID,
    images: { app: 'web:v2', worker: 'worker:v1' },
  },
  status: 'failed',
  startedAt: '2026-11-23T10:00:00Z',
};

const liveRelease: Service = {
  serviceName: SERVICE,
  status: 'ACTIVE',
  taskDefinition: NEW_TD,
  desiredCount: 2,
  launchType: 'FARGATE',
  platformVersion: '1.4.0',
  networkConfiguration: NETWORK,
};

const CONTAINERS = [
  {
    name: 'worker',
    image: 'worker:v1',
    essential: true,
    logConfiguration: {
      logDriver: 'awslogs' as const,
      options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
    },
  },
  {
    name: 'app',
    image: 'web:v2',
    essential: true,
    logConfiguration: {
      logDriver: 'awslogs' as const,
      options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
    },
  },
];

function follow(timeoutMs = 600_000) {
  const time = fakeTime();
  return { timeoutMs, maxPollIntervalMs: 5_000, clock: time.clock, sleep: time.sleep, random: time.random };
}

function stopped(exitCode: number | undefined, reason = 'Essential container in task exited') {
  return {
    tasks: [
      {
        taskArn: TASK,
        lastStatus: 'STOPPED',
        stoppedReason: reason,
        containers: [{ name: 'app', ...(exitCode !== undefined ? { exitCode } : {}) }],
      },
    ],
  };
}

/** The release's revision, with the breadcrumb deploy-ecs wrote on it. */
function releaseRevision() {
  ecsMock.on(DescribeTaskDefinitionCommand).resolves({
    taskDefinition: { taskDefinitionArn: NEW_TD, family: 'web', containerDefinitions: CONTAINERS },
    tags: [{ key: BREADCRUMB_KEY, value: breadcrumbOf(record) }],
  });
}

function taskRuns(
  ...answers: Array<ReturnType<typeof stopped> | { tasks: Array<{ taskArn: string; lastStatus: string }> }>
) {
  releaseRevision();
  ecsMock.on(RunTaskCommand).resolves({ tasks: [{ taskArn: TASK, lastStatus: 'PROVISIONING' }] });
  const describe = ecsMock.on(DescribeTasksCommand);
  for (const answer of answers.slice(0, -1)) describe.resolvesOnce(answer);
  describe.resolves(answers.at(-1)!);
}

const running = { tasks: [{ taskArn: TASK, lastStatus: 'RUNNING' }] };

beforeEach(() => {
  ecsMock.reset();
  logsMock.reset();
});

describe('rollbackCommand input', () => {
  it('runs a line through sh -c and takes a JSON array as it is', () => {
    expect(rollbackCommand('alembic downgrade -1')).toEqual(['sh', '-c', 'alembic downgrade -1']);
    expect(rollbackCommand('["alembic","downgrade","-1"]')).toEqual(['alembic', 'downgrade', '-1']);
    expect(rollbackCommand('  ')).toBeUndefined();
  });

  it('names the input and the accepted forms for a broken JSON array', () => {
    expect(() => rollbackCommand('["alembic", 1]')).toThrow(InputError);
    expect(() => rollbackCommand('["alembic"')).toThrow(/rollback-command.*alembic downgrade -1/s);
  });

  it('has a stable digest that differs between commands', () => {
    const digest = rollbackCommandDigest(['sh', '-c', 'alembic downgrade -1']);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(rollbackCommandDigest(['sh', '-c', 'alembic downgrade -1'])).toBe(digest);
    expect(rollbackCommandDigest(['sh', '-c', 'alembic downgrade -2'])).not.toBe(digest);
  });
});

describe('rollbackContainer', () => {
  it('takes the named container, else the only one the release changed, else the first essential', () => {
    expect(rollbackContainer(record, CONTAINERS, 'worker').name).toBe('worker');
    expect(rollbackContainer(record, CONTAINERS).name).toBe('app');
    const both = {
      ...record,
      current: { ...record.current!, images: { app: 'web:v2', worker: 'worker:v2' } },
    };
    expect(rollbackContainer(both, CONTAINERS).name).toBe('worker');
    expect(() => rollbackContainer(record, CONTAINERS, 'db')).toThrow(
      /'db' is not in the release's task definition/,
    );
  });
});

describe('runRollbackCommand', () => {
  it('exit 0: runs from the release task definition with the service network and the command override', async () => {
    taskRuns(running, stopped(0));
    const result = await runRollbackCommand(
      ecs,
      undefined,
      { record, service: liveRelease, command: ['sh', '-c', 'alembic downgrade -1'] },
      follow(),
    );
    expect(result).toMatchObject({ status: 'succeeded', exitCode: 0, taskArn: TASK, container: 'app' });
    expect(ecsMock.commandCalls(RunTaskCommand)[0]!.args[0].input).toEqual({
      cluster: CLUSTER,
      taskDefinition: NEW_TD,
      count: 1,
      startedBy: 'auto-rollback/rollback-command',
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      networkConfiguration: NETWORK,
      overrides: { containerOverrides: [{ name: 'app', command: ['sh', '-c', 'alembic downgrade -1'] }] },
    });
    expect(ecsMock.commandCalls(StopTaskCommand)).toHaveLength(0);
  });

  it('non-zero exit: failed, with the exit code and the log tail of the container', async () => {
    taskRuns(running, stopped(2));
    logsMock
      .on(GetLogEventsCommand)
      .resolves({ events: [{ message: "FAILED: Can't locate revision identified by 'a1b2'" }] });
    const result = await runRollbackCommand(
      ecs,
      async () => logs,
      { record, service: liveRelease, command: ['alembic', 'downgrade', '-1'] },
      follow(),
    );
    expect(result).toMatchObject({ status: 'failed', exitCode: 2 });
    expect(result.reason).toMatch(/^the rollback command exited with code 2/);
    expect(result.logTail?.lines).toEqual(["FAILED: Can't locate revision identified by 'a1b2'"]);
    expect(logsMock.commandCalls(GetLogEventsCommand)[0]!.args[0].input).toMatchObject({
      logGroupName: '/ecs/web',
      logStreamName: 'web/app/0123456789abcdef',
    });
  });

  it('stopped without an exit code (e.g. the image could not be pulled): failed', async () => {
    taskRuns(stopped(undefined, 'CannotPullContainerError: pull access denied'));
    const result = await runRollbackCommand(
      ecs,
      undefined,
      { record, service: liveRelease, command: ['alembic', 'downgrade', '-1'] },
      follow(),
    );
    expect(result.status).toBe('failed');
    expect(result.reason).toContain('stopped without an exit code: CannotPullContainerError');
  });

  it('a task that could not start: failed with the RunTask failure', async () => {
    taskRuns(running);
    ecsMock.on(RunTaskCommand).resolves({ tasks: [], failures: [{ reason: 'RESOURCE:MEMORY' }] });
    const result = await runRollbackCommand(
      ecs,
      undefined,
      { record, service: liveRelease, command: ['alembic', 'downgrade', '-1'] },
      follow(),
    );
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'the rollback task could not start: RESOURCE:MEMORY',
    });
  });

  it('timeout: the task is stopped and the result says so', async () => {
    taskRuns(running);
    ecsMock.on(StopTaskCommand).resolves({});
    const result = await runRollbackCommand(
      ecs,
      undefined,
      { record, service: liveRelease, command: ['alembic', 'downgrade', '-1'] },
      follow(60_000),
    );
    expect(result.status).toBe('timed-out');
    expect(result.reason).toMatch(
      /did not stop in time \(last status RUNNING\); the task was stopped \(StopTask\)$/,
    );
    expect(ecsMock.commandCalls(StopTaskCommand)[0]!.args[0].input).toMatchObject({
      cluster: CLUSTER,
      task: TASK,
    });
  });

  it('skips when the service already runs the previous task definition (a rerun after the restore)', async () => {
    const result = await runRollbackCommand(
      ecs,
      undefined,
      {
        record,
        service: { ...liveRelease, taskDefinition: OLD_TD },
        command: ['alembic', 'downgrade', '-1'],
      },
      follow(),
    );
    expect(result.status).toBe('skipped');
    expect(ecsMock.calls()).toHaveLength(0);
  });

  it('refuses when the service runs neither the release nor the previous revision', async () => {
    await expect(
      runRollbackCommand(
        ecs,
        undefined,
        {
          record,
          service: { ...liveRelease, taskDefinition: OTHER_TD },
          command: ['alembic', 'downgrade', '-1'],
        },
        follow(),
      ),
    ).rejects.toThrow(/the service runs web:8, not the release web:7/);
    expect(ecsMock.calls()).toHaveLength(0);
  });
});

describe('in the ECS restore', () => {
  function restoreOptions(summary: Summary, extra: { force?: boolean } = {}) {
    const step = rollbackCommandStep({
      command: ['sh', '-c', 'alembic downgrade -1'],
      summary,
      follow: follow(),
      logsClient: async () => logs,
    });
    return {
      step,
      options: { ...follow(), force: false, wait: false, ...extra, beforeEcsRestore: step.hook },
    };
  }

  it('runs before UpdateService, then the service is restored', async () => {
    ecsMock.on(DescribeServicesCommand).resolves(service([deployment()], { ...liveRelease }));
    taskRuns(running, stopped(0));
    ecsMock.on(UpdateServiceCommand).resolves({
      service: service([deployment({ id: 'ecs-svc/3', taskDefinition: OLD_TD })]).services![0]!,
    });
    const summary = new Summary();
    const { step, options } = restoreOptions(summary);
    const result = await createEcsRollback(ecs).restore(record, options);
    expect(result.changed).toBe(true);
    const order = ecsMock.calls().map((call) => call.args[0].constructor.name);
    expect(order.indexOf('RunTaskCommand')).toBeLessThan(order.indexOf('UpdateServiceCommand'));
    expect(step.results).toHaveLength(1);
    expect(rollbackCommandOutput(step.results)).toMatchObject({
      status: 'succeeded',
      exitCode: 0,
      taskArn: TASK,
    });
    expect(summary.toMarkdown()).toContain('Succeeded');
  });

  it('a failing command stops the restore: no UpdateService, the error and the summary say why', async () => {
    ecsMock.on(DescribeServicesCommand).resolves(service([deployment()], { ...liveRelease }));
    taskRuns(running, stopped(1));
    logsMock.on(GetLogEventsCommand).resolves({ events: [{ message: 'sqlalchemy.exc.OperationalError' }] });
    const summary = new Summary();
    const { step, options } = restoreOptions(summary);
    await expect(createEcsRollback(ecs).restore(record, options)).rejects.toThrow(
      /the rollback command failed, so the service was not restored: the rollback command exited with code 1/,
    );
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
    expect(rollbackCommandOutput(step.results)).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(summary.toMarkdown()).toContain('sqlalchemy.exc.OperationalError');
  });

  it('does not run when nothing would change or the restore is refused', async () => {
    const summary = new Summary();
    releaseRevision();
    ecsMock.on(DescribeServicesCommand).resolves(service([], { taskDefinition: OLD_TD, desiredCount: 2 }));
    const unchanged = restoreOptions(summary);
    expect((await createEcsRollback(ecs).restore(record, unchanged.options)).changed).toBe(false);
    ecsMock.on(DescribeServicesCommand).resolves(service([], { taskDefinition: OTHER_TD, desiredCount: 2 }));
    const refused = restoreOptions(summary);
    expect((await createEcsRollback(ecs).restore(record, refused.options)).refused).toMatch(
      /someone deployed since/,
    );
    expect(ecsMock.commandCalls(RunTaskCommand)).toHaveLength(0);
    expect(unchanged.step.results.length + refused.step.results.length).toBe(0);
    expect(rollbackCommandOutput(refused.step.results)).toBe('');
  });
});
