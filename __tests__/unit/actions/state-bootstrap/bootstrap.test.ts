// bootstrapState against mocked S3, DynamoDB and STS: every path moto cannot show (another
// owner, a taken name, a bucket in another region, a CREATING table, a table with the wrong key).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CreateBucketCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  CreateTableCommand,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateContinuousBackupsCommand,
  UpdateTableCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ActionError } from '../../../../shared/action/errors.js';
import { bootstrapState } from '../../../../actions/state-bootstrap/src/bootstrap.js';
import { desiredRules } from '../../../../actions/state-bootstrap/src/lifecycle.js';
import type { StateOptions } from '../../../../actions/state-bootstrap/src/options.js';
import { fakeTime } from '../../../support/fake-time.js';

const s3Mock = mockClient(S3Client);
const ddbMock = mockClient(DynamoDBClient);
const stsMock = mockClient(STSClient);
const region = 'eu-west-3';
const clients = {
  s3: new S3Client({ region }),
  dynamodb: new DynamoDBClient({ region }),
  sts: new STSClient({ region }),
};

const baseOptions: StateOptions = {
  bucket: 'my-state',
  region,
  locking: 's3',
  lockTable: undefined,
  kmsKey: undefined,
  noncurrentVersionDays: 90,
  tags: {},
  stateKey: 'terraform.tfstate',
  backendConfigFile: undefined,
  overwriteBackendConfigFile: false,
  fixDrift: false,
  expectedBucketOwner: undefined,
};

function s3Error(name: string, status: number, headers: Record<string, string> = {}): S3ServiceException {
  const error = new S3ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
    message: name,
  });
  Object.assign(error, { $response: { statusCode: status, headers } });
  return error;
}

const MUTATING = /^(Create|Put|Update|Tag|Delete)/;
function mutatingCalls(): string[] {
  return [...s3Mock.calls(), ...ddbMock.calls()]
    .map((call) => (call.args[0] as object).constructor.name.replace(/Command$/, ''))
    .filter((name) => MUTATING.test(name));
}

/** A bucket whose every setting is already as wanted. */
function hardenedBucket(): void {
  const arn = 'arn:aws:s3:::my-state';
  s3Mock.on(HeadBucketCommand).resolves({});
  s3Mock
    .on(GetBucketOwnershipControlsCommand)
    .resolves({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
  s3Mock.on(GetPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    },
  });
  s3Mock.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
  s3Mock.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: {
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    },
  });
  s3Mock.on(GetBucketPolicyCommand).resolves({
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Mine',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:root' },
          Action: 's3:GetObject',
          Resource: `${arn}/*`,
        },
        {
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: ['s3:*'],
          Resource: [arn, `${arn}/*`],
          Condition: { Bool: { 'aws:SecureTransport': false } },
        },
      ],
    }),
  });
  s3Mock
    .on(GetBucketLifecycleConfigurationCommand)
    .resolves({ Rules: desiredRules('terraform.tfstate', 90) });
}

const activeTable: TableDescription = {
  TableName: 'my-locks',
  TableArn: `arn:aws:dynamodb:${region}:123456789012:table/my-locks`,
  TableStatus: 'ACTIVE',
  KeySchema: [{ AttributeName: 'LockID', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'LockID', AttributeType: 'S' }],
  BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
  SSEDescription: { Status: 'ENABLED', SSEType: 'KMS' },
  DeletionProtectionEnabled: true,
};

beforeEach(() => {
  s3Mock.reset();
  ddbMock.reset();
  stsMock.reset();
  stsMock.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
});

afterEach(() => {
  s3Mock.reset();
  ddbMock.reset();
  stsMock.reset();
});

describe('a new bucket', () => {
  beforeEach(() => {
    s3Mock.on(HeadBucketCommand).rejects(s3Error('NotFound', 404));
    s3Mock.on(CreateBucketCommand).resolves({});
  });

  it('is created with a location constraint outside us-east-1 and every setting applied, naming the owner from STS', async () => {
    const result = await bootstrapState({ ...baseOptions, tags: { team: 'infra' } }, { clients });
    expect(s3Mock.commandCalls(CreateBucketCommand)[0]?.args[0].input).toEqual({
      Bucket: 'my-state',
      CreateBucketConfiguration: { LocationConstraint: 'eu-west-3' },
    });
    expect(result.created).toEqual([{ resource: 'bucket', name: 'my-state', arn: 'arn:aws:s3:::my-state' }]);
    expect(result.settings.map((entry) => [entry.setting, entry.status])).toEqual([
      ['object-ownership', 'created'],
      ['public-access-block', 'created'],
      ['versioning', 'created'],
      ['default-encryption', 'created'],
      ['tls-only-policy', 'created'],
      ['lifecycle', 'created'],
      ['tags', 'created'],
    ]);
    for (const call of s3Mock.calls().slice(1)) {
      const input = call.args[0].input as { ExpectedBucketOwner?: string; Bucket?: string };
      if ((call.args[0] as object).constructor.name === 'CreateBucketCommand') continue;
      expect([(call.args[0] as object).constructor.name, input.ExpectedBucketOwner]).toEqual([
        (call.args[0] as object).constructor.name,
        '123456789012',
      ]);
    }
    expect(s3Mock.commandCalls(PutBucketTaggingCommand)[0]?.args[0].input.Tagging).toEqual({
      TagSet: [{ Key: 'team', Value: 'infra' }],
    });
  });

  it('is created without a location constraint in us-east-1, with SSE-KMS and a bucket key for a kms-key', async () => {
    const result = await bootstrapState(
      { ...baseOptions, region: 'us-east-1', kmsKey: 'alias/state', expectedBucketOwner: '111122223333' },
      { clients },
    );
    expect(s3Mock.commandCalls(CreateBucketCommand)[0]?.args[0].input).toEqual({ Bucket: 'my-state' });
    expect(stsMock.calls()).toHaveLength(0);
    expect(result.owner).toBe('111122223333');
    expect(
      s3Mock.commandCalls(PutBucketEncryptionCommand)[0]?.args[0].input.ServerSideEncryptionConfiguration,
    ).toEqual({
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/state' },
          BucketKeyEnabled: true,
        },
      ],
    });
    expect(result.backendConfig).toContain('kms_key_id   = "alias/state"');
  });

  it('fails in words when the name is taken by another account', async () => {
    s3Mock.on(CreateBucketCommand).rejects(s3Error('BucketAlreadyExists', 409));
    const error = await bootstrapState(baseOptions, { clients }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toMatch(/Bucket name "my-state" is taken by another AWS account/);
    expect(mutatingCalls()).toEqual(['CreateBucket']);
  });

  it('treats BucketAlreadyOwnedByYou (a concurrent run) as an existing bucket and inspects it', async () => {
    s3Mock.on(CreateBucketCommand).rejects(s3Error('BucketAlreadyOwnedByYou', 409));
    hardenedBucket();
    s3Mock.on(HeadBucketCommand).rejects(s3Error('NotFound', 404));
    const result = await bootstrapState(baseOptions, { clients });
    expect(result.created).toEqual([]);
    expect(result.settings.every((entry) => entry.status === 'ok')).toBe(true);
  });
});

describe('an existing bucket', () => {
  it('makes no mutating call when every setting is in place (other policy statements kept)', async () => {
    hardenedBucket();
    const result = await bootstrapState(baseOptions, { clients });
    expect(result.drift).toEqual([]);
    expect(result.settings.every((entry) => entry.status === 'ok')).toBe(true);
    expect(mutatingCalls()).toEqual([]);
  });

  it('reports drift without changing anything, then fixes only what drifted when asked', async () => {
    hardenedBucket();
    s3Mock.on(GetBucketVersioningCommand).resolves({ Status: 'Suspended' });
    s3Mock.on(GetPublicAccessBlockCommand).resolves({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: false,
        RestrictPublicBuckets: true,
      },
    });
    s3Mock
      .on(GetBucketEncryptionCommand)
      .rejects(s3Error('ServerSideEncryptionConfigurationNotFoundError', 404));

    const reported = await bootstrapState(baseOptions, { clients });
    expect(reported.drift).toEqual([
      {
        resource: 'bucket',
        setting: 'public-access-block',
        expected: 'all four blocks on',
        found: 'BlockPublicPolicy off',
        fixed: false,
      },
      { resource: 'bucket', setting: 'versioning', expected: 'Enabled', found: 'Suspended', fixed: false },
      {
        resource: 'bucket',
        setting: 'default-encryption',
        expected: 'SSE-S3 (AES256), or SSE-KMS',
        found: 'none',
        fixed: false,
      },
    ]);
    expect(mutatingCalls()).toEqual([]);

    const fixed = await bootstrapState({ ...baseOptions, fixDrift: true }, { clients });
    expect(fixed.drift.map((entry) => [entry.setting, entry.fixed])).toEqual([
      ['public-access-block', true],
      ['versioning', true],
      ['default-encryption', true],
    ]);
    expect(mutatingCalls()).toEqual(['PutPublicAccessBlock', 'PutBucketVersioning', 'PutBucketEncryption']);
    expect(s3Mock.commandCalls(PutBucketVersioningCommand)[0]?.args[0].input.VersioningConfiguration).toEqual(
      { Status: 'Enabled' },
    );
    expect(
      s3Mock.commandCalls(PutPublicAccessBlockCommand)[0]?.args[0].input.PublicAccessBlockConfiguration,
    ).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
  });

  it('accepts SSE-KMS as stronger than SSE-S3, but wants the given key and a bucket key when kms-key is set', async () => {
    hardenedBucket();
    s3Mock.on(GetBucketEncryptionCommand).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: 'arn:aws:kms:eu-west-3:123456789012:alias/other',
            },
          },
        ],
      },
    });
    expect((await bootstrapState(baseOptions, { clients })).drift).toEqual([]);
    const withKey = await bootstrapState({ ...baseOptions, kmsKey: 'alias/state' }, { clients });
    expect(withKey.drift).toEqual([
      {
        resource: 'bucket',
        setting: 'default-encryption',
        expected: 'SSE-KMS with alias/state, bucket key on',
        found: 'SSE-KMS (aws:kms) with arn:aws:kms:eu-west-3:123456789012:alias/other, bucket key off',
        fixed: false,
      },
    ]);
    s3Mock.on(GetBucketEncryptionCommand).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: 'arn:aws:kms:eu-west-3:123456789012:alias/state',
            },
            BucketKeyEnabled: true,
          },
        ],
      },
    });
    expect((await bootstrapState({ ...baseOptions, kmsKey: 'alias/state' }, { clients })).drift).toEqual([]);
  });

  it('merges the TLS statement into a policy that lacks it, keeping the other statements', async () => {
    hardenedBucket();
    const other = {
      Sid: 'Mine',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:root' },
      Action: 's3:GetObject',
      Resource: '*',
    };
    s3Mock
      .on(GetBucketPolicyCommand)
      .resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [other] }) });
    s3Mock.on(PutBucketPolicyCommand).resolves({});
    const result = await bootstrapState({ ...baseOptions, fixDrift: true }, { clients });
    expect(result.drift.map((entry) => entry.setting)).toEqual(['tls-only-policy']);
    const written = JSON.parse(
      s3Mock.commandCalls(PutBucketPolicyCommand)[0]?.args[0].input.Policy ?? '{}',
    ) as { Statement: unknown[] };
    expect(written.Statement).toEqual([
      other,
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: ['arn:aws:s3:::my-state', 'arn:aws:s3:::my-state/*'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]);
  });

  it('adds missing tags and keeps the ones already there', async () => {
    hardenedBucket();
    s3Mock.on(GetBucketTaggingCommand).resolves({
      TagSet: [
        { Key: 'owner', Value: 'platform' },
        { Key: 'team', Value: 'old' },
      ],
    });
    const result = await bootstrapState(
      { ...baseOptions, tags: { team: 'infra' }, fixDrift: true },
      { clients },
    );
    expect(result.drift).toEqual([
      {
        resource: 'bucket',
        setting: 'tags',
        expected: 'team=infra',
        found: 'owner=platform, team=old',
        fixed: true,
      },
    ]);
    expect(s3Mock.commandCalls(PutBucketTaggingCommand)[0]?.args[0].input.Tagging?.TagSet).toEqual([
      { Key: 'owner', Value: 'platform' },
      { Key: 'team', Value: 'infra' },
    ]);
  });

  it('fails in words, with nothing changed, when another account owns the bucket (403)', async () => {
    s3Mock.on(HeadBucketCommand).rejects(s3Error('Forbidden', 403));
    const error = await bootstrapState(baseOptions, { clients }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /Bucket "my-state" exists but is not owned by account 123456789012/,
    );
    expect(mutatingCalls()).toEqual([]);
  });

  it('fails in words when the bucket lives in another region (301)', async () => {
    s3Mock
      .on(HeadBucketCommand)
      .rejects(s3Error('PermanentRedirect', 301, { 'x-amz-bucket-region': 'us-west-2' }));
    await expect(bootstrapState(baseOptions, { clients })).rejects.toThrow(
      /exists in region us-west-2, not in eu-west-3/,
    );
  });
});

describe('the lock table', () => {
  const withTable: StateOptions = { ...baseOptions, locking: 'both', lockTable: 'my-locks' };

  beforeEach(() => hardenedBucket());

  it('is created, waited for while CREATING (virtual time), then given point-in-time recovery', async () => {
    ddbMock
      .on(DescribeTableCommand)
      .rejectsOnce(new ResourceNotFoundException({ message: 'not found', $metadata: {} }))
      .resolvesOnce({ Table: { ...activeTable, TableStatus: 'CREATING' } })
      .resolves({ Table: activeTable });
    ddbMock
      .on(CreateTableCommand)
      .resolves({ TableDescription: { ...activeTable, TableStatus: 'CREATING' } });
    ddbMock.on(UpdateContinuousBackupsCommand).resolves({});
    const time = fakeTime();
    const result = await bootstrapState({ ...withTable, tags: { team: 'infra' } }, { clients, wait: time });
    expect(ddbMock.commandCalls(CreateTableCommand)[0]?.args[0].input).toEqual({
      TableName: 'my-locks',
      AttributeDefinitions: [{ AttributeName: 'LockID', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'LockID', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { Enabled: true, SSEType: 'KMS' },
      DeletionProtectionEnabled: true,
      Tags: [{ Key: 'team', Value: 'infra' }],
    });
    expect(ddbMock.commandCalls(DescribeTableCommand)).toHaveLength(3);
    expect(time.sleeps.length).toBeGreaterThan(0);
    expect(ddbMock.commandCalls(UpdateContinuousBackupsCommand)[0]?.args[0].input).toEqual({
      TableName: 'my-locks',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(result.lockTableArn).toBe(activeTable.TableArn);
    expect(result.created.map((entry) => entry.resource)).toEqual(['lock-table']);
    expect(result.backendConfig).toContain('dynamodb_table = "my-locks"');
    expect(result.backendConfig).toContain('use_lockfile   = true');
  });

  it('refuses a table whose key is not LockID before changing anything', async () => {
    s3Mock.on(GetBucketVersioningCommand).resolves({ Status: 'Suspended' });
    ddbMock.on(DescribeTableCommand).resolves({
      Table: {
        ...activeTable,
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      },
    });
    await expect(bootstrapState({ ...withTable, fixDrift: true }, { clients })).rejects.toThrow(
      /table "my-locks" exists but cannot hold locks: its key is id \(HASH\), but the lock table needs LockID \(string\)/,
    );
    expect(mutatingCalls()).toEqual([]);
  });

  it('reports a weakened table, then fixes it one update at a time, waiting for ACTIVE after each', async () => {
    const weakened = {
      ...activeTable,
      BillingModeSummary: { BillingMode: 'PROVISIONED' as const },
      DeletionProtectionEnabled: false,
    };
    delete weakened.SSEDescription;
    ddbMock.on(DescribeTableCommand).resolves({ Table: weakened });
    ddbMock.on(DescribeContinuousBackupsCommand).resolves({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' },
      },
    });
    const reported = await bootstrapState(withTable, { clients });
    expect(reported.drift.map((entry) => [entry.setting, entry.found])).toEqual([
      ['billing-mode', 'PROVISIONED'],
      ['encryption', 'AWS owned key'],
      ['point-in-time-recovery', 'DISABLED'],
      ['deletion-protection', 'disabled'],
    ]);
    expect(mutatingCalls()).toEqual([]);

    ddbMock.on(UpdateTableCommand).resolves({});
    ddbMock.on(UpdateContinuousBackupsCommand).resolves({});
    await bootstrapState({ ...withTable, fixDrift: true }, { clients, wait: fakeTime() });
    expect(ddbMock.commandCalls(UpdateTableCommand).map((call) => call.args[0].input)).toEqual([
      { TableName: 'my-locks', BillingMode: 'PAY_PER_REQUEST' },
      { TableName: 'my-locks', SSESpecification: { Enabled: true, SSEType: 'KMS' } },
      { TableName: 'my-locks', DeletionProtectionEnabled: true },
    ]);
    expect(ddbMock.commandCalls(UpdateContinuousBackupsCommand)).toHaveLength(1);
  });

  it('waits for an existing table that is still CREATING before reading its settings', async () => {
    ddbMock
      .on(DescribeTableCommand)
      .resolvesOnce({ Table: { ...activeTable, TableStatus: 'CREATING', DeletionProtectionEnabled: false } })
      .resolves({ Table: activeTable });
    ddbMock.on(DescribeContinuousBackupsCommand).resolves({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' },
      },
    });
    const result = await bootstrapState(withTable, { clients, wait: fakeTime() });
    expect(ddbMock.commandCalls(DescribeTableCommand)).toHaveLength(2);
    expect(result.drift).toEqual([]);
    expect(mutatingCalls()).toEqual([]);
  });

  it('stops with the table state when it never becomes ACTIVE', async () => {
    ddbMock
      .on(DescribeTableCommand)
      .rejectsOnce(new ResourceNotFoundException({ message: 'not found', $metadata: {} }))
      .resolves({ Table: { ...activeTable, TableStatus: 'CREATING' } });
    ddbMock.on(CreateTableCommand).resolves({});
    await expect(
      bootstrapState(withTable, { clients, wait: { ...fakeTime(), timeoutMs: 60_000 } }),
    ).rejects.toThrow(/DynamoDB table "my-locks" did not become ACTIVE: still CREATING after \d+s/);
  });
});
