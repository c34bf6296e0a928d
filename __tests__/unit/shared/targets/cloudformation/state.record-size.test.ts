// Records stay small and hold no value: a 48 KB template (the size that made a 99.5 KB record)
// and parameters whose values are hosts, user names and a URL with a password.
import { describe, expect, it } from '@jest/globals';
import type { Stack } from '@aws-sdk/client-cloudformation';
import {
  RECORD_SCHEMA,
  encodeRecord,
  type CloudFormationRecord,
} from '../../../../../shared/record/record.js';
import { newRecordId, newSealKey } from '../../../../../shared/record/breadcrumb.js';
import {
  currentStackState,
  previousStackState,
  previousTemplate,
  restoreParameters,
} from '../../../../../shared/targets/cloudformation/state.js';

/** A template of ordinary resources, distinct names and properties, about `bytes` long. */
function template(bytes: number): string {
  const resources: Record<string, unknown> = {};
  for (let i = 0; Buffer.byteLength(JSON.stringify({ Resources: resources }, null, 2)) < bytes; i += 1)
    resources[`Queue${i}Orders${(i * 7919) % 10007}`] = {
      Type: i % 3 ? 'AWS::SQS::Queue' : 'AWS::SNS::Topic',
      Properties: {
        [i % 3 ? 'QueueName' : 'TopicName']: { 'Fn::Sub': `\${Stage}-orders-${i}-${(i * 104729) % 99991}` },
        Tags: [{ Key: 'team', Value: `team-${i % 17}` }],
      },
    };
  return JSON.stringify({ Parameters: { Stage: { Type: 'String' } }, Resources: resources }, null, 2);
}

const VALUES = {
  DbHost: 'orders-db.cluster-cz0.eu-west-1.rds.amazonaws.com',
  DbUser: 'orders_app',
  UpstreamUrl: 'https://svc:Pa55-w0rd!@upstream.internal/api',
  ImageUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders@sha256:' + 'a'.repeat(64),
};
const stack = (values: Record<string, string>): Stack => ({
  StackName: 'orders',
  StackStatus: 'UPDATE_COMPLETE',
  CreationTime: new Date(0),
  Parameters: Object.entries(values).map(([ParameterKey, ParameterValue]) => ({
    ParameterKey,
    ParameterValue,
  })),
});

describe('CloudFormation records', () => {
  const body = template(48 * 1024);
  const key = newSealKey();
  const record: CloudFormationRecord = {
    schema: RECORD_SCHEMA,
    id: newRecordId(),
    target: 'cloudformation',
    region: 'eu-west-1',
    resource: { stackName: 'orders' },
    previous: previousStackState(stack(VALUES), body, ['ImageUri', 'UpstreamUrl'], key),
    current: currentStackState(stack({ ...VALUES, UpstreamUrl: 'https://new' }), body, []),
    status: 'failed',
    startedAt: '2026-12-06T00:00:00Z',
  };
  const text = encodeRecord(record);

  it('stay under 16 KB with a 48 KB previous template', () => {
    expect(Buffer.byteLength(body)).toBeGreaterThanOrEqual(48 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThan(16 * 1024);
    expect(previousTemplate(record.previous!)).toBe(body);
  });

  it('hold no parameter value, yet the restore gets the set ones back with the key', () => {
    for (const value of Object.values(VALUES)) expect(text).not.toContain(value);
    expect(text).not.toContain('Pa55-w0rd');
    expect(restoreParameters(record.previous!, key)).toEqual([
      { ParameterKey: 'DbHost', UsePreviousValue: true },
      { ParameterKey: 'DbUser', UsePreviousValue: true },
      { ParameterKey: 'UpstreamUrl', ParameterValue: VALUES.UpstreamUrl },
      { ParameterKey: 'ImageUri', ParameterValue: VALUES.ImageUri },
    ]);
    expect(() => restoreParameters(record.previous!, newSealKey())).toThrow();
  });
});
