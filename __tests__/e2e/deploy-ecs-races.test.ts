// deploy-ecs against deployments moto cannot play: moto completes every rollout at once, so a
// proxy in front of it rewrites DescribeServices to show what ECS shows. It reproduces, from the
// ECS documentation: a deployment IN_PROGRESS next to the ACTIVE one it replaces, then the
// deployment circuit breaker failing it and rolling the service back to the previous revision
// (service.taskDefinition back to it, one COMPLETED PRIMARY deployment); and another deploy's
// UpdateService landing while this one prepares. It cannot reproduce tasks, events or timings.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { RegisterTaskDefinitionCommand, UpdateServiceCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { isMutating, startProxy, type CallInfo, type Proxy } from '../support/proxy.js';
import { errorLines, type RunResult } from '../support/harness.js';
import { runProxied } from '../support/proxied-run.js';
import { decodeRecords } from '../../shared/record/validate.js';
import type { EcsRecord } from '../../shared/record/record.js';
import { CONTAINERS, createService, ecsClient } from '../support/ecs-service.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(90_000);

interface ServiceJson {
  taskDefinition?: string;
  deployments?: Array<Record<string, unknown>>;
}
type Play = (service: ServiceJson, describes: number) => void;

let emulators: Emulators;
let proxy: Proxy;
let ecs: ECSClient;
/** How DescribeServices answers are rewritten; undefined: as moto answers. */
let play: Play | undefined;
let describes = 0;

function rewrite(call: CallInfo, body: unknown): unknown {
  if (call.operation === 'UpdateService') play = undefined; // from this deploy's update on: moto's truth
  if (!play || call.operation !== 'DescribeServices') return undefined;
  describes += 1;
  const services = (body as { services?: ServiceJson[] }).services ?? [];
  for (const service of services) play(service, describes);
  return body;
}

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const motoUrl = emulators.env['MOTO_URL'] ?? '';
  if (!motoUrl) throw new Error('MOTO_URL missing from the test env');
  proxy = await startProxy({ target: motoUrl, rewrite });
  ecs = ecsClient(motoUrl);
}, 90_000);

afterAll(async () => {
  ecs?.destroy();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

const deployment = (id: string, taskDefinition: string, status: string, rolloutState: string) => ({
  id,
  status,
  taskDefinition,
  desiredCount: 1,
  runningCount: rolloutState === 'COMPLETED' ? 1 : 0,
  pendingCount: 0,
  failedTasks: rolloutState === 'FAILED' ? 3 : 0,
  rolloutState,
  createdAt: Date.now() / 1000,
  updatedAt: Date.now() / 1000,
});

async function deploy(
  inputs: Record<string, string>,
  setup: { play: Play },
): Promise<{ result: RunResult; mutating: string[] }> {
  describes = 0;
  play = setup.play;
  const { result, calls } = await runProxied(
    proxy,
    'deploy-ecs',
    { 'max-poll-interval': '1s', 'wait-timeout': '60s', ...inputs },
    { timeoutMs: 80_000, env: { AWS_MAX_ATTEMPTS: '3' } },
  );
  play = undefined;
  return { result, mutating: calls.filter(isMutating).map((call) => call.operation) };
}

/** A service on revision 1, and revision 2 that another deploy is rolling out (and that fails). */
async function serviceWithBadRollout(): Promise<{
  cluster: string;
  service: string;
  good: string;
  bad: string;
}> {
  const { cluster, service, family, taskDefinitionArn: good } = await createService(ecs);
  const bad =
    (
      await ecs.send(
        new RegisterTaskDefinitionCommand({
          family,
          containerDefinitions: CONTAINERS.map((c) =>
            c.name === 'app' ? { ...c, image: `${c.image}-broken` } : c,
          ),
        }),
      )
    ).taskDefinition?.taskDefinitionArn ?? '';
  await ecs.send(new UpdateServiceCommand({ cluster, service, taskDefinition: bad }));
  return { cluster, service, good, bad };
}

describe('deploy-ecs and deployments that moto cannot fail', () => {
  it('if-in-progress: wait takes its snapshot after the other rollout failed, never of the rejected revision', async () => {
    const { cluster, service, good, bad } = await serviceWithBadRollout();
    const { result } = await deploy(
      { cluster, service, container: 'app', image: '127.0.0.1:5000/web:v3', 'if-in-progress': 'wait' },
      {
        play: (live, n) => {
          if (n <= 2) {
            // the other deploy's rollout of `bad` is under way
            live.taskDefinition = bad;
            live.deployments = [
              deployment('ecs-svc/other', bad, 'PRIMARY', 'IN_PROGRESS'),
              deployment('ecs-svc/before', good, 'ACTIVE', 'COMPLETED'),
            ];
          } else {
            // the circuit breaker failed it and rolled the service back to `good`
            live.taskDefinition = good;
            live.deployments = [deployment('ecs-svc/rollback', good, 'PRIMARY', 'COMPLETED')];
          }
        },
      },
    );
    expect(errorLines(result)).toEqual([]);
    expect(result.code).toBe(0);
    const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EcsRecord[];
    // the record names as previous what the service runs after the failed rollout, not `bad`
    expect(record?.previous?.taskDefinitionArn).toBe(good);
    expect(record?.current?.images?.['app']).toBe('127.0.0.1:5000/web:v3');
    expect(record?.current?.images?.['sidecar']).toBe('busybox:1.36');
  });

  it('another deploy starting while this one prepares: stops before UpdateService, losing no change', async () => {
    const { cluster, service, good } = await createService(ecs).then((created) => ({
      ...created,
      good: created.taskDefinitionArn,
    }));
    const { result, mutating } = await deploy(
      { cluster, service, container: 'app', image: '127.0.0.1:5000/web:v4', 'if-in-progress': 'fail' },
      {
        play: (live, n) => {
          // the snapshot sees a quiet service; by the update, someone else's rollout has begun
          if (n >= 2)
            live.deployments = [
              deployment('ecs-svc/other', good, 'PRIMARY', 'IN_PROGRESS'),
              deployment('ecs-svc/before', good, 'ACTIVE', 'COMPLETED'),
            ];
        },
      },
    );
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual([
      expect.stringMatching(
        /Not deploying: '.*' changed since this step read it \(deployment ecs-svc\/other started\)/,
      ),
    ]);
    // the new revision was registered, the service never updated: exactly one mutating call
    expect(mutating).toEqual(['RegisterTaskDefinition']);
    const [record] = decodeRecords(result.outputs['deployment'] ?? '') as EcsRecord[];
    expect(record).toMatchObject({ status: 'failed', current: null });
  });
});
