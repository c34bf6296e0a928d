import { describe, expect, it } from '@jest/globals';
import { alarmProblem, parseAlarmArn, placeAlarms } from '../../../shared/alarms/regions.js';

const arn = (region: string, name: string) => `arn:aws:cloudwatch:${region}:123456789012:alarm:${name}`;

describe('placeAlarms', () => {
  it('reads an ARN in its own region and a bare name in the one region of the records', () => {
    expect(
      placeAlarms(['api-5xx', arn('eu-west-1', 'db:cpu'), 'api-5xx'], ['us-east-1', 'us-east-1'], 'alarms'),
    ).toEqual([
      { given: 'api-5xx', name: 'api-5xx', region: 'us-east-1' },
      { given: arn('eu-west-1', 'db:cpu'), name: 'db:cpu', region: 'eu-west-1' },
    ]);
    expect(placeAlarms(['api-5xx'], [undefined], 'alarms')).toEqual([
      { given: 'api-5xx', name: 'api-5xx', region: undefined },
    ]);
  });

  it('refuses a bare name when the records span several regions, naming the input and asking for ARNs', () => {
    expect(() =>
      placeAlarms([arn('eu-west-1', 'a'), 'api-5xx'], ['us-east-1', 'eu-west-1'], 'alarms'),
    ).toThrow(
      'Input \'alarms\' has an invalid value "api-5xx" (the records are in us-east-1, eu-west-1, so a bare alarm name does not say which region it is in): expected alarm ARNs (arn:aws:cloudwatch:<region>:<account>:alarm:<name>): each alarm is read in its own region.',
    );
    expect(
      placeAlarms([arn('eu-west-1', 'a'), arn('us-east-1', 'b')], ['us-east-1', 'eu-west-1'], 'alarms'),
    ).toHaveLength(2);
  });

  it('refuses an ARN that is not a CloudWatch alarm ARN', () => {
    expect(() => placeAlarms(['arn:aws:sns:us-east-1:123456789012:topic'], ['us-east-1'], 'alarms')).toThrow(
      /Input 'alarms' has an invalid value .*not a CloudWatch alarm ARN/,
    );
  });
});

describe('alarm ARNs', () => {
  it('parses the region and the name, in every partition', () => {
    expect(parseAlarmArn('arn:aws-us-gov:cloudwatch:us-gov-west-1:123456789012:alarm:x')).toEqual({
      region: 'us-gov-west-1',
      name: 'x',
    });
    expect(parseAlarmArn('api-5xx')).toBeUndefined();
  });

  it('lets an ARN be longer than 255 characters as long as its name is not', () => {
    expect(alarmProblem(arn('us-east-1', 'n'.repeat(255)))).toBeUndefined();
    expect(alarmProblem('n'.repeat(256))).toBe('longer than 255 characters');
    expect(alarmProblem(arn('us-east-1', 'n'.repeat(256)))).toMatch(/longer than 255/);
  });
});
