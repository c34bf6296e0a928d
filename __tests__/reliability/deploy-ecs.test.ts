// deploy-ecs on a bad day: its main scenario under the fault plan, a cancel while it follows a
// rollout that never settles, and a table of bad inputs, each run through the bundle.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DescribeServicesCommand, ListTaskDefinitionsCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, type Proxy } from '../support/proxy.js';
import type { InputValue, RunOptions } from '../support/harness.js';
import { validateRecord, type EcsRecord } from '../../shared/record/index.js';
import { CONTAINERS, createService, ecsClient } from '../support/ecs-service.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { Figures } from './lib/report.js';
import {
  expectEveryFault,
  expectRefused,
  faultPlan,
  forwarded,
  runCancelled,
  runProxied,
} from './lib/scenario.js';

jest.setTimeout(90_000);

const figures = new Figures('deploy-ecs');
let emulators: Emulators;
let proxy: Proxy;
let ecs: ECSClient;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const moto = emulators.env['MOTO_URL'] ?? '';
  proxy = await startProxy({ target: moto });
  ecs = ecsClient(moto);
}, 90_000);

afterAll(async () => {
  figures.save();
  ecs?.destroy();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

const deploy = (inputs: Record<string, InputValue>, options: Parameters<typeof runProxied>[3] = {}) =>
  runProxied(proxy, 'deploy-ecs', { 'max-poll-interval': '1s', ...inputs }, options);

const recordOf = (outputs: Record<string, string>): EcsRecord =>
  validateRecord(JSON.parse(outputs['deployment'] ?? 'null')) as EcsRecord;

async function revisions(family: string): Promise<string[]> {
  const listed = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE' }));
  return listed.taskDefinitionArns ?? [];
}

describe('deploy-ecs under faults', () => {
  it('deploys once: one new revision, one service update, through throttling, 500s, latency and a drop', async () => {
    const { cluster, service, family, taskDefinitionArn } = await createService(ecs);
    const { result, calls } = await deploy(
      { cluster, service, image: '127.0.0.1:5000/web:v2' },
      { faults: faultPlan('UpdateService', 'DescribeServices') },
    );
    expect([result.code, result.commands.filter((c) => c.command === 'error')]).toEqual([0, []]);
    expectEveryFault(calls, 'DescribeServices');

    const after = await revisions(family);
    expect(after).toHaveLength(2);
    const created = after.find((arn) => arn !== taskDefinitionArn);
    const live = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] })))
      .services?.[0];
    expect(live?.taskDefinition).toBe(created);
    expect(forwarded(calls, 'RegisterTaskDefinition')).toHaveLength(1);
    expect(forwarded(calls, 'UpdateService')).toHaveLength(1);
    expect(recordOf(result.outputs)).toMatchObject({
      status: 'succeeded',
      previous: { taskDefinitionArn },
      current: { taskDefinitionArn: created },
    });
    // every operation it made is granted by its policy
    const granted = policyActions('actions/deploy-ecs/iam-policy.json');
    expect(recordedActions(calls).filter((action) => !granted.includes(action))).toEqual([]);
    figures.fault('new image on a service', calls, [
      '1 task-definition revision registered (ListTaskDefinitions)',
      '1 UpdateService reached moto; service on the new revision (DescribeServices)',
      'record succeeded',
    ]);
  });
});

describe('deploy-ecs cancelled while following a rollout', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s: exits within 2 s with a summary and a cancelled record',
    async (signal) => {
      // desiredCount 1 on default moto: the deployment stays IN_PROGRESS for ever.
      const { cluster, service } = await createService(ecs, { desiredCount: 1 });
      const { result, signalToExitMs } = await runCancelled(
        (signalAfter: NonNullable<RunOptions['signalAfter']>) =>
          deploy(
            { cluster, service, image: '127.0.0.1:5000/web:v5', 'if-in-progress': 'ignore' },
            { signalAfter },
          ),
        signal,
        (stdout) => /\[\d+s\] PRIMARY IN_PROGRESS/.test(stdout),
      );
      expect(signalToExitMs).toBeLessThan(2000);
      expect(result.code).toBe(1);
      const record = recordOf(result.outputs);
      expect(record).toMatchObject({
        status: 'cancelled',
        current: { taskDefinitionArn: result.outputs['task-definition-arn'] },
      });
      expect(record.message).toMatch(new RegExp(`${signal}.*0/1 running`));
      expect(result.summary).toMatch(/cancel/i);
      figures.cancellation({
        scenario: 'rollout IN_PROGRESS (0/1 running)',
        signal,
        signalToExitMs,
        stateReached: `record ${record.status}: ${record.message ?? ''}`,
      });
    },
  );
});

describe('deploy-ecs refuses bad inputs before any change', () => {
  const cases: Array<[string, string, Record<string, InputValue>]> = [
    ['no service', 'service', { service: '' }],
    ['unparsable image', 'image', { image: 'nginx:latest:again' }],
    ['image with a newline (output injection)', 'image', { image: 'nginx:2\nrollout-state=COMPLETED' }],
    ['image and images together', 'image', { image: 'nginx:2', images: 'app=nginx:3' }],
    ['images line without =', 'images', { images: 'app nginx:3' }],
    ['desired-count not a number', 'desired-count', { image: 'nginx:2', 'desired-count': 'two' }],
    ['negative desired-count', 'desired-count', { image: 'nginx:2', 'desired-count': '-1' }],
    ['negative wait-timeout', 'wait-timeout', { image: 'nginx:2', 'wait-timeout': '-5m' }],
    ['unknown duration unit', 'max-poll-interval', { image: 'nginx:2', 'max-poll-interval': '3 fortnights' }],
    ['unknown if-in-progress', 'if-in-progress', { image: 'nginx:2', 'if-in-progress': 'retry' }],
    ['boolean that is not one', 'dry-run', { image: 'nginx:2', 'dry-run': 'maybe' }],
    ['environment key with a space', 'environment', { image: 'nginx:2', environment: 'BAD KEY=1' }],
    ['task-definition file missing', 'task-definition', { image: 'nginx:2', 'task-definition': 'nope.json' }],
    ['keep-revisions zero', 'keep-revisions', { image: 'nginx:2', 'keep-revisions': '0' }],
  ];
  it.each(cases)('%s', async (_name, input, inputs) => {
    const refused = await deploy({ cluster: 'web', service: 'api', ...inputs });
    const { awsCalls, mutating } = expectRefused(refused, input);
    refused.result.cleanup();
    figures.badInput(awsCalls, mutating);
  });
});

// moto names nothing it cannot find: a valid-looking cluster that does not exist is an AWS error,
// not an input error, so the bad-input table above stays with inputs the action can judge alone.
void CONTAINERS;
