// The rollback command against moto: inside an ECS restore, the one-off task runs from the
// release's own task definition with the command override while the service still runs the
// release (before UpdateService); a command that does not finish stops the restore.
// moto gives every container exit code 0, and moves a RunTask task one lifecycle state on per
// DescribeTasks (its state manager's default for ecs::task: manual, once), RUNNING → … → STOPPED
// after four reads, or at once on StopTask. So "the command finished" is played by StopTask, and
// the failing command here is one that outlives a wait of at most three reads: the wait times
// out, the task is stopped, the service is left alone. A non-zero exit is unit-tested
// (__tests__/unit/shared/targets/ecs/rollback-command.test.ts).
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  StopTaskCommand,
  UpdateServiceCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { fakeTime } from '../../support/fake-time.js';
import { createEcsRollback } from '../../../shared/targets/ecs/adapter.js';
import { rollbackCommandStep } from '../../../shared/targets/ecs/rollback-command.js';
import { rollbackCommandOutput } from '../../../shared/targets/ecs/command.js';
import { Summary } from '../../../shared/action/summary.js';
import { RECORD_SCHEMA, type EcsRecord } from '../../../shared/record/index.js';
import { CONTAINERS, createService, ecsClient } from '../../support/ecs-service.js';
import { anchorEcs } from '../../support/breadcrumbs.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(60_000);

const STARTED_BY = 'auto-rollback/rollback-command';
let emulators: Emulators;
let ecs: ECSClient;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const endpoint = emulators.env['MOTO_URL'];
  if (!endpoint) throw new Error('MOTO_URL missing from the test env');
  ecs = ecsClient(endpoint);
}, 90_000);

afterAll(async () => {
  ecs?.destroy();
  await emulators?.release();
});

/** A FARGATE service moved from revision 1 to a release (revision 2), and its record. */
async function released(): Promise<{ cluster: string; service: string; record: EcsRecord }> {
  const {
    cluster,
    service,
    family,
    taskDefinitionArn: previous,
  } = await createService(ecs, {
    launchType: 'FARGATE',
  });
  const release = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      containerDefinitions: [{ ...CONTAINERS[0]!, image: '127.0.0.1:5000/web:v2' }, CONTAINERS[1]!],
    }),
  );
  const current = release.taskDefinition?.taskDefinitionArn ?? '';
  await ecs.send(new UpdateServiceCommand({ cluster, service, taskDefinition: current }));
  // anchored as deploy-ecs anchors it: the breadcrumb on the revision it registered
  const record = await anchorEcs(ecs, {
    schema: RECORD_SCHEMA,
    target: 'ecs',
    region: 'us-east-1',
    resource: { cluster, service },
    previous: { taskDefinitionArn: previous, desiredCount: 0, images: { app: '127.0.0.1:5000/web:v1' } },
    current: { taskDefinitionArn: current, desiredCount: 0, images: { app: '127.0.0.1:5000/web:v2' } },
    status: 'failed',
    startedAt: new Date().toISOString(),
  });
  return { cluster, service, record };
}

async function liveTaskDefinition(cluster: string, service: string): Promise<string | undefined> {
  const described = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  return described.services?.[0]?.taskDefinition;
}

async function rollbackTasks(cluster: string): Promise<string[]> {
  return (await ecs.send(new ListTasksCommand({ cluster, startedBy: STARTED_BY }))).taskArns ?? [];
}

describe('rollback command in an ECS restore (moto)', () => {
  it('runs from the release task definition with the command override before the service is restored', async () => {
    const { cluster, service, record } = await released();
    const summary = new Summary();
    const follow = { timeoutMs: 20_000, maxPollIntervalMs: 1_000 };
    const step = rollbackCommandStep({
      command: ['sh', '-c', 'alembic downgrade -1'],
      summary,
      follow,
      logsClient: async () => {
        throw new Error('no log tail on success');
      },
    });
    const restoring = createEcsRollback(ecs).restore(record, {
      ...follow,
      force: false,
      wait: false,
      beforeEcsRestore: step.hook,
    });
    // "The command finishes": seen RUNNING, described, then stopped.
    let taskArn: string | undefined;
    for (let i = 0; i < 100 && !taskArn; i++) {
      taskArn = (await rollbackTasks(cluster))[0];
      if (!taskArn) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(taskArn).toBeDefined();
    const task = (await ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskArn!] }))).tasks?.[0];
    expect(task?.taskDefinitionArn).toBe(record.current?.taskDefinitionArn);
    expect(task?.overrides?.containerOverrides).toEqual([
      expect.objectContaining({ name: 'app', command: ['sh', '-c', 'alembic downgrade -1'] }),
    ]);
    expect(task?.launchType).toBe('FARGATE');
    // while the command runs, the service still runs the release: UpdateService comes after
    expect(await liveTaskDefinition(cluster, service)).toBe(record.current?.taskDefinitionArn);
    await ecs.send(
      new StopTaskCommand({ cluster, task: taskArn, reason: 'Essential container in task exited' }),
    );

    const result = await restoring;
    expect(result.changed).toBe(true);
    expect(await liveTaskDefinition(cluster, service)).toBe(record.previous?.taskDefinitionArn);
    expect(rollbackCommandOutput(step.results)).toMatchObject({ status: 'succeeded', exitCode: 0, taskArn });
    expect(summary.toMarkdown()).toContain('alembic downgrade -1');

    // a rerun finds the previous revision live: nothing to restore, the command is not run again
    const again = await createEcsRollback(ecs).restore(record, {
      ...follow,
      force: false,
      wait: false,
      beforeEcsRestore: step.hook,
    });
    expect(again.changed).toBe(false);
    expect(step.results).toHaveLength(1);
  });

  it('a command that does not finish stops the restore: the task is stopped, the service keeps the release', async () => {
    const { cluster, service, record } = await released();
    const summary = new Summary();
    // fake time: at most three reads of the task before the deadline, however loaded the machine
    const time = fakeTime();
    const follow = {
      timeoutMs: 1_000,
      maxPollIntervalMs: 1_000,
      clock: time.clock,
      sleep: time.sleep,
      random: time.random,
    };
    const step = rollbackCommandStep({ command: ['alembic', 'downgrade', '-1'], summary, follow });
    await expect(
      createEcsRollback(ecs).restore(record, {
        ...follow,
        force: false,
        wait: false,
        beforeEcsRestore: step.hook,
      }),
    ).rejects.toThrow(/the rollback command timed-out, so the service was not restored/);
    expect(await liveTaskDefinition(cluster, service)).toBe(record.current?.taskDefinitionArn);
    const taskArn = step.results[0]?.taskArn;
    expect(taskArn).toBeDefined();
    const task = (await ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskArn!] }))).tasks?.[0];
    expect(task?.lastStatus).toBe('STOPPED');
    expect(task?.overrides?.containerOverrides?.[0]?.command).toEqual(['alembic', 'downgrade', '-1']);
    expect(rollbackCommandOutput(step.results)).toMatchObject({ status: 'timed-out', taskArn });
    expect(summary.toMarkdown()).toMatch(/Failed \(timed-out\), so the service was not restored/);
  });
});
