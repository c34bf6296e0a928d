// The deploy-ecs bundle run exactly as the runner runs it, against moto behind the recording
// proxy: outputs, a valid record, the state read back from moto, the summary, and the AWS calls —
// whose union must equal the action's iam-policy.json.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DescribeServicesCommand,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  StopTaskCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { isMutating, startProxy, type Proxy, type RecordedCall } from '../support/proxy.js';
import { runProxied } from '../support/proxied-run.js';
import { policyActions, recordedActions } from '../support/iam.js';
import {
  REPO_ROOT,
  errorLines,
  type InputValue,
  type RunOptions,
  type RunResult,
} from '../support/harness.js';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECR_HOST, putEcrImage } from '../support/ecr-images.js';
import { validateRecord, type EcsRecord } from '../../shared/record/index.js';
import { CONTAINERS, createService, ecsClient, logsClient } from '../support/ecs-service.js';
import { motoConfig, uniqueName } from '../support/moto.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(90_000);

let emulators: Emulators;
let proxy: Proxy;
let ecs: ECSClient;
let logs: CloudWatchLogsClient;
/** Every call the bundle made in this file, for the IAM policy check. */
const recorded: RecordedCall[] = [];

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const target = emulators.env['MOTO_URL'];
  if (!target) throw new Error('MOTO_URL missing from the test env');
  proxy = await startProxy({ target });
  ecs = ecsClient(target);
  logs = logsClient(target);
}, 90_000);

afterAll(async () => {
  ecs?.destroy();
  logs?.destroy();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

/** Runs the bundle with its AWS traffic through the proxy; returns the result and its calls. */
async function deploy(
  inputs: Record<string, InputValue>,
  options: RunOptions = {},
): Promise<{ result: RunResult; calls: RecordedCall[] }> {
  const run = await runProxied(proxy, 'deploy-ecs', inputs, {
    ...options,
    env: { AWS_MAX_ATTEMPTS: '3', ...options.env },
  });
  recorded.push(...run.calls);
  return run;
}

function recordOf(result: RunResult): EcsRecord {
  return validateRecord(JSON.parse(result.outputs['deployment'] ?? 'null')) as EcsRecord;
}

const operations = (calls: RecordedCall[]) => calls.map((call) => call.operation);

describe('deploy-ecs bundle', () => {
  it('deploys a new image, follows the deployment and outputs a valid record', async () => {
    const { cluster, service, family, taskDefinitionArn } = await createService(ecs);
    for (let i = 0; i < 2; i++)
      await ecs.send(new RegisterTaskDefinitionCommand({ family, containerDefinitions: CONTAINERS }));
    const { result, calls } = await deploy({
      cluster,
      service,
      image: '127.0.0.1:5000/web:v2',
      environment: 'RELEASE=v2',
      'keep-revisions': 1,
      'max-poll-interval': '1s',
    });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    const record = recordOf(result);
    const live = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] })))
      .services?.[0];
    expect(live?.taskDefinition).toBe(result.outputs['task-definition-arn']);
    expect(result.outputs).toMatchObject({
      'previous-task-definition-arn': taskDefinitionArn,
      'deployment-id': live?.deployments?.[0]?.id,
      'rollout-state': 'COMPLETED',
    });
    expect(record).toMatchObject({
      target: 'ecs',
      region: 'us-east-1',
      status: 'succeeded',
      resource: { cluster, service },
      previous: {
        taskDefinitionArn,
        desiredCount: 0,
        images: { app: '127.0.0.1:5000/web:v1', sidecar: 'busybox:1.36' },
      },
      current: {
        taskDefinitionArn: live?.taskDefinition,
        images: { app: '127.0.0.1:5000/web:v2', sidecar: 'busybox:1.36' },
      },
    });
    // keep-revisions 1: the new revision stays, the previous one is in use, the two in between go.
    const active = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE' }));
    expect(active.taskDefinitionArns?.sort()).toEqual([taskDefinitionArn, live?.taskDefinition].sort());
    expect(operations(calls).filter((op) => op === 'UpdateService')).toHaveLength(1);
    expect(result.summary).toContain('| app | `127.0.0.1:5000/web:v1` | `127.0.0.1:5000/web:v2` |');
  });

  it('checks an ECR image before anything changes: an existing tag deploys, a mistyped one is one error and 0 mutating calls', async () => {
    const ecr = new ECRClient(motoConfig(emulators.env['MOTO_URL'] ?? ''));
    const repository = uniqueName('web');
    const { image, digest } = await putEcrImage(ecr, repository, 'v7');
    ecr.destroy();
    const { cluster, service, taskDefinitionArn } = await createService(ecs);

    const typo = await deploy({ cluster, service, image: `${ECR_HOST}/${repository}:v7-typo` });
    expect(typo.result.code).toBe(1);
    expect(errorLines(typo.result)).toEqual([
      `The image to deploy does not exist, so nothing was changed: ${ECR_HOST}/${repository}:v7-typo (ECR repository ${repository} in account 123456789012 (us-east-1) has no image tagged v7-typo). Push the image first (build-push-ecr), or check the tag and the registry.`,
    ]);
    expect(typo.calls.filter(isMutating)).toEqual([]);
    expect(operations(typo.calls)).toEqual(['DescribeImages']);
    const live = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    expect(live.services?.[0]?.taskDefinition).toBe(taskDefinitionArn);

    const good = await deploy({ cluster, service, image, 'max-poll-interval': '1s' });
    expect(good.result.code).toBe(0);
    expect(operations(good.calls)[0]).toBe('DescribeImages');
    expect(good.result.stdout).toContain(`Image ${image} exists (${digest}).`);
    expect(good.result.summary).toContain(`Images checked before the deploy (1)`);
    expect(good.result.summary).toContain(`\`${image}\` → \`${digest}\``);
    // the record keeps the tag as given and the digest it resolved to
    const current = recordOf(good.result).current;
    const container = Object.keys(current?.images ?? {}).find((name) => current?.images?.[name] === image);
    expect(container).toBeDefined();
    expect(current?.imageDigests).toEqual({ [container!]: digest });
  });

  it('a rerun with the same image changes nothing', async () => {
    const { cluster, service } = await createService(ecs);
    const { result, calls } = await deploy({ cluster, service, image: CONTAINERS[0]!.image! });
    expect(result.code).toBe(0);
    expect(calls.filter(isMutating)).toEqual([]);
    expect(recordOf(result)).toMatchObject({ status: 'succeeded', message: 'already up to date' });
  });

  it('dry-run shows the diff and makes no mutating call', async () => {
    const { cluster, service } = await createService(ecs);
    const { result, calls } = await deploy({
      cluster,
      service,
      images: 'sidecar=busybox:1.37',
      'dry-run': true,
    });
    expect(result.code).toBe(0);
    expect(calls.filter(isMutating)).toEqual([]);
    expect(result.summary).toContain('containerDefinitions[sidecar].image: "busybox:1.36" → "busybox:1.37"');
    expect(recordOf(result).status).toBe('planned');
  });

  it('runs the migration task first, then updates the service', async () => {
    // FARGATE: moto places EC2 tasks only on registered container instances.
    const { cluster, service } = await createService(ecs, { launchType: 'FARGATE' });
    // moto reports a task STOPPED only at the fourth DescribeTasks, or after StopTask: play the
    // migration finishing at once.
    const stopper = (async () => {
      for (let i = 0; i < 200; i++) {
        const arn = (await ecs.send(new ListTasksCommand({ cluster, startedBy: 'deploy-ecs/migration' })))
          .taskArns?.[0];
        if (arn)
          return ecs.send(
            new StopTaskCommand({ cluster, task: arn, reason: 'Essential container in task exited' }),
          );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the migration task never appeared');
    })();
    const { result, calls } = await deploy({
      cluster,
      service,
      image: '127.0.0.1:5000/web:v3',
      'migration-command': 'alembic upgrade head',
      'max-poll-interval': '1s',
    });
    await stopper;
    expect(result.code).toBe(0);
    const ops = operations(calls);
    expect(ops.indexOf('RunTask')).toBeGreaterThan(ops.indexOf('RegisterTaskDefinition'));
    expect(ops.indexOf('UpdateService')).toBeGreaterThan(ops.lastIndexOf('DescribeTasks'));
    expect(result.summary).toMatch(/Migration task succeeded/);
  });

  it('a rollout that does not complete fails with the stopped tasks and their log tail', async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs, { desiredCount: 1 });
    const deploymentId =
      (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))).services?.[0]
        ?.deployments?.[0]?.id ?? '';
    // A task of this deployment that stopped, with its awslogs stream (moto keeps the deployment id on UpdateService).
    const task =
      (
        await ecs.send(
          new RunTaskCommand({
            cluster,
            taskDefinition: taskDefinitionArn,
            launchType: 'FARGATE',
            startedBy: deploymentId,
          }),
        )
      ).tasks?.[0]?.taskArn ?? '';
    await ecs.send(new StopTaskCommand({ cluster, task, reason: 'Task failed container health checks' }));
    const stream = `web/app/${task.split('/').pop() ?? ''}`;
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/web' })).catch(() => undefined);
    await logs.send(new CreateLogStreamCommand({ logGroupName: '/ecs/web', logStreamName: stream }));
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: '/ecs/web',
        logStreamName: stream,
        logEvents: [{ timestamp: Date.now(), message: 'FATAL: password authentication failed' }],
      }),
    );

    const { result } = await deploy({
      cluster,
      service,
      image: '127.0.0.1:5000/web:v4',
      'if-in-progress': 'ignore',
      'wait-timeout': '3s',
      'max-poll-interval': '1s',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::Deployment .* timed out: .*state reached: PRIMARY IN_PROGRESS: 0\/1 running/,
    );
    expect(result.summary).toContain('Task failed container health checks');
    expect(result.summary).toContain('FATAL: password authentication failed');
    expect(recordOf(result)).toMatchObject({ status: 'timed-out', current: { deploymentId } });
    expect(result.outputs['rollout-state']).toBe('IN_PROGRESS');
    // the one step budget names the phase that spent it, in the log and the summary
    const ranOut =
      /The step's time budget \(wait-timeout: 3.0s\) ran out during 'Following deployment ecs-svc\/\d+', after 3\.\ds of waiting\./;
    expect(result.stdout).toMatch(new RegExp(`::warning::${ranOut.source}`));
    expect(result.summary).toMatch(ranOut);
  });

  it('on SIGINT stops following and records the state reached', async () => {
    const { cluster, service } = await createService(ecs, { desiredCount: 1 });
    const { result } = await deploy(
      {
        cluster,
        service,
        image: '127.0.0.1:5000/web:v5',
        'if-in-progress': 'ignore',
        'max-poll-interval': '1s',
      },
      { signalAfter: { signal: 'SIGINT', when: (stdout) => /\[\d+s\] PRIMARY IN_PROGRESS/.test(stdout) } },
    );
    expect(result.code).toBe(1);
    expect(recordOf(result)).toMatchObject({
      status: 'cancelled',
      current: { taskDefinitionArn: result.outputs['task-definition-arn'] },
    });
    expect(recordOf(result).message).toMatch(/SIGINT.*0\/1 running/);
  });

  it('with rollback-on-cancel: true, SIGTERM while following starts the restore of the previous revision and fails', async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs, { desiredCount: 1 });
    let signalledAt = 0;
    const { result, calls } = await deploy(
      {
        cluster,
        service,
        image: '127.0.0.1:5000/web:v6',
        'if-in-progress': 'ignore',
        'max-poll-interval': '1s',
        'rollback-on-cancel': true,
      },
      {
        signalAfter: {
          signal: 'SIGTERM',
          when: (stdout) => {
            if (!/\[\d+s\] PRIMARY IN_PROGRESS/.test(stdout)) return false;
            signalledAt = Date.now();
            return true;
          },
        },
      },
    );
    const exitedMs = Date.now() - signalledAt;
    expect(result.code).toBe(1);
    expect(exitedMs).toBeLessThan(2500);
    expect(calls.filter((call) => call.operation === 'UpdateService')).toHaveLength(2);
    const described = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    expect(described.services?.[0]?.taskDefinition).toBe(taskDefinitionArn);
    expect(result.outputs['rolled-back']).toBe('true');
    const record = recordOf(result);
    expect(record.status).toBe('rolled-back');
    expect(record.message).toMatch(/cancelled; restore started \d+ ms after SIGTERM .*, not followed/);
    expect(result.summary).toMatch(
      /Cancelled \(SIGTERM\): the restore of the previous state was started \d+ ms after SIGTERM/,
    );
    expect(errorLines(result)).toEqual([
      expect.stringMatching(/Cancelled \(SIGTERM\): the restore of the previous state was started/),
    ]);
  });

  describe('bad inputs fail clearly with nothing registered or updated', () => {
    const cases: Array<[string, Record<string, InputValue>, RegExp]> = [
      [
        'unknown container',
        { image: 'nginx:2', container: 'frontend' },
        /Input 'container' has an invalid value "frontend" \(no such container\): expected one of the task definition's containers: app, sidecar/,
      ],
      [
        'unparsable image',
        { image: 'nginx:latest:again' },
        /Input 'image' has an invalid value "nginx:latest:again"/,
      ],
      [
        'both image and images',
        { image: 'nginx:2', images: 'app=nginx:3' },
        /either 'image' \(with 'container'\) or 'images', not both/,
      ],
    ];
    it.each(cases)('%s', async (_name, inputs, message) => {
      const { cluster, service } = await createService(ecs);
      const { result, calls } = await deploy({ cluster, service, ...inputs });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(message);
      expect(operations(calls)).not.toContain('RegisterTaskDefinition');
      expect(operations(calls)).not.toContain('UpdateService');
    });

    it('task-definition file that is not JSON: one error, annotated with file and line, without its text', async () => {
      const { cluster, service } = await createService(ecs);
      const { result: probe } = await deploy({ cluster, service, 'dry-run': true });
      const workspace = probe.workspace;
      writeFileSync(
        join(workspace, 'task-definition.json'),
        readFileSync(join(REPO_ROOT, '__tests__/fixtures/ecs/not-json-task-definition.txt')),
      );
      const { result, calls } = await deploy(
        { cluster, service, image: 'nginx:2', 'task-definition': 'task-definition.json' },
        { workspace },
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^::error title=task-definition,file=task-definition\.json,line=4::Input 'task-definition' has an invalid value "task-definition\.json" \(the file is not valid JSON at line 4/m,
      );
      expect(result.commands.filter((command) => command.command === 'error')).toHaveLength(1);
      expect(calls).toEqual([]);
    });
  });

  it('iam-policy.json grants exactly the operations the bundle called', () => {
    const granted = policyActions('actions/deploy-ecs/iam-policy.json', /^DeployEcsRecordedCalls/);
    expect(recordedActions(recorded)).toEqual(granted);
  });
});
