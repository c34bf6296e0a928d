// Alarms read in their own region, against moto (one endpoint, every region kept apart): an ARN in
// its region, a bare name in the records' region, and a bake window whose alarm fires elsewhere.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { createAlarm, setAlarmState } from '../../support/alarms.js';
import { motoConfig } from '../../support/moto.js';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { placeAlarms } from '../../../shared/alarms/regions.js';
import { readPlacedAlarms } from '../../../shared/alarms/read.js';
import { watchAlarms } from '../../../shared/alarms/watch.js';
import { cloudWatchClients } from '../../../shared/alarms/clients.js';
import { fakeTime } from '../../support/fake-time.js';

jest.setTimeout(60_000);

let emulators: Emulators;
const saved = { ...process.env };
const made: CloudWatchClient[] = [];
const unique = (stem: string) => `al-${stem}-${process.pid}-${Date.now().toString(36)}`;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: emulators.env.AWS_ENDPOINT_URL ?? '',
    AWS_MAX_ATTEMPTS: '2',
  });
});

afterAll(async () => {
  for (const client of made) client.destroy();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  await emulators?.release();
});

function cloudwatchIn(region: string): CloudWatchClient {
  const client = new CloudWatchClient(motoConfig(emulators.env.AWS_ENDPOINT_URL ?? '', region));
  made.push(client);
  return client;
}

/** Creates the alarm in `region` in `state`; returns its ARN as moto reports it. */
async function alarm(region: string, name: string, state: 'OK' | 'ALARM'): Promise<string> {
  const cloudwatch = cloudwatchIn(region);
  await createAlarm(cloudwatch, name, { state, reason: `set ${state} in ${region} by the test` });
  const described = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
  return described.MetricAlarms?.[0]?.AlarmArn ?? '';
}

describe('alarms in two regions (moto)', () => {
  it('reads an ARN in its own region and a bare name in the records’ region', async () => {
    const name = unique('5xx');
    // the same name in both regions, in different states: only the region tells them apart
    await alarm('us-east-1', name, 'OK');
    const euArn = await alarm('eu-west-1', name, 'ALARM');
    expect(euArn).toContain(':eu-west-1:');
    const placed = placeAlarms([name, euArn], ['us-east-1'], 'alarms');
    expect(placed.map((item) => item.region)).toEqual(['us-east-1', 'eu-west-1']);
    expect(await readPlacedAlarms(placed, cloudWatchClients())).toEqual([
      { name, state: 'OK', reason: 'set OK in us-east-1 by the test' },
      { name: euArn, state: 'ALARM', reason: 'set ALARM in eu-west-1 by the test' },
    ]);
  });

  it('says in which region an alarm was not found', async () => {
    const onlyInEurope = unique('eu-only');
    const arn = await alarm('eu-west-1', onlyInEurope, 'OK');
    // as a bare name with records in us-east-1 it is looked for there, and is not there
    await expect(
      readPlacedAlarms(placeAlarms([onlyInEurope], ['us-east-1'], 'alarms'), cloudWatchClients()),
    ).rejects.toThrow(
      `CloudWatch alarm ${onlyInEurope} not found in us-east-1: check the names in 'alarms'.`,
    );
    // an ARN naming the wrong region is looked for in that region
    const wrongRegion = arn.replace(':eu-west-1:', ':us-west-2:');
    await expect(
      readPlacedAlarms(placeAlarms([wrongRegion], ['eu-west-1'], 'alarms'), cloudWatchClients()),
    ).rejects.toThrow(/not found in us-west-2/);
  });

  it('ends the bake window when the alarm of the other region enters ALARM', async () => {
    const local = unique('local');
    const remote = unique('remote');
    await alarm('us-east-1', local, 'OK');
    const remoteArn = await alarm('eu-west-1', remote, 'OK');
    let fired = false;
    // after the first quiet poll, the release goes bad in Europe only
    const time = fakeTime(async () => {
      if (fired) return;
      fired = true;
      await setAlarmState(cloudwatchIn('eu-west-1'), remote, 'ALARM', 'Threshold Crossed: 5xx >= 1');
    });
    const result = await watchAlarms({
      alarms: placeAlarms([local, remoteArn], ['us-east-1'], 'alarms'),
      clientFor: cloudWatchClients(),
      bakeTimeMs: 600_000,
      atStart: 'fail',
      maxPollIntervalMs: 15_000,
      ...time,
    });
    expect(result).toMatchObject({
      outcome: 'alarm',
      alarm: remoteArn,
      reason: `alarm ${remoteArn} entered ALARM: Threshold Crossed: 5xx >= 1`,
      alreadyInAlarm: [],
    });
  });
});
