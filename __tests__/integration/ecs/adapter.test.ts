// The ECS adapter against moto: task-definition round trip, update + follow, migration, diagnostics,
// pruning and restore, each checked by reading the state back.
import { anchorEcs } from '../../support/breadcrumbs.js';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  DescribeServicesCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  DescribeTasksCommand,
  StopTaskCommand,
  UpdateServiceCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import {
  canonical,
  collectDiagnostics,
  createEcsRollback,
  describeService,
  describeTaskDefinition,
  followDeployment,
  imagesOf,
  pruneRevisions,
  registerTaskDefinition,
  render,
  runMigration,
  snapshot,
  toRegisterInput,
  updateService,
  activeRevisions,
} from '../../../shared/targets/ecs/index.js';
import { RECORD_SCHEMA, type EcsRecord } from '../../../shared/record/index.js';
import { CONTAINERS, createService, ecsClient, logsClient } from '../../support/ecs-service.js';
import { uniqueName } from '../../support/moto.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(60_000);

let emulators: Emulators;
let ecs: ECSClient;
let logs: CloudWatchLogsClient;
const follow = { timeoutMs: 20_000, maxPollIntervalMs: 1_000 };
type FollowOptions = typeof follow & { signal?: AbortSignal };

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const endpoint = emulators.env['MOTO_URL'];
  if (!endpoint) throw new Error('MOTO_URL missing from the test env');
  ecs = ecsClient(endpoint);
  logs = logsClient(endpoint);
}, 90_000);

afterAll(async () => {
  ecs?.destroy();
  logs?.destroy();
  await emulators?.release();
}, 60_000);

describe('task-definition round trip', () => {
  it('keeps every field of a rich task definition through register → describe → register', async () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../fixtures/ecs/rich-task-definition.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const family = uniqueName('rich');
    const first = await registerTaskDefinition(ecs, toRegisterInput({ ...fixture, family }));
    const described = await describeTaskDefinition(ecs, first.taskDefinitionArn ?? '');
    const readBack = toRegisterInput(described.taskDefinition, described.tags);
    // moto adds empty defaults (volumesFrom: []); everything the fixture says must come back as it was.
    expect(readBack).toMatchObject({ ...fixture, family });
    expect(described.tags).toEqual(fixture['tags']);

    const second = await registerTaskDefinition(ecs, readBack);
    expect(second.revision).toBe((first.revision ?? 0) + 1);
    const again = await describeTaskDefinition(ecs, second.taskDefinitionArn ?? '');
    expect(canonical(toRegisterInput(again.taskDefinition, again.tags))).toBe(canonical(readBack));
  });
});

describe('update and follow', () => {
  it('rolls a new revision onto a service moto reports stable and follows it to COMPLETED', async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const live = await snapshot(ecs, { cluster, service });
    expect(live.taskDefinition.taskDefinitionArn).toBe(taskDefinitionArn);
    const next = render(toRegisterInput(live.taskDefinition, live.tags), {
      images: { app: '127.0.0.1:5000/web:v2' },
      environment: {},
      environmentTargets: [],
    });
    const registered = await registerTaskDefinition(ecs, next);
    const { deploymentId } = await updateService(ecs, {
      cluster,
      service,
      taskDefinitionArn: registered.taskDefinitionArn ?? '',
    });
    const result = await followDeployment(ecs, { cluster, service, deploymentId }, follow);
    expect(result).toMatchObject({ status: 'succeeded', polls: 1 });
    expect(result.deployment).toMatchObject({
      id: deploymentId,
      status: 'PRIMARY',
      rolloutState: 'COMPLETED',
    });
    const after = await describeService(ecs, { cluster, service });
    expect(after.taskDefinition).toBe(registered.taskDefinitionArn);
    const readBack = await describeTaskDefinition(ecs, after.taskDefinition ?? '');
    expect(imagesOf(readBack.taskDefinition)).toEqual({
      app: '127.0.0.1:5000/web:v2',
      sidecar: 'busybox:1.36',
    });
    expect(readBack.tags).toEqual([{ key: 'team', value: 'web' }]);
  });

  it('times out on a rollout that never completes, with the state reached', async () => {
    const { cluster, service } = await createService(ecs, { desiredCount: 1 });
    const live = await describeService(ecs, { cluster, service });
    const deploymentId = live.deployments?.[0]?.id ?? '';
    const result = await followDeployment(
      ecs,
      { cluster, service, deploymentId },
      { timeoutMs: 1_500, maxPollIntervalMs: 1_000 },
    );
    expect(result).toMatchObject({ status: 'timed-out' });
    expect(result.state).toBe('PRIMARY IN_PROGRESS: 0/1 running, 1 pending, 0 failed');
  });

  it('fails when the deployment it follows is replaced', async () => {
    const { cluster, service } = await createService(ecs, { desiredCount: 1 });
    const before = (await describeService(ecs, { cluster, service })).deployments?.[0]?.id ?? '';
    await ecs.send(new UpdateServiceCommand({ cluster, service, forceNewDeployment: true }));
    const result = await followDeployment(ecs, { cluster, service, deploymentId: before }, follow);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/is gone/);
  });
});

describe('migration task', () => {
  it('runs from the new task definition with the command override and waits for STOPPED', async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const live = await describeService(ecs, { cluster, service });
    // moto places FARGATE tasks without container instances; the service itself has no launch type set.
    const running = runMigration(
      ecs,
      undefined,
      {
        cluster,
        service: { ...live, launchType: 'FARGATE' },
        taskDefinitionArn,
        container: CONTAINERS[0]!,
        command: ['sh', '-c', 'migrate'],
      },
      follow,
    );
    let taskArn: string | undefined;
    for (let i = 0; i < 50 && !taskArn; i++) {
      taskArn = (await ecs.send(new ListTasksCommand({ cluster, startedBy: 'deploy-ecs/migration' })))
        .taskArns?.[0];
      if (!taskArn) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(taskArn).toBeDefined();
    await ecs.send(
      new StopTaskCommand({ cluster, task: taskArn, reason: 'Essential container in task exited' }),
    );
    const result = await running;
    expect(result).toMatchObject({ status: 'succeeded', exitCode: 0, taskArn });
  });
});

describe('migration task left running', () => {
  const start = async (options: FollowOptions) => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const live = await describeService(ecs, { cluster, service });
    const result = await runMigration(
      ecs,
      undefined,
      {
        cluster,
        service: { ...live, launchType: 'FARGATE' },
        taskDefinitionArn,
        container: CONTAINERS[0]!,
        command: ['sh', '-c', 'sleep 3600'],
      },
      options,
    );
    const described = await ecs.send(new DescribeTasksCommand({ cluster, tasks: [result.taskArn ?? ''] }));
    return { result, task: described.tasks?.[0] };
  };

  it('is stopped (StopTask) when the wait times out', async () => {
    // moto moves a task one state further at each DescribeTasks: a short wait with few polls times out before STOPPED
    const { result, task } = await start({ ...follow, timeoutMs: 300 });
    expect(result).toMatchObject({ status: 'timed-out' });
    expect(result.reason).toContain('the task was stopped (StopTask)');
    expect(task?.desiredStatus).toBe('STOPPED');
    expect(task?.stoppedReason).toBe('deploy-ecs/migration: timed out');
  });

  it('is stopped (StopTask) when the run is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('Cancelled: the runner sent SIGTERM.')), 1200);
    const { result, task } = await start({ ...follow, signal: controller.signal });
    expect(result.status).toBe('cancelled');
    expect(result.reason).toContain('the task was stopped (StopTask)');
    expect(task?.desiredStatus).toBe('STOPPED');
    expect(task?.stoppedReason).toBe('deploy-ecs/migration: cancelled');
  });
});

describe('diagnostics', () => {
  it('finds the stopped tasks of the deployment and the log tail of their container', async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs, { desiredCount: 1 });
    const deploymentId = (await describeService(ecs, { cluster, service })).deployments?.[0]?.id ?? '';
    const started = await ecs.send(
      new RunTaskCommand({
        cluster,
        taskDefinition: taskDefinitionArn,
        launchType: 'FARGATE',
        startedBy: deploymentId,
      }),
    );
    const taskArn = started.tasks?.[0]?.taskArn ?? '';
    await ecs.send(new StopTaskCommand({ cluster, task: taskArn, reason: 'Task failed ELB health checks' }));
    const group = '/ecs/web';
    const stream = `web/app/${taskArn.split('/').pop() ?? ''}`;
    await logs.send(new CreateLogGroupCommand({ logGroupName: group })).catch(() => undefined);
    await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: stream,
        logEvents: [
          { timestamp: Date.now(), message: 'listening on :8080' },
          { timestamp: Date.now(), message: 'panic: no DB' },
        ],
      }),
    );

    const found = await collectDiagnostics(ecs, async () => logs, {
      cluster,
      service,
      deploymentId,
      containers: CONTAINERS,
    });
    expect(found.problems).toEqual([]);
    expect(found.stoppedTasks).toEqual([
      expect.objectContaining({ taskArn, stoppedReason: 'Task failed ELB health checks' }),
    ]);
    expect(found.logTail).toEqual({
      container: 'app',
      group,
      stream,
      lines: ['listening on :8080', 'panic: no DB'],
    });
  });
});

describe('keep-revisions', () => {
  it('deregisters revisions beyond the newest N, never one in use', async () => {
    const { cluster, service, family, taskDefinitionArn } = await createService(ecs);
    const arns = [taskDefinitionArn];
    for (let i = 0; i < 3; i++)
      arns.push(
        (await ecs.send(new RegisterTaskDefinitionCommand({ family, containerDefinitions: CONTAINERS })))
          .taskDefinition?.taskDefinitionArn ?? '',
      );
    const live = await describeService(ecs, { cluster, service });
    const removed = await pruneRevisions(ecs, family, 1, new Set([live.taskDefinition ?? '']));
    expect(removed.sort()).toEqual([arns[1], arns[2]].sort());
    expect((await activeRevisions(ecs, family)).sort()).toEqual([arns[0], arns[3]].sort());
  });
});

describe('restore (auto-rollback)', () => {
  it('puts the service back on the previous task definition, then finds nothing to do', async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const next = await registerTaskDefinition(ecs, {
      family: (await describeTaskDefinition(ecs, taskDefinitionArn)).taskDefinition.family ?? '',
      containerDefinitions: CONTAINERS,
    });
    const { deploymentId } = await updateService(ecs, {
      cluster,
      service,
      taskDefinitionArn: next.taskDefinitionArn ?? '',
    });
    const record: EcsRecord = await anchorEcs(ecs, {
      schema: RECORD_SCHEMA,
      target: 'ecs',
      region: 'us-east-1',
      resource: { cluster, service },
      previous: { taskDefinitionArn, desiredCount: 0 },
      current: { taskDefinitionArn: next.taskDefinitionArn ?? '', desiredCount: 0, deploymentId },
      status: 'failed',
      startedAt: new Date().toISOString(),
    });
    const adapter = createEcsRollback(ecs);
    const restored = await adapter.restore(record, { ...follow, force: false, wait: true });
    expect(restored).toMatchObject({ changed: true, follow: { status: 'succeeded' } });
    const after = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    expect(after.services?.[0]?.taskDefinition).toBe(taskDefinitionArn);
    expect(await adapter.restore(record, { ...follow, force: false, wait: true })).toMatchObject({
      changed: false,
    });
  });
});
