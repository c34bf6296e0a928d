// The ECS RollbackAdapter used by auto-rollback.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { BREADCRUMB_KEY, breadcrumbOf } from '../../../../../shared/record/breadcrumb.js';
import { createEcsRollback } from '../../../../../shared/targets/ecs/adapter.js';
import { RECORD_SCHEMA, type EcsRecord } from '../../../../../shared/record/index.js';
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
const ecs = new ECSClient({ region: 'us-east-1', credentials: CREDENTIALS });
const ROLLBACK_ID = 'ecs-svc/3333333333333333333';
const OTHER_TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:8';

const record: EcsRecord & { id: string } = {
  schema: RECORD_SCHEMA,
  id: '7e0d1c1a-58a4-4b8e-9a39-55f0c5d6e001',
  target: 'ecs',
  region: 'us-east-1',
  resource: { cluster: CLUSTER, service: SERVICE },
  previous: { taskDefinitionArn: OLD_TD, desiredCount: 2 },
  current: { taskDefinitionArn: NEW_TD, desiredCount: 3, deploymentId: NEW_ID },
  status: 'failed',
  startedAt: '2026-11-23T10:00:00Z',
};

function options(extra: { force?: boolean; wait?: boolean } = {}) {
  const time = fakeTime();
  return {
    timeoutMs: 600_000,
    maxPollIntervalMs: 5_000,
    clock: time.clock,
    sleep: time.sleep,
    force: false,
    wait: true,
    ...extra,
  };
}

beforeEach(() => {
  ecsMock.reset();
  // the breadcrumb deploy-ecs wrote on the revision it registered
  ecsMock.on(DescribeTaskDefinitionCommand).resolves({
    taskDefinition: { taskDefinitionArn: NEW_TD },
    tags: [{ key: BREADCRUMB_KEY, value: breadcrumbOf(record) }],
  });
});

describe('ECS restore', () => {
  it('updates the service back to the previous task definition and count and follows that deployment', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(
        service([deployment({ rolloutState: 'FAILED' })], { taskDefinition: NEW_TD, desiredCount: 3 }),
      )
      .resolves(
        service([
          deployment({ id: ROLLBACK_ID, taskDefinition: OLD_TD, rolloutState: 'COMPLETED', runningCount: 2 }),
        ]),
      );
    ecsMock.on(UpdateServiceCommand).resolves({
      service: service([
        deployment({ id: ROLLBACK_ID, taskDefinition: OLD_TD }),
        deployment({ status: 'ACTIVE' }),
      ]).services![0]!,
    });
    const result = await createEcsRollback(ecs).restore(record, options());
    expect(ecsMock.commandCalls(UpdateServiceCommand)[0]!.args[0].input).toEqual({
      cluster: CLUSTER,
      service: SERVICE,
      taskDefinition: OLD_TD,
      desiredCount: 2,
    });
    expect(result).toMatchObject({
      changed: true,
      from: 'web:7 × 3',
      to: 'web:6 × 2',
      follow: { status: 'succeeded' },
    });
  });

  it('is idempotent: already at the previous state → changed false, no update', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolves(
        service([deployment({ taskDefinition: OLD_TD })], { taskDefinition: OLD_TD, desiredCount: 2 }),
      );
    const result = await createEcsRollback(ecs).restore(record, options());
    expect(result).toEqual({ changed: false, from: 'web:6 × 2', to: 'web:6 × 2' });
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });

  it('refuses when someone deployed since, unless forced', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolves(service([deployment({ taskDefinition: OTHER_TD })], { taskDefinition: OTHER_TD }));
    const refused = await createEcsRollback(ecs).restore(record, options());
    expect(refused.changed).toBe(false);
    expect(refused.refused).toMatch(/now runs web:8, not web:7 .*force/);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);

    ecsMock.on(UpdateServiceCommand).resolves({
      service: service([deployment({ id: ROLLBACK_ID, taskDefinition: OLD_TD })]).services![0]!,
    });
    const forced = await createEcsRollback(ecs).restore(record, options({ force: true, wait: false }));
    expect(forced).toEqual({ changed: true, from: 'web:8 × 2', to: 'web:6 × 2' });
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(1);
  });

  it('reports a rollback deployment that fails', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(service([deployment()], { taskDefinition: NEW_TD }))
      .resolves(
        service([
          deployment({
            id: ROLLBACK_ID,
            taskDefinition: OLD_TD,
            rolloutState: 'FAILED',
            rolloutStateReason: 'tasks failed to start',
          }),
        ]),
      );
    ecsMock.on(UpdateServiceCommand).resolves({
      service: service([deployment({ id: ROLLBACK_ID, taskDefinition: OLD_TD })]).services![0]!,
    });
    const result = await createEcsRollback(ecs).restore(record, options());
    expect(result.follow).toMatchObject({ status: 'failed', reason: 'tasks failed to start' });
  });
});
