// state-bootstrap on a bad day: bucket and lock table created once under the fault plan, then a
// table of bad inputs refused before any AWS call.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, type Proxy } from '../support/proxy.js';
import type { InputValue } from '../support/harness.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { Figures } from './lib/report.js';
import {
  DUMMY_AWS_ENV,
  expectEveryFault,
  expectRefused,
  faultPlan,
  forwarded,
  runProxied,
} from './lib/scenario.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(90_000);

const figures = new Figures('state-bootstrap');
const REGION = 'eu-west-3';
let emulators: Emulators;
let proxy: Proxy;
let moto: string;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  moto = emulators.env['MOTO_URL'] ?? '';
  proxy = await startProxy({ target: moto });
}, 90_000);

afterAll(async () => {
  figures.save();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

const bootstrap = (inputs: Record<string, InputValue>, options: Parameters<typeof runProxied>[3] = {}) =>
  runProxied(proxy, 'state-bootstrap', inputs, {
    useTestEnv: false,
    ...options,
    env: { ...DUMMY_AWS_ENV, ...options.env },
  });

describe('state-bootstrap under faults', () => {
  it('creates one bucket and one lock table through throttling, 500s, latency and a drop', async () => {
    const bucket = `rel-state-${randomBytes(4).toString('hex')}`;
    const table = `rel-locks-${randomBytes(4).toString('hex')}`;
    const { result, calls } = await bootstrap(
      { bucket, 'aws-region': REGION, locking: 'both', 'lock-table': table },
      { faults: faultPlan('CreateTable', 'DescribeTable') },
    );
    expect([result.code, result.commands.filter((c) => c.command === 'error')]).toEqual([0, []]);
    expectEveryFault(calls, 'DescribeTable');
    expect(forwarded(calls, 'CreateBucket')).toHaveLength(1);
    expect(forwarded(calls, 'CreateTable')).toHaveLength(1);

    const s3 = new S3Client({ ...motoConfig(moto, REGION), forcePathStyle: true });
    const dynamodb = new DynamoDBClient(motoConfig(moto, REGION));
    const buckets = (await s3.send(new ListBucketsCommand({}))).Buckets ?? [];
    expect(buckets.filter((entry) => entry.Name === bucket)).toHaveLength(1);
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status).toBe('Enabled');
    expect((await dynamodb.send(new DescribeTableCommand({ TableName: table }))).Table?.TableStatus).toBe(
      'ACTIVE',
    );
    s3.destroy();
    dynamodb.destroy();
    expect(JSON.parse(result.outputs['created'] ?? '[]')).toHaveLength(2);
    const granted = policyActions('actions/state-bootstrap/iam-policy.json');
    expect(recordedActions(calls).filter((action) => !granted.includes(action))).toEqual([]);

    // a rerun under the same faults changes nothing
    const rerun = await bootstrap(
      { bucket, 'aws-region': REGION, locking: 'both', 'lock-table': table },
      { faults: faultPlan('DescribeTable', 'DescribeTable') },
    );
    expect(rerun.result.code).toBe(0);
    expect(rerun.calls.filter((call) => /^(Create|Put|Update|Tag)/.test(call.operation))).toEqual([]);
    figures.fault('bucket + DynamoDB lock table', calls, [
      '1 CreateBucket and 1 CreateTable reached moto',
      'bucket listed once, versioning Enabled; table ACTIVE',
      'rerun under faults: 0 mutating calls',
    ]);
    result.cleanup();
    rerun.result.cleanup();
  });
});

describe('state-bootstrap refuses bad inputs before any AWS call', () => {
  const valid = { bucket: 'valid-state-bucket', 'aws-region': REGION };
  const cases: Array<[string, string, Record<string, InputValue>]> = [
    ['upper case and underscore bucket', 'bucket', { bucket: 'Not_A_Bucket' }],
    ['bucket shaped like an IP address', 'bucket', { bucket: '192.168.1.1' }],
    [
      'bucket with a newline (output injection)',
      'bucket',
      { bucket: 'ok-bucket\nbucket-arn=arn:aws:s3:::evil' },
    ],
    ['region that is not one', 'aws-region', { 'aws-region': 'europe-paris' }],
    ['unknown locking mode', 'locking', { locking: 'consul' }],
    ['locking dynamodb without a table', 'lock-table', { locking: 'dynamodb' }],
    ['lock table name too short', 'lock-table', { locking: 'both', 'lock-table': 'x' }],
    ['noncurrent-version-days negative', 'noncurrent-version-days', { 'noncurrent-version-days': '-1' }],
    [
      'noncurrent-version-days not a number',
      'noncurrent-version-days',
      { 'noncurrent-version-days': 'ninety' },
    ],
    ['tags line without =', 'tags', { tags: 'team infra' }],
    ['expected-bucket-owner not an account id', 'expected-bucket-owner', { 'expected-bucket-owner': '1234' }],
    ['fix-drift not a boolean', 'fix-drift', { 'fix-drift': 'perhaps' }],
    ['state-key that is absolute', 'state-key', { 'state-key': '/etc/terraform.tfstate' }],
  ];
  it.each(cases)('%s', async (_name, input, inputs) => {
    const refused = await bootstrap({ ...valid, ...inputs });
    const { awsCalls, mutating } = expectRefused(refused, input);
    expect(awsCalls).toBe(0);
    refused.result.cleanup();
    figures.badInput(awsCalls, mutating);
  });
});
