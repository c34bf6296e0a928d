import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudWatchClient, DescribeAlarmsCommand, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { watchAlarms } from '../../../shared/alarms/watch.js';
import { fakeTime as virtualTime } from '../../support/fake-time.js';

const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  cloudwatch.reset();
});

function alarms(states: Record<string, string>): { MetricAlarms: MetricAlarm[] } {
  return {
    MetricAlarms: Object.entries(states).map(([AlarmName, StateValue]) => ({
      AlarmName,
      StateValue: StateValue as MetricAlarm['StateValue'],
      StateReason: `Threshold Crossed: ${AlarmName}`,
    })),
  };
}

const client = () => new CloudWatchClient({ region: 'us-east-1' });
const inRegion = (names: string[]) => ({
  alarms: names.map((name) => ({ given: name, name, region: 'us-east-1' })),
  clientFor: client,
});

describe('watchAlarms', () => {
  it('stays clear for the whole bake time when no alarm fires, polling under the cap', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolves(alarms({ 'api-5xx': 'OK', 'api-latency': 'INSUFFICIENT_DATA' }));
    const time = virtualTime();
    const result = await watchAlarms({
      ...inRegion(['api-5xx', 'api-latency']),
      bakeTimeMs: 600_000,
      atStart: 'ignore',
      maxPollIntervalMs: 15_000,
      ...time,
    });
    expect(result.outcome).toBe('clear');
    expect(time.sleeps.reduce((a, b) => a + b, 0)).toBe(600_000);
    expect(Math.max(...time.sleeps)).toBeLessThanOrEqual(15_000);
    expect(result.polls).toBeGreaterThan(30);
  });

  it('ends at the first poll that finds an alarm in ALARM', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolvesOnce(alarms({ 'api-5xx': 'OK' }))
      .resolvesOnce(alarms({ 'api-5xx': 'OK' }))
      .resolves(alarms({ 'api-5xx': 'ALARM' }));
    const time = virtualTime();
    const result = await watchAlarms({
      ...inRegion(['api-5xx']),
      bakeTimeMs: 600_000,
      atStart: 'ignore',
      ...time,
    });
    expect(result).toMatchObject({ outcome: 'alarm', alarm: 'api-5xx', polls: 3 });
    expect(result.outcome === 'alarm' && result.reason).toMatch(/api-5xx entered ALARM: Threshold Crossed/);
  });

  it("ignores an alarm already firing at the start until it recovers, with 'ignore'", async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolvesOnce(alarms({ noisy: 'ALARM' }))
      .resolvesOnce(alarms({ noisy: 'ALARM' }))
      .resolvesOnce(alarms({ noisy: 'OK' }))
      .resolves(alarms({ noisy: 'ALARM' }));
    const result = await watchAlarms({
      ...inRegion(['noisy']),
      bakeTimeMs: 600_000,
      atStart: 'ignore',
      ...virtualTime(),
    });
    expect(result).toMatchObject({ outcome: 'alarm', alarm: 'noisy', alreadyInAlarm: ['noisy'], polls: 4 });
  });

  it("fires at once on an alarm already in ALARM, with 'fail'", async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves(alarms({ noisy: 'ALARM', quiet: 'OK' }));
    const time = virtualTime();
    const result = await watchAlarms({
      ...inRegion(['noisy', 'quiet']),
      bakeTimeMs: 600_000,
      atStart: 'fail',
      ...time,
    });
    expect(result).toMatchObject({ outcome: 'alarm', alarm: 'noisy', alreadyInAlarm: ['noisy'] });
    expect(result.outcome === 'alarm' && result.reason).toMatch(
      /already in ALARM when the bake window started/,
    );
    expect(time.sleeps).toEqual([]);
  });

  it('refuses alarm names that do not exist before watching', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves(alarms({ real: 'OK' }));
    await expect(
      watchAlarms({
        ...inRegion(['real', 'typo']),
        bakeTimeMs: 60_000,
        atStart: 'ignore',
        ...virtualTime(),
      }),
    ).rejects.toThrow(/typo not found/);
  });

  it('stops when cancelled', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves(alarms({ quiet: 'OK' }));
    const controller = new AbortController();
    const time = virtualTime();
    const result = await watchAlarms({
      ...inRegion(['quiet']),
      bakeTimeMs: 600_000,
      atStart: 'ignore',
      signal: controller.signal,
      clock: time.clock,
      sleep: async (ms) => {
        await time.sleep(ms);
        if (time.sleeps.length === 3) controller.abort(new Error('SIGTERM'));
      },
    });
    expect(result.outcome).toBe('cancelled');
    expect(time.sleeps.reduce((a, b) => a + b, 0)).toBeLessThan(600_000);
  });
});
