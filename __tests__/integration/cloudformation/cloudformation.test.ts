// The CloudFormation target against moto: a stack created, then updated with only the image
// parameter changing while the others keep their values; an empty change set; a failed update;
// and the rollback adapter redeploying the previous template and parameters.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { startProxy, type Proxy } from '../../support/proxy.js';
import { createClient } from '../../../shared/aws/clients.js';
import { deployStack, type StackDeployRequest } from '../../../shared/targets/cloudformation/deploy.js';
import { cloudFormationTarget } from '../../../shared/targets/cloudformation/target.js';
import { RECORD_SCHEMA, type CloudFormationRecord } from '../../../shared/record/record.js';
import { digestOf, REGION, REGISTRY, useEndpoint } from '../../fixtures/lambda/moto.js';
import { fakeTime } from '../../support/fake-time.js';

jest.setTimeout(60_000);

const TEMPLATE = readFileSync(new URL('../../fixtures/lambda/template.yaml', import.meta.url), 'utf8');
let emulators: Emulators;
let proxy: Proxy;
let restoreEnv: () => void;
let cfn: CloudFormationClient;
let counter = 0;
const unique = (): string => `it-stack-${process.pid}-${(counter += 1)}`;
const image = (seed: number): string => `${REGISTRY}/kairos@${digestOf(seed)}`;
const secrets: string[] = [];

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  proxy = await startProxy({ target: emulators.env['AWS_ENDPOINT_URL'] ?? '' });
  restoreEnv = useEndpoint(proxy.url);
  cfn = createClient(CloudFormationClient, { region: REGION });
});

afterAll(async () => {
  restoreEnv?.();
  await proxy?.close();
  await emulators?.release();
});

const request = (stackName: string, extra: Partial<StackDeployRequest> = {}): StackDeployRequest => ({
  stackName,
  templateBody: TEMPLATE,
  imageParameter: 'ImageUri',
  imageUri: image(1),
  overrides: {},
  capabilities: ['CAPABILITY_IAM'],
  tags: { team: 'kairos' },
  rollbackAlarmArns: [],
  dryRun: false,
  onSecret: (value) => secrets.push(value),
  ...extra,
});
const follow = () => ({ timeoutMs: 30_000, maxPollIntervalMs: 1000, ...fakeTime() });

async function parameters(stackName: string): Promise<Record<string, string>> {
  const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks?.[0];
  return Object.fromEntries((stack?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]));
}

async function created(): Promise<string> {
  const stackName = unique();
  const progress = await deployStack(
    cfn,
    request(stackName, { overrides: { MongoHost: 'cluster0.mongodb.net', MongoPassword: 'hunter2-secret' } }),
    follow(),
  );
  expect(progress.follow?.status).toBe('succeeded');
  return stackName;
}

describe('CloudFormation target (moto)', () => {
  it('creates the stack through a CREATE change set and masks the NoEcho value', async () => {
    const stackName = unique();
    const progress = await deployStack(
      cfn,
      request(stackName, {
        overrides: { MongoHost: 'cluster0.mongodb.net', MongoPassword: 'hunter2-secret' },
      }),
      follow(),
    );
    expect(progress.previous).toBeNull();
    expect(progress.changeSet).toMatchObject({
      empty: false,
      changes: [
        { action: 'Add', logicalId: 'LambdaExecutionRole' },
        { action: 'Add', logicalId: 'LambdaFunction' },
      ],
    });
    expect(progress.after?.StackStatus).toBe('CREATE_COMPLETE');
    expect(await parameters(stackName)).toEqual({
      ImageUri: image(1),
      MongoHost: 'cluster0.mongodb.net',
      MongoPassword: 'hunter2-secret',
      MemorySize: '256',
    });
    expect(secrets).toContain('hunter2-secret');
    expect(progress.current?.parameters).toContainEqual({ key: 'MongoPassword', usePreviousValue: true });
    expect(JSON.stringify(progress.current)).not.toContain('hunter2');
  });

  it('updates only the image parameter; every other parameter keeps its value through UsePreviousValue', async () => {
    const stackName = await created();
    const progress = await deployStack(cfn, request(stackName, { imageUri: image(2) }), follow());
    expect(progress.plan?.parameters).toEqual([
      { ParameterKey: 'ImageUri', ParameterValue: image(2) },
      { ParameterKey: 'MongoHost', UsePreviousValue: true },
      { ParameterKey: 'MongoPassword', UsePreviousValue: true },
      { ParameterKey: 'MemorySize', UsePreviousValue: true },
    ]);
    expect(progress.follow?.status).toBe('succeeded');
    expect(await parameters(stackName)).toEqual({
      ImageUri: image(2),
      MongoHost: 'cluster0.mongodb.net',
      MongoPassword: 'hunter2-secret',
      MemorySize: '256',
    });
    // no value in the record: digests (none for a secret), the set value sealed
    expect(
      progress.previous?.parameters.map((p) => [p.key, p.usePreviousValue === true, p.digest !== undefined]),
    ).toEqual([
      ['ImageUri', false, true],
      ['MongoHost', true, true],
      ['MongoPassword', true, false],
      ['MemorySize', true, true],
    ]);
    expect(JSON.stringify(progress.previous)).not.toMatch(/cluster0|hunter2|kairos@sha256/);
  });

  it('succeeds with nothing changed when the change set is empty', async () => {
    const stackName = await created();
    const progress = await deployStack(cfn, request(stackName), follow());
    expect(progress.changeSet?.empty).toBe(true);
    expect(progress.follow).toBeUndefined();
    expect(progress.after?.StackStatus).toBe('CREATE_COMPLETE');
  });

  it('surfaces a failed stack update', async () => {
    const stackName = await created();
    // moto fails the execution itself (InvalidParameterValue from ExecuteChangeSet) rather than
    // ending in UPDATE_ROLLBACK_COMPLETE with FAILED events; that path is unit-tested.
    const broken = TEMPLATE.replace(
      'Outputs:',
      'Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      FifoQueue: true\n      QueueName: not-fifo-name\nOutputs:',
    ).replace('\nQueue:', '\n  Queue:');
    await expect(
      deployStack(cfn, request(stackName, { templateBody: broken, imageUri: image(3) }), follow()),
    ).rejects.toThrow('Queue name must end in .fifo for FIFO queues');
  });

  // moto keeps the tags of an UPDATE change set off the stack (CloudFormation puts them on it when
  // it executes the change set), and refuses a tags-only UpdateStack: the breadcrumb of an update
  // cannot be written here, so the restore itself is unit-tested (__tests__/unit/shared/targets/cloudformation).
  it('refuses a record whose breadcrumb the stack does not carry, with no mutating call', async () => {
    const stackName = await created();
    const progress = await deployStack(
      cfn,
      request(stackName, { imageUri: image(4), overrides: { MongoHost: 'cluster1.mongodb.net' } }),
      follow(),
    );
    const record: CloudFormationRecord = {
      schema: RECORD_SCHEMA,
      ...(progress.recordId ? { id: progress.recordId } : {}),
      target: 'cloudformation',
      region: REGION,
      resource: { stackName },
      previous: progress.previous ?? null,
      current: progress.current ?? null,
      status: 'succeeded',
      startedAt: new Date().toISOString(),
    };
    const options = { timeoutMs: 30_000, maxPollIntervalMs: 1000, force: true, wait: true, ...fakeTime() };
    const result = await cloudFormationTarget.restore(record, options, {});
    expect(result.refused).toMatch(/breadcrumb/);
    expect(await parameters(stackName)).toMatchObject({
      ImageUri: image(4),
      MongoHost: 'cluster1.mongodb.net',
    });
  });

  it('refuses to roll back a stack this deployment created', async () => {
    const stackName = unique();
    const progress = await deployStack(
      cfn,
      request(stackName, { overrides: { MongoHost: 'h', MongoPassword: 'pw-secret' } }),
      follow(),
    );
    const record: CloudFormationRecord = {
      schema: RECORD_SCHEMA,
      ...(progress.recordId ? { id: progress.recordId } : {}),
      target: 'cloudformation',
      region: REGION,
      resource: { stackName },
      previous: progress.previous ?? null,
      current: progress.current ?? null,
      status: 'succeeded',
      startedAt: new Date().toISOString(),
    };
    const result = await cloudFormationTarget.restore(
      record,
      { timeoutMs: 30_000, maxPollIntervalMs: 1000, force: false, wait: true, ...fakeTime() },
      {},
    );
    expect(result.refused).toMatch(/did not exist before this deployment/);
  });
});
