// Cancellations survived: the job is cancelled after the deploy changed the service, with
// rollback-on-cancel (the root action's default; deploy-ecs and deploy-lambda-image opt in). The real signals the runner
// sends (SIGINT, or SIGTERM alone as after the 7.5 s SIGINT wait) go to the spawned bundle; the
// restore must reach moto within the grace period, and the previous revision must run again.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DescribeServicesCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createAlarm } from '../support/alarms.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, type Proxy } from '../support/proxy.js';
import type { InputValue } from '../support/harness.js';
import { reply, startHttpServer, type TestServer } from '../support/http-servers.js';
import { validateRecord, type EcsRecord } from '../../shared/record/index.js';
import { createService, ecsClient } from '../support/ecs-service.js';
import { ECRClient } from '@aws-sdk/client-ecr';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  createImageFunction,
  createRepository,
  digestOf,
  ensureRole,
  putImage,
  REGISTRY,
} from '../fixtures/lambda/moto.js';
import { slowLambdaUpdate } from '../fixtures/lambda/slow-update.js';
import { motoConfig, uniqueName } from '../support/moto.js';
import { Figures } from './lib/report.js';
import { errorLines, runProxied } from './lib/scenario.js';

jest.setTimeout(90_000);

const figures = new Figures('rollback-on-cancel');
let emulators: Emulators;
let proxy: Proxy;
let ecs: ECSClient;
let cloudwatch: CloudWatchClient;
let app: TestServer;
let healthy = true;
const slowUpdate = slowLambdaUpdate();

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const moto = emulators.env['MOTO_URL'] ?? '';
  proxy = await startProxy({ target: moto, rewrite: slowUpdate.rewrite });
  ecs = ecsClient(moto);
  cloudwatch = new CloudWatchClient(motoConfig(moto));
  app = await startHttpServer((request, response) =>
    healthy ? reply(response, 200, { status: 'ok' }) : reply(response, 503, 'unhealthy'),
  );
}, 90_000);

afterAll(async () => {
  figures.save();
  ecs?.destroy();
  cloudwatch?.destroy();
  await app?.close();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

const recordOf = (outputs: Record<string, string>): EcsRecord =>
  validateRecord(JSON.parse(outputs['deployment'] ?? 'null')) as EcsRecord;

async function liveTaskDefinition(cluster: string, service: string): Promise<string | undefined> {
  const described = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  return described.services?.[0]?.taskDefinition;
}

const quietAlarm = (): Promise<string> => createAlarm(cloudwatch, uniqueName('api-5xx'));

/**
 * Runs `action` and sends `signal` once the log matches `when`; times the restore (the second
 * `restoreOperation` reaching moto) and the exit from the signal.
 */
async function cancelAfter(
  action: string,
  inputs: Record<string, InputValue>,
  signal: 'SIGINT' | 'SIGTERM',
  when: RegExp,
  restoreOperation = 'UpdateService',
) {
  let signalledAt = 0;
  let restoreAt = 0;
  const run = await runProxied(proxy, action, inputs, {
    signalAfter: {
      signal,
      when: (stdout) => {
        if (signalledAt || !when.test(stdout)) return false;
        signalledAt = performance.now();
        slowUpdate.settle();
        proxy.setFaults({
          only: (call) => {
            if (call.operation === restoreOperation && !restoreAt) restoreAt = performance.now();
            return false;
          },
        });
        return true;
      },
    },
  });
  const exitedAt = performance.now();
  if (!signalledAt) throw new Error(`the run ended before ${signal} was sent:\n${run.result.stdout}`);
  return { ...run, signalToRestoreMs: restoreAt - signalledAt, signalToExitMs: exitedAt - signalledAt };
}

describe('the root action restores on cancel (rollback-on-cancel: true by default)', () => {
  it.each([
    ['SIGINT', 'bake window (60 s, alarm OK)', /alarm\(s\) not in ALARM/, true],
    ['SIGTERM', 'smoke test failing (503), retrying', /503/, false],
  ] as const)(
    '%s during the %s: restore started in the grace period, previous revision live',
    async (signal, scenario, when, withAlarm) => {
      healthy = withAlarm;
      const { cluster, service, taskDefinitionArn } = await createService(ecs);
      const alarm = withAlarm ? await quietAlarm() : undefined;
      const { result, calls, signalToRestoreMs, signalToExitMs } = await cancelAfter(
        '.',
        {
          target: 'ecs',
          cluster,
          service,
          image: '127.0.0.1:5000/web:v8',
          url: `${app.url}/health`,
          interval: '1s',
          'max-poll-interval': '1s',
          ...(alarm ? { alarms: alarm, 'bake-time': '60s' } : { timeout: '60s' }),
        },
        signal,
        when,
      );
      healthy = true;
      expect(result.code).toBe(1);
      expect(calls.filter((call) => call.operation === 'UpdateService')).toHaveLength(2);
      // the smallest grace: SIGTERM → kill is 2.5 s
      expect(signalToRestoreMs).toBeLessThan(2500);
      expect(signalToExitMs).toBeLessThan(2500);
      const live = await liveTaskDefinition(cluster, service);
      expect(live).toBe(taskDefinitionArn);
      expect(result.outputs['rolled-back']).toBe('true');
      expect(recordOf(result.outputs).status).toBe('rolled-back');
      expect(errorLines(result)).toEqual([
        expect.stringMatching(/the restore of the previous state was started/),
      ]);
      figures.survivedCancel({
        action: 'release',
        scenario,
        signal,
        signalToRestoreMs,
        signalToExitMs,
        outcome: `previous revision live again (DescribeServices); rolled-back true; record rolled-back`,
      });
    },
  );
});

describe('deploy-ecs with rollback-on-cancel: true', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while following a rollout: the previous revision is restored before the exit',
    async (signal) => {
      // desiredCount 1 on default moto: the deployment stays IN_PROGRESS for ever.
      const { cluster, service, taskDefinitionArn } = await createService(ecs, { desiredCount: 1 });
      const { result, calls, signalToRestoreMs, signalToExitMs } = await cancelAfter(
        'deploy-ecs',
        {
          cluster,
          service,
          image: '127.0.0.1:5000/web:v9',
          'if-in-progress': 'ignore',
          'max-poll-interval': '1s',
          'rollback-on-cancel': true,
        },
        signal,
        /\[\d+s\] PRIMARY IN_PROGRESS/,
      );
      expect(result.code).toBe(1);
      expect(calls.filter((call) => call.operation === 'UpdateService')).toHaveLength(2);
      expect(signalToRestoreMs).toBeLessThan(2500);
      expect(signalToExitMs).toBeLessThan(2500);
      expect(await liveTaskDefinition(cluster, service)).toBe(taskDefinitionArn);
      expect(result.outputs['rolled-back']).toBe('true');
      expect(recordOf(result.outputs).status).toBe('rolled-back');
      figures.survivedCancel({
        action: 'deploy-ecs',
        scenario: 'rollout IN_PROGRESS (0/1 running)',
        signal,
        signalToRestoreMs,
        signalToExitMs,
        outcome: 'previous revision live again (DescribeServices); rolled-back true; record rolled-back',
      });
    },
  );
});

describe('deploy-lambda-image with rollback-on-cancel: true', () => {
  const repository = uniqueName('cancel-fn');
  const lambda = () => new LambdaClient(motoConfig(emulators.env['MOTO_URL'] ?? ''));
  const pinned = (seed: number) => `${REGISTRY}/${repository}@${digestOf(seed)}`;

  beforeAll(async () => {
    const moto = emulators.env['MOTO_URL'] ?? '';
    const ecr = new ECRClient(motoConfig(moto));
    await ensureRole(moto);
    await createRepository(ecr, repository);
    for (const seed of [1, 2]) await putImage(ecr, repository, `v${seed}`, seed);
    ecr.destroy();
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while the new image is being applied: the function runs its previous image again',
    async (signal) => {
      const functionName = uniqueName('cancel-fn');
      const client = lambda();
      await createImageFunction(client, functionName, pinned(1));
      slowUpdate.start(functionName);
      const { result, calls, signalToRestoreMs, signalToExitMs } = await cancelAfter(
        'deploy-lambda-image',
        { 'function-name': functionName, image: `${REGISTRY}/${repository}:v2`, 'rollback-on-cancel': true },
        signal,
        /LastUpdateStatus InProgress/,
        'UpdateFunctionCode',
      ).finally(() => slowUpdate.settle());
      expect(result.code).toBe(1);
      expect(calls.filter((call) => call.operation === 'UpdateFunctionCode')).toHaveLength(2);
      expect(signalToRestoreMs).toBeLessThan(2500);
      expect(signalToExitMs).toBeLessThan(2500);
      const live = await client.send(new GetFunctionCommand({ FunctionName: functionName }));
      client.destroy();
      expect(live.Code?.ImageUri).toBe(pinned(1));
      expect(result.outputs['rolled-back']).toBe('true');
      expect(validateRecord(JSON.parse(result.outputs['deployment'] ?? 'null')).status).toBe('rolled-back');
      figures.survivedCancel({
        action: 'deploy-lambda-image',
        scenario: 'image update in progress (LastUpdateStatus InProgress)',
        signal,
        signalToRestoreMs,
        signalToExitMs,
        outcome: 'previous image live again (GetFunction); rolled-back true; record rolled-back',
      });
    },
  );
});
