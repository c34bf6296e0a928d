// CloudWatch alarm states, read by name; used while traffic shifts and during bake windows.
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ActionError } from '../action/errors.js';
import type { PlacedAlarm } from './regions.js';

export interface AlarmState {
  name: string;
  state: string;
  reason?: string | undefined;
}

interface DescribedAlarm extends AlarmState {
  arn?: string | undefined;
}

/** Every named alarm AWS knows, in pages of 100 names and following NextToken. */
async function describeAlarms(
  cloudwatch: CloudWatchClient,
  names: readonly string[],
): Promise<Map<string, DescribedAlarm>> {
  const { DescribeAlarmsCommand } = await import('@aws-sdk/client-cloudwatch');
  const found = new Map<string, DescribedAlarm>();
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
            reason: alarm.StateReason || undefined,
            arn: alarm.AlarmArn || undefined,
          });
      nextToken = page.NextToken;
    } while (nextToken);
  }
  return found;
}

function refuseMissing(
  names: readonly string[],
  found: Map<string, DescribedAlarm>,
  input: string,
  region = 'this region',
): void {
  const missing = names.filter((name) => !found.has(name));
  if (missing.length)
    throw new ActionError(
      `CloudWatch alarm${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in ${region}: check the names in '${input}'.`,
    );
}

/** Current state of each named alarm; throws when one does not exist (a typo would watch nothing). */
export async function readAlarms(
  cloudwatch: CloudWatchClient,
  names: readonly string[],
): Promise<AlarmState[]> {
  if (names.length === 0) return [];
  const found = await describeAlarms(cloudwatch, names);
  refuseMissing(names, found, 'alarms');
  return names.map((name) => {
    const { arn: _arn, ...state } = found.get(name) as DescribedAlarm;
    return state;
  });
}

/**
 * Current state of alarms placed in their regions (shared/alarms/regions.ts): one DescribeAlarms
 * per region, each alarm named as it was given. Throws when one does not exist in its region.
 */
export async function readPlacedAlarms(
  alarms: readonly PlacedAlarm[],
  clientFor: (region: string | undefined) => CloudWatchClient,
  input = 'alarms',
): Promise<AlarmState[]> {
  const regions = [...new Set(alarms.map((alarm) => alarm.region))];
  const states = new Map<PlacedAlarm, AlarmState>();
  await Promise.all(
    regions.map(async (region) => {
      const here = alarms.filter((alarm) => alarm.region === region);
      const names = [...new Set(here.map((alarm) => alarm.name))];
      const found = await describeAlarms(clientFor(region), names);
      refuseMissing(names, found, input, region ?? 'the default region');
      for (const alarm of here) {
        const { arn: _arn, ...state } = found.get(alarm.name) as DescribedAlarm;
        states.set(alarm, { ...state, name: alarm.given });
      }
    }),
  );
  return alarms.map((alarm) => states.get(alarm) as AlarmState);
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
  const found = await describeAlarms(cloudwatch, names);
  refuseMissing(names, found, 'rollback-alarms');
  return namesOrArns.map((item) => found.get(item)?.arn ?? item);
}
