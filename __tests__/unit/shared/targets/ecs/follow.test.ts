import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import {
  deploymentInProgress,
  followDeployment,
  waitForQuiet,
} from '../../../../../shared/targets/ecs/follow.js';
import {
  CLUSTER,
  NEW_ID,
  OLD_ID,
  OLD_TD,
  SERVICE,
  deployment,
  fakeTime,
  service,
  throttled,
} from '../../../../support/ecs-fakes.js';
import { CREDENTIALS } from '../../../../support/moto.js';

const ecsMock = mockClient(ECSClient);
const ecs = new ECSClient({ region: 'us-east-1', credentials: CREDENTIALS });
const ref = { cluster: CLUSTER, service: SERVICE, deploymentId: NEW_ID };

function options(time = fakeTime(), extra: Partial<Parameters<typeof followDeployment>[2]> = {}) {
  const lines: string[] = [];
  return {
    lines,
    time,
    value: {
      timeoutMs: 10 * 60_000,
      maxPollIntervalMs: 15_000,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 0.5,
      onProgress: (line: string) => lines.push(line),
      ...extra,
    },
  };
}

beforeEach(() => {
  ecsMock.reset();
});

describe('followDeployment', () => {
  it('succeeds at the first check when the deployment is already complete (no sleep first)', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolves(service([deployment({ rolloutState: 'COMPLETED', runningCount: 2, pendingCount: 0 })]));
    const o = options();
    const result = await followDeployment(ecs, ref, o.value);
    expect(result).toMatchObject({ status: 'succeeded', polls: 1, elapsedMs: 0 });
    expect(o.time.sleeps).toEqual([]);
  });

  it('follows through IN_PROGRESS until PRIMARY, COMPLETED and running == desired', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(
        service([
          deployment(),
          deployment({ id: OLD_ID, status: 'ACTIVE', taskDefinition: OLD_TD, runningCount: 2 }),
        ]),
      )
      .resolvesOnce(service([deployment({ runningCount: 1, pendingCount: 1 })]))
      // COMPLETED but one task short: not done yet
      .resolvesOnce(service([deployment({ rolloutState: 'COMPLETED', runningCount: 1, pendingCount: 1 })]))
      .resolves(service([deployment({ rolloutState: 'COMPLETED', runningCount: 2, pendingCount: 0 })]));
    const o = options();
    const result = await followDeployment(ecs, ref, o.value);
    expect(result.status).toBe('succeeded');
    expect(result.polls).toBe(4);
    expect(result.deployment?.rolloutState).toBe('COMPLETED');
    expect(o.lines.at(-1)).toMatch(/PRIMARY COMPLETED: 2\/2 running/);
  });

  it('backs off, never beyond max-poll-interval', async () => {
    ecsMock.on(DescribeServicesCommand).resolves(service([deployment()]));
    const o = options(fakeTime(), { timeoutMs: 120_000, maxPollIntervalMs: 5_000, random: () => 1 });
    const result = await followDeployment(ecs, ref, o.value);
    expect(result.status).toBe('timed-out');
    expect(Math.max(...o.time.sleeps)).toBeLessThanOrEqual(5_000);
    expect(o.time.sleeps.slice(0, 4)).toEqual([1000, 2000, 4000, 5000]);
  });

  it('fails at once on FAILED, with the reason ECS gives', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(service([deployment()]))
      .resolves(
        service([
          deployment({
            rolloutState: 'FAILED',
            failedTasks: 3,
            rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
          }),
        ]),
      );
    const result = await followDeployment(ecs, ref, options().value);
    expect(result).toMatchObject({
      status: 'failed',
      polls: 2,
      reason: 'ECS deployment circuit breaker: tasks failed to start.',
    });
    expect(result.state).toMatch(/3 failed/);
  });

  it('fails when the deployment disappears (circuit breaker rollback)', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(service([deployment()]))
      .resolves(service([deployment({ id: OLD_ID, taskDefinition: OLD_TD, rolloutState: 'IN_PROGRESS' })]));
    const result = await followDeployment(ecs, ref, options().value);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /ecs-svc\/1111111111111111111 is gone: the deployment circuit breaker rolled it back.*web:6/,
    );
  });

  it('fails when the service goes INACTIVE', async () => {
    ecsMock.on(DescribeServicesCommand).resolves(service([deployment()], { status: 'INACTIVE' }));
    const result = await followDeployment(ecs, ref, options().value);
    expect(result).toMatchObject({ status: 'failed', reason: 'the service is INACTIVE' });
  });

  it('times out with the state reached', async () => {
    ecsMock.on(DescribeServicesCommand).resolves(service([deployment({ runningCount: 1, pendingCount: 1 })]));
    const o = options(fakeTime(), { timeoutMs: 60_000 });
    const result = await followDeployment(ecs, ref, o.value);
    expect(result.status).toBe('timed-out');
    expect(result.elapsedMs).toBe(60_000);
    expect(result.reason).toMatch(
      /did not complete within the wait timeout; state reached: PRIMARY IN_PROGRESS: 1\/2 running, 1 pending/,
    );
  });

  it('keeps polling through throttling', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .resolves(service([deployment({ rolloutState: 'COMPLETED', runningCount: 2, pendingCount: 0 })]));
    const o = options();
    const result = await followDeployment(ecs, ref, o.value);
    expect(result).toMatchObject({ status: 'succeeded', polls: 3 });
    expect(o.lines.join('\n')).toMatch(/retrying after ThrottlingException/);
  });

  it('stops on an error that is not worth retrying', async () => {
    ecsMock.on(DescribeServicesCommand).rejects(
      Object.assign(new Error('User is not authorized'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await expect(followDeployment(ecs, ref, options().value)).rejects.toThrow(/not authorized/);
  });

  it('stops when cancelled, with the state reached', async () => {
    const controller = new AbortController();
    let calls = 0;
    ecsMock.on(DescribeServicesCommand).callsFake(() => {
      calls += 1;
      if (calls === 2) controller.abort(new Error('Cancelled: the runner sent SIGINT.'));
      return service([deployment({ runningCount: 1, pendingCount: 1 })]);
    });
    const result = await followDeployment(ecs, ref, options(fakeTime(), { signal: controller.signal }).value);
    expect(result.status).toBe('cancelled');
    expect(result.reason).toMatch(/SIGINT.*State reached: PRIMARY IN_PROGRESS: 1\/2 running/);
    expect(calls).toBe(2);
  });
});

describe('another deployment in progress', () => {
  it('is seen when two deployments exist or the only one is IN_PROGRESS', () => {
    const two = service([deployment(), deployment({ id: OLD_ID, status: 'ACTIVE' })]).services![0]!;
    const one = service([deployment({ rolloutState: 'IN_PROGRESS' })]).services![0]!;
    const settled = service([deployment({ rolloutState: 'COMPLETED' })]).services![0]!;
    expect(deploymentInProgress(two)?.id).toBe(NEW_ID);
    expect(deploymentInProgress(one)?.id).toBe(NEW_ID);
    expect(deploymentInProgress(settled)).toBeUndefined();
  });

  it('waitForQuiet waits until the service has a single settled deployment', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce(service([deployment(), deployment({ id: OLD_ID, status: 'ACTIVE' })]))
      .resolvesOnce(service([deployment()]))
      .resolves(service([deployment({ rolloutState: 'COMPLETED', runningCount: 2 })]));
    const result = await waitForQuiet(ecs, ref, options().value);
    expect(result).toMatchObject({ status: 'succeeded', polls: 3 });
  });
});
