// The CloudFormation rollback paths moto cannot run (CancelUpdateStack, ContinueUpdateRollback).
import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CancelUpdateStackCommand,
  CloudFormationClient,
  ContinueUpdateRollbackCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  UpdateStackCommand,
  type DescribeStacksCommandOutput,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { restoreStack } from '../../../shared/targets/cloudformation/rollback.js';
import { RECORD_SCHEMA, type CloudFormationRecord } from '../../../shared/record/record.js';
import { fakeTime } from '../../support/fake-time.js';

const cfnMock = mockClient(CloudFormationClient);
afterEach(() => {
  cfnMock.reset();
});

const record: CloudFormationRecord = {
  schema: RECORD_SCHEMA,
  target: 'cloudformation',
  region: 'eu-west-2',
  resource: { stackName: 'api' },
  previous: {
    templateBody: 'v1',
    parameters: [
      { key: 'ImageUri', value: 'old' },
      { key: 'Password', usePreviousValue: true },
    ],
    stackStatus: 'UPDATE_COMPLETE',
    capabilities: ['CAPABILITY_IAM'],
  },
  current: {
    templateBody: 'v1',
    parameters: [
      { key: 'ImageUri', value: 'new' },
      { key: 'Password', usePreviousValue: true },
    ],
    stackStatus: 'UPDATE_COMPLETE',
  },
  status: 'failed',
  startedAt: '2026-11-23T10:00:00Z',
};
const options = () => ({
  timeoutMs: 600_000,
  maxPollIntervalMs: 5000,
  force: false,
  wait: true,
  ...fakeTime(),
});
const stack = (status: string, image: string): DescribeStacksCommandOutput => ({
  $metadata: {},
  Stacks: [
    {
      StackName: 'api',
      StackStatus: status as StackStatus,
      CreationTime: new Date(0),
      Parameters: [
        { ParameterKey: 'ImageUri', ParameterValue: image },
        { ParameterKey: 'Password', ParameterValue: '****' },
      ],
    },
  ],
});

describe('restoreStack', () => {
  it('cancels an update in progress and follows it to UPDATE_ROLLBACK_COMPLETE', async () => {
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_IN_PROGRESS', 'new'))
      .resolvesOnce(stack('UPDATE_ROLLBACK_IN_PROGRESS', 'new'))
      .resolves(stack('UPDATE_ROLLBACK_COMPLETE', 'old'));
    cfnMock.on(CancelUpdateStackCommand).resolves({});
    const result = await restoreStack(new CloudFormationClient({ region: 'eu-west-2' }), record, options());
    expect(cfnMock.commandCalls(CancelUpdateStackCommand)).toHaveLength(1);
    expect(result).toMatchObject({
      changed: true,
      follow: { status: 'succeeded', state: 'UPDATE_ROLLBACK_COMPLETE' },
    });
    expect(cfnMock.commandCalls(UpdateStackCommand)).toHaveLength(0);
  });

  it('continues a rollback stuck in UPDATE_ROLLBACK_FAILED', async () => {
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_ROLLBACK_FAILED', 'new'))
      .resolves(stack('UPDATE_ROLLBACK_COMPLETE', 'old'));
    cfnMock.on(ContinueUpdateRollbackCommand).resolves({});
    const result = await restoreStack(new CloudFormationClient({ region: 'eu-west-2' }), record, options());
    expect(cfnMock.commandCalls(ContinueUpdateRollbackCommand)[0]?.args[0].input).toEqual({
      StackName: 'api',
    });
    expect(result).toMatchObject({ changed: true, follow: { status: 'succeeded' } });
  });

  it('redeploys the previous template with secrets kept by UsePreviousValue', async () => {
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_COMPLETE', 'new'))
      .resolves(stack('UPDATE_COMPLETE', 'old'));
    cfnMock.on(GetTemplateCommand).resolves({ TemplateBody: 'v1' });
    cfnMock.on(UpdateStackCommand).resolves({});
    const result = await restoreStack(new CloudFormationClient({ region: 'eu-west-2' }), record, options());
    expect(cfnMock.commandCalls(UpdateStackCommand)[0]?.args[0].input).toEqual({
      StackName: 'api',
      TemplateBody: 'v1',
      Parameters: [
        { ParameterKey: 'ImageUri', ParameterValue: 'old' },
        { ParameterKey: 'Password', UsePreviousValue: true },
      ],
      Capabilities: ['CAPABILITY_IAM'],
    });
    expect(result.changed).toBe(true);
  });

  it('refuses when someone deployed since, unless forced', async () => {
    cfnMock.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE', 'newer'));
    cfnMock.on(GetTemplateCommand).resolves({ TemplateBody: 'v1' });
    cfnMock.on(UpdateStackCommand).resolves({});
    const refused = await restoreStack(new CloudFormationClient({ region: 'eu-west-2' }), record, options());
    expect(refused.refused).toMatch(/someone deployed since/);
    expect(cfnMock.commandCalls(UpdateStackCommand)).toHaveLength(0);
    const forced = await restoreStack(new CloudFormationClient({ region: 'eu-west-2' }), record, {
      ...options(),
      force: true,
    });
    expect(forced.changed).toBe(true);
    expect(cfnMock.commandCalls(UpdateStackCommand)).toHaveLength(1);
  });
});
