// CloudFormation mode against a mocked CloudFormation: what moto cannot run (change sets carrying
// UsePreviousValue, FAILED empty change sets, stuck rollbacks) is covered here.
import { BREADCRUMB_KEY, parseBreadcrumb } from '../../../../../shared/record/breadcrumb.js';
import { previousTemplate, restoreParameters } from '../../../../../shared/targets/cloudformation/state.js';
import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CloudFormationClient,
  ContinueUpdateRollbackCommand,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  GetTemplateSummaryCommand,
  type Stack,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { deployStack, type StackDeployRequest } from '../../../../../shared/targets/cloudformation/deploy.js';
import { planParameters } from '../../../../../shared/targets/cloudformation/parameters.js';
import { fakeTime } from '../../../../support/fake-time.js';

const cfnMock = mockClient(CloudFormationClient);
afterEach(() => {
  cfnMock.reset();
});

const STACK = 'kairos-backend';
const TEMPLATE = [
  { ParameterKey: 'ImageUri' },
  { ParameterKey: 'MongoHost' },
  { ParameterKey: 'MongoPassword', NoEcho: true },
  { ParameterKey: 'MemorySize', DefaultValue: '256' },
];
const stack = (status: string, extra: Partial<Stack> = {}): Stack => ({
  StackName: STACK,
  StackStatus: status as StackStatus,
  CreationTime: new Date(0),
  Parameters: [
    { ParameterKey: 'ImageUri', ParameterValue: 'repo@sha256:old' },
    { ParameterKey: 'MongoHost', ParameterValue: 'cluster0' },
    { ParameterKey: 'MongoPassword', ParameterValue: '****' },
    { ParameterKey: 'MemorySize', ParameterValue: '256' },
  ],
  ...extra,
});

const secrets: string[] = [];
const request = (extra: Partial<StackDeployRequest> = {}): StackDeployRequest => ({
  stackName: STACK,
  templateBody: 'template v2',
  imageParameter: 'ImageUri',
  imageUri: 'repo@sha256:new',
  overrides: {},
  capabilities: ['CAPABILITY_IAM'],
  tags: {},
  rollbackAlarmArns: [],
  dryRun: false,
  onSecret: (value) => secrets.push(value),
  ...extra,
});
const follow = () => ({ timeoutMs: 600_000, maxPollIntervalMs: 5000, ...fakeTime() });

function givenTemplate(): void {
  cfnMock.on(GetTemplateSummaryCommand).resolves({ Parameters: TEMPLATE });
  cfnMock.on(GetTemplateCommand).resolves({ TemplateBody: 'template v1' });
}

describe('deployStack', () => {
  it('updates through a change set where every parameter not given keeps its previous value', async () => {
    givenTemplate();
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [stack('UPDATE_COMPLETE')] })
      .resolvesOnce({ Stacks: [stack('UPDATE_IN_PROGRESS')] })
      .resolves({
        Stacks: [
          stack('UPDATE_COMPLETE', {
            Outputs: [{ OutputKey: 'ApiEndpoint', OutputValue: 'https://api.example' }],
          }),
        ],
      });
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'arn:changeset/1' });
    cfnMock
      .on(DescribeChangeSetCommand)
      .resolvesOnce({ Status: 'CREATE_IN_PROGRESS' })
      .resolves({
        Status: 'CREATE_COMPLETE',
        Changes: [
          {
            Type: 'Resource',
            ResourceChange: {
              Action: 'Modify',
              LogicalResourceId: 'LambdaFunction',
              ResourceType: 'AWS::Lambda::Function',
              Replacement: 'False',
            },
          },
        ],
      });
    cfnMock.on(ExecuteChangeSetCommand).resolves({});
    const progress = await deployStack(
      new CloudFormationClient({ region: 'eu-west-2' }),
      request({ overrides: { MongoHost: 'cluster1' } }),
      follow(),
    );
    const input = cfnMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(input?.ChangeSetType).toBe('UPDATE');
    expect(input?.Parameters).toEqual([
      { ParameterKey: 'ImageUri', ParameterValue: 'repo@sha256:new' },
      { ParameterKey: 'MongoHost', ParameterValue: 'cluster1' },
      { ParameterKey: 'MongoPassword', UsePreviousValue: true },
      { ParameterKey: 'MemorySize', UsePreviousValue: true },
    ]);
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)[0]?.args[0].input).toEqual({
      StackName: STACK,
      ChangeSetName: 'arn:changeset/1',
    });
    expect(progress.changeSet).toMatchObject({
      empty: false,
      changes: [{ action: 'Modify', logicalId: 'LambdaFunction', replacement: 'False' }],
    });
    expect(progress.follow?.status).toBe('succeeded');
    expect(progress.outputs).toEqual({ ApiEndpoint: 'https://api.example' });
    // no value is readable in the record: digests, the template compressed, set values sealed
    const previous = progress.previous;
    expect(JSON.stringify(previous)).not.toMatch(/cluster0|repo@sha256:old|"256"|template v1/);
    expect(
      previous?.parameters.map((p) => [p.key, p.usePreviousValue === true, p.digest !== undefined]),
    ).toEqual([
      ['ImageUri', false, true],
      ['MongoHost', false, true],
      ['MongoPassword', true, false],
      ['MemorySize', true, true],
    ]);
    expect(previousTemplate(previous!)).toBe('template v1');
    // the breadcrumb tag carries the key that opens the sealed values: the restore gets them back
    const tag = input?.Tags?.find((t) => t.Key === BREADCRUMB_KEY)?.Value;
    expect(restoreParameters(previous!, parseBreadcrumb(tag)?.key)).toEqual([
      { ParameterKey: 'ImageUri', ParameterValue: 'repo@sha256:old' },
      { ParameterKey: 'MongoHost', ParameterValue: 'cluster0' },
      { ParameterKey: 'MongoPassword', UsePreviousValue: true },
      { ParameterKey: 'MemorySize', UsePreviousValue: true },
    ]);
    expect(parseBreadcrumb(tag)?.id).toBe(progress.recordId);
  });

  it('creates a missing stack with a CREATE change set and masks NoEcho values', async () => {
    givenTemplate();
    cfnMock
      .on(DescribeStacksCommand)
      .rejectsOnce(
        Object.assign(new Error(`Stack with id ${STACK} does not exist`), { name: 'ValidationError' }),
      )
      .resolves({ Stacks: [stack('CREATE_COMPLETE')] });
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'arn:changeset/1' });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_COMPLETE', Changes: [] });
    const progress = await deployStack(
      new CloudFormationClient({ region: 'eu-west-2' }),
      request({
        overrides: { MongoHost: 'h', MongoPassword: 'hunter22' },
        rollbackAlarmArns: ['arn:aws:cloudwatch:eu-west-2:123456789012:alarm:errors'],
        rollbackMonitoringMinutes: 5,
      }),
      follow(),
    );
    const input = cfnMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(input?.ChangeSetType).toBe('CREATE');
    expect(input?.Parameters?.map((p) => p.ParameterKey)).toEqual(['ImageUri', 'MongoHost', 'MongoPassword']);
    expect(input?.RollbackConfiguration).toEqual({
      RollbackTriggers: [
        { Arn: 'arn:aws:cloudwatch:eu-west-2:123456789012:alarm:errors', Type: 'AWS::CloudWatch::Alarm' },
      ],
      MonitoringTimeInMinutes: 5,
    });
    expect(secrets).toContain('hunter22');
    expect(progress.previous).toBeNull();
    expect(progress.plan?.rows.find((row) => row.key === 'MongoPassword')).toEqual({
      key: 'MongoPassword',
      action: 'set',
      value: 'set (new, value not shown)',
      shown: false,
    });
  });

  it('treats a change set FAILED for having no changes as success with nothing changed', async () => {
    givenTemplate();
    cfnMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('UPDATE_COMPLETE')] });
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'arn:changeset/1' });
    cfnMock.on(DescribeChangeSetCommand).resolves({
      Status: 'FAILED',
      StatusReason:
        "The submitted information didn't contain changes. Submit different information to create a change set.",
    });
    cfnMock.on(DeleteChangeSetCommand).resolves({});
    const progress = await deployStack(
      new CloudFormationClient({ region: 'eu-west-2' }),
      request(),
      follow(),
    );
    expect(progress.changeSet).toEqual({ empty: true, changeSetName: expect.any(String) });
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    expect(cfnMock.commandCalls(DeleteChangeSetCommand)).toHaveLength(1);
  });

  it('fails a change set that failed for another reason, with that reason', async () => {
    givenTemplate();
    cfnMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('UPDATE_COMPLETE')] });
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'arn:changeset/1' });
    cfnMock
      .on(DescribeChangeSetCommand)
      .resolves({ Status: 'FAILED', StatusReason: 'Requires capabilities : [CAPABILITY_NAMED_IAM]' });
    await expect(
      deployStack(new CloudFormationClient({ region: 'eu-west-2' }), request(), follow()),
    ).rejects.toThrow(/failed: Requires capabilities : \[CAPABILITY_NAMED_IAM\]/);
  });

  it('explains a stack left in ROLLBACK_COMPLETE by a failed creation, before any change', async () => {
    cfnMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('ROLLBACK_COMPLETE')] });
    await expect(
      deployStack(new CloudFormationClient({ region: 'eu-west-2' }), request(), follow()),
    ).rejects.toThrow(
      /ROLLBACK_COMPLETE: its creation failed .* delete it \(aws cloudformation delete-stack --stack-name kairos-backend\) and rerun/,
    );
    expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });

  it('continues a rollback stuck in UPDATE_ROLLBACK_FAILED, then deploys', async () => {
    givenTemplate();
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [stack('UPDATE_ROLLBACK_FAILED')] })
      .resolvesOnce({ Stacks: [stack('UPDATE_ROLLBACK_IN_PROGRESS')] })
      .resolvesOnce({ Stacks: [stack('UPDATE_ROLLBACK_COMPLETE')] })
      .resolves({ Stacks: [stack('UPDATE_COMPLETE')] });
    cfnMock.on(ContinueUpdateRollbackCommand).resolves({});
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'arn:changeset/1' });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_COMPLETE', Changes: [] });
    const progress = await deployStack(
      new CloudFormationClient({ region: 'eu-west-2' }),
      request(),
      follow(),
    );
    expect(cfnMock.commandCalls(ContinueUpdateRollbackCommand)).toHaveLength(1);
    expect(progress.continuedRollback).toBe(true);
    expect(progress.follow?.status).toBe('succeeded');
  });

  it('reports a failed update with the stack events that explain it', async () => {
    givenTemplate();
    cfnMock
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [stack('UPDATE_COMPLETE')] })
      .resolvesOnce({ Stacks: [stack('UPDATE_ROLLBACK_IN_PROGRESS')] })
      .resolves({ Stacks: [stack('UPDATE_ROLLBACK_COMPLETE')] });
    cfnMock.on(CreateChangeSetCommand).resolves({ Id: 'arn:changeset/1' });
    cfnMock.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_COMPLETE', Changes: [] });
    cfnMock.on(DescribeStackEventsCommand).resolves({
      StackEvents: [
        {
          StackId: 'id',
          EventId: 'e2',
          StackName: STACK,
          Timestamp: new Date(2_000_000),
          LogicalResourceId: STACK,
          ResourceType: 'AWS::CloudFormation::Stack',
          ResourceStatus: 'UPDATE_ROLLBACK_IN_PROGRESS',
          ResourceStatusReason: 'The following resource(s) failed to update: [LambdaFunction].',
        },
        {
          StackId: 'id',
          EventId: 'e1',
          StackName: STACK,
          Timestamp: new Date(1_900_000),
          LogicalResourceId: 'LambdaFunction',
          ResourceType: 'AWS::Lambda::Function',
          ResourceStatus: 'UPDATE_FAILED',
          ResourceStatusReason: 'Source image repo@sha256:new does not exist.',
        },
      ],
    });
    const progress = await deployStack(
      new CloudFormationClient({ region: 'eu-west-2' }),
      request(),
      follow(),
    );
    expect(progress.follow?.status).toBe('failed');
    expect(progress.follow?.reason).toBe(
      'stack kairos-backend ended in UPDATE_ROLLBACK_COMPLETE (LambdaFunction UPDATE_FAILED: Source image repo@sha256:new does not exist.)',
    );
    expect(progress.follow?.events?.map((e) => e.logicalResourceId)).toEqual(['LambdaFunction', STACK]);
  });

  it('plans without creating a change set in a dry run', async () => {
    givenTemplate();
    cfnMock.on(DescribeStacksCommand).resolves({ Stacks: [stack('UPDATE_COMPLETE')] });
    const progress = await deployStack(
      new CloudFormationClient({ region: 'eu-west-2' }),
      request({ dryRun: true }),
      follow(),
    );
    expect(progress.plan?.rows.map((row) => row.action)).toEqual(['set', 'keep', 'keep', 'keep']);
    expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  });
});

describe('planParameters', () => {
  const template = [
    { key: 'ImageUri', noEcho: false, hasDefault: false },
    { key: 'ApiToken', noEcho: false, hasDefault: false },
    { key: 'Stage', noEcho: false, hasDefault: true },
  ];
  it('refuses overrides the template does not declare, and a missing image parameter', () => {
    expect(() =>
      planParameters({
        template,
        stack: undefined,
        overrides: { Nope: 'x' },
        imageParameter: 'ImageUri',
        imageUri: 'i',
      }),
    ).toThrow(
      "'parameter-overrides' sets Nope, which the template does not declare (it declares ImageUri, ApiToken, Stage).",
    );
    expect(() =>
      planParameters({ template, stack: undefined, overrides: {}, imageParameter: 'Image', imageUri: 'i' }),
    ).toThrow('declares no parameter Image');
  });
  it('asks for a parameter without default that a new stack needs, and hides secret-named values', () => {
    expect(() =>
      planParameters({
        template,
        stack: undefined,
        overrides: {},
        imageParameter: 'ImageUri',
        imageUri: 'i',
      }),
    ).toThrow(
      "Template parameter ApiToken has no default and the stack does not exist yet: give it in 'parameter-overrides'.",
    );
    const plan = planParameters({
      template,
      stack: undefined,
      overrides: { ApiToken: 's3cr3t' },
      imageParameter: 'ImageUri',
      imageUri: 'i',
    });
    expect(plan.rows).toEqual([
      { key: 'ImageUri', action: 'set', value: 'i', shown: true },
      { key: 'ApiToken', action: 'set', value: 'set (new, value not shown)', shown: false },
      { key: 'Stage', action: 'default', value: 'template default', shown: false },
    ]);
    expect(plan.secretKeys).toEqual(['ApiToken']);
  });

  it('shows only whether a value changes, unless show-parameters names it (never a secret)', () => {
    const stack = {
      StackName: 's',
      StackStatus: 'UPDATE_COMPLETE',
      CreationTime: new Date(),
      Parameters: [
        { ParameterKey: 'Stage', ParameterValue: 'prod' },
        { ParameterKey: 'Region', ParameterValue: 'eu' },
        { ParameterKey: 'ApiToken', ParameterValue: '****' },
      ],
    } as const;
    const declared = [
      { key: 'Stage', noEcho: false, hasDefault: true },
      { key: 'Region', noEcho: false, hasDefault: true },
      { key: 'ApiToken', noEcho: false, hasDefault: true },
      { key: 'Owner', noEcho: false, hasDefault: true },
    ];
    const overrides = { Stage: 'prod', Region: 'us', ApiToken: 'tok-9', Owner: 'me' };
    const hidden = planParameters({
      template: declared,
      stack: { ...stack, Parameters: [...stack.Parameters] },
      overrides,
      imageParameter: 'ImageUri',
      imageUri: undefined,
    });
    expect(hidden.rows.map((row) => `${row.key}: ${row.value}`)).toEqual([
      'Stage: unchanged (value not shown)',
      'Region: changed (value not shown)',
      'ApiToken: set (value not shown)',
      'Owner: set (new, value not shown)',
    ]);
    const shown = planParameters({
      template: declared,
      stack: { ...stack, Parameters: [...stack.Parameters] },
      overrides,
      imageParameter: 'ImageUri',
      imageUri: undefined,
      showParameters: ['Region', 'ApiToken'],
    });
    expect(shown.rows.map((row) => `${row.key}: ${row.value}`)).toEqual([
      'Stage: unchanged (value not shown)',
      'Region: us',
      'ApiToken: set (value not shown)',
      'Owner: set (new, value not shown)',
    ]);
  });
});
