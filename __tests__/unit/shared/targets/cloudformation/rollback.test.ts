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
  type Stack,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { restoreStack } from '../../../../../shared/targets/cloudformation/rollback.js';
import { RECORD_SCHEMA, type CloudFormationRecord } from '../../../../../shared/record/record.js';
import { BREADCRUMB_KEY, breadcrumbOf, newSealKey } from '../../../../../shared/record/breadcrumb.js';
import { currentStackState, previousStackState } from '../../../../../shared/targets/cloudformation/state.js';
import { fakeTime } from '../../../../support/fake-time.js';

const cfnMock = mockClient(CloudFormationClient);
afterEach(() => {
  cfnMock.reset();
});

// The record deploy-lambda-image makes of an update that set ImageUri from 'old' to 'new'.
const sealKey = newSealKey();
const before: Stack = {
  StackName: 'api',
  StackStatus: 'UPDATE_COMPLETE',
  CreationTime: new Date(0),
  Parameters: [
    { ParameterKey: 'ImageUri', ParameterValue: 'old' },
    { ParameterKey: 'Password', ParameterValue: '****' },
  ],
  Capabilities: ['CAPABILITY_IAM'],
};
const after: Stack = {
  ...before,
  Parameters: [
    { ParameterKey: 'ImageUri', ParameterValue: 'new' },
    { ParameterKey: 'Password', ParameterValue: '****' },
  ],
};
const record: CloudFormationRecord = {
  schema: RECORD_SCHEMA,
  id: '5d0c9f7e-2b41-4c55-9a55-0c1f5f0e7a11',
  target: 'cloudformation',
  region: 'eu-west-2',
  resource: { stackName: 'api' },
  previous: previousStackState(before, 'v1', ['ImageUri'], sealKey),
  current: currentStackState(after, 'v1', []),
  status: 'failed',
  startedAt: '2026-11-23T10:00:00Z',
};
const breadcrumb = { Key: BREADCRUMB_KEY, Value: breadcrumbOf({ ...record, id: record.id ?? '' }, sealKey) };
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
      Tags: [breadcrumb],
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

  it('refuses an edited record before cancelling anything, even with force', async () => {
    cfnMock.on(DescribeStacksCommand).resolves(stack('UPDATE_IN_PROGRESS', 'new'));
    const edited: CloudFormationRecord = {
      ...record,
      previous: { ...record.previous!, capabilities: ['CAPABILITY_NAMED_IAM'] },
    };
    const refused = await restoreStack(new CloudFormationClient({ region: 'eu-west-2' }), edited, {
      ...options(),
      force: true,
    });
    expect(refused.refused).toMatch(/previous state is not the one its deploy recorded .*digest mismatch/);
    expect(cfnMock.commandCalls(CancelUpdateStackCommand)).toHaveLength(0);
    expect(cfnMock.commandCalls(UpdateStackCommand)).toHaveLength(0);
  });

  it('keeps no parameter value readable in the record', () => {
    const text = JSON.stringify(record);
    expect(text).not.toContain('"old"');
    expect(text).not.toContain('"new"');
  });
});
