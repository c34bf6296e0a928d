import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { alarmArns, readAlarms } from '../../../../shared/alarms/read.js';

const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => {
  cloudwatch.reset();
});

const arn = (name: string) => `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`;
const client = () => new CloudWatchClient({ region: 'us-east-1' });

describe('alarms read by name', () => {
  it('follows NextToken for states and for ARNs alike', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .resolvesOnce({
        MetricAlarms: [{ AlarmName: 'a', AlarmArn: arn('a'), StateValue: 'OK' }],
        NextToken: 'page-2',
      })
      .resolvesOnce({ CompositeAlarms: [{ AlarmName: 'b', AlarmArn: arn('b'), StateValue: 'ALARM' }] })
      .resolvesOnce({
        MetricAlarms: [{ AlarmName: 'a', AlarmArn: arn('a'), StateValue: 'OK' }],
        NextToken: 'page-2',
      })
      .resolvesOnce({ CompositeAlarms: [{ AlarmName: 'b', AlarmArn: arn('b'), StateValue: 'ALARM' }] });
    expect(await readAlarms(client(), ['a', 'b'])).toEqual([
      { name: 'a', state: 'OK' },
      { name: 'b', state: 'ALARM' },
    ]);
    expect(await alarmArns(client(), ['a', arn('given'), 'b'])).toEqual([arn('a'), arn('given'), arn('b')]);
    expect(cloudwatch.commandCalls(DescribeAlarmsCommand)[3]?.args[0].input.NextToken).toBe('page-2');
  });

  it('names the alarms that do not exist and the input they came from', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [{ AlarmName: 'a', AlarmArn: arn('a') }] });
    await expect(alarmArns(client(), ['a', 'typo'])).rejects.toThrow(
      /alarm typo not found .* 'rollback-alarms'/,
    );
    await expect(readAlarms(client(), ['typo'])).rejects.toThrow(/'alarms'/);
  });
});
