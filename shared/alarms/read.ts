// CloudWatch alarm states, read by name; used while traffic shifts and during bake windows.
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ActionError } from '../action/errors.js';

export interface AlarmState {
  name: string;
  state: string;
  reason?: string;
}

/** Current state of each named alarm; throws when one does not exist (a typo would watch nothing). */
export async function readAlarms(
  cloudwatch: CloudWatchClient,
  names: readonly string[],
): Promise<AlarmState[]> {
  if (names.length === 0) return [];
  const { DescribeAlarmsCommand } = await import('@aws-sdk/client-cloudwatch');
  const found = new Map<string, AlarmState>();
  for (let start = 0; start < names.length; start += 100) {
    let nextToken: string | undefined;
    do {
      const page = await cloudwatch.send(
        new DescribeAlarmsCommand({
          AlarmNames: names.slice(start, start + 100),
          AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])])
        if (alarm.AlarmName)
          found.set(alarm.AlarmName, {
            name: alarm.AlarmName,
            state: alarm.StateValue ?? 'INSUFFICIENT_DATA',
            ...(alarm.StateReason ? { reason: alarm.StateReason } : {}),
          });
      nextToken = page.NextToken;
    } while (nextToken);
  }
  const missing = names.filter((name) => !found.has(name));
  if (missing.length)
    throw new ActionError(
      `CloudWatch alarm${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in this region: check the names in 'alarms'.`,
    );
  return names.map((name) => found.get(name) as AlarmState);
}

export function firing(alarms: readonly AlarmState[]): AlarmState[] {
  return alarms.filter((alarm) => alarm.state === 'ALARM');
}

/** ARNs of alarms given by name or ARN (CloudFormation rollback triggers take ARNs). */
export async function alarmArns(
  cloudwatch: CloudWatchClient,
  namesOrArns: readonly string[],
): Promise<string[]> {
  const names = namesOrArns.filter((item) => !item.startsWith('arn:'));
  if (names.length === 0) return [...namesOrArns];
  const { DescribeAlarmsCommand } = await import('@aws-sdk/client-cloudwatch');
  const arns = new Map<string, string>();
  for (let start = 0; start < names.length; start += 100) {
    const page = await cloudwatch.send(
      new DescribeAlarmsCommand({
        AlarmNames: names.slice(start, start + 100),
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      }),
    );
    for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])])
      if (alarm.AlarmName && alarm.AlarmArn) arns.set(alarm.AlarmName, alarm.AlarmArn);
  }
  const missing = names.filter((name) => !arns.has(name));
  if (missing.length)
    throw new ActionError(
      `CloudWatch alarm${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in this region: check 'rollback-alarms'.`,
    );
  return namesOrArns.map((item) => arns.get(item) ?? item);
}
