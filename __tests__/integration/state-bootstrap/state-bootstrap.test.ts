// state-bootstrap against the moto server, through the recording proxy: what a first run creates
// (every setting read back), that a rerun makes no mutating call, drift reported then fixed,
// all three locking modes, us-east-1 and eu-west-3, the backend config parsed as HCL, and the
// IAM policy compared with every operation recorded here.
//
// moto does not enforce ExpectedBucketOwner and has no other accounts, so "bucket owned by
// someone else" (403 / BucketAlreadyExists) and a bucket in another region (301) are covered by
// the unit tests (__tests__/unit/actions/state-bootstrap/bootstrap.test.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { BACKEND_CONFIG_MARKER } from '../../../actions/state-bootstrap/src/backend-config.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parse as parseHcl } from '@cdktf/hcl2json';
import {
  DeleteBucketEncryptionCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTagsOfResourceCommand,
  UpdateContinuousBackupsCommand,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import {
  bootstrapState,
  createStateClients,
  type BootstrapResult,
} from '../../../actions/state-bootstrap/src/bootstrap.js';
import { desiredRules } from '../../../actions/state-bootstrap/src/lifecycle.js';
import type { StateOptions } from '../../../actions/state-bootstrap/src/options.js';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { isMutating, startProxy, type Proxy, type RecordedCall } from '../../support/proxy.js';
import { policyActions, recordedActions } from '../../support/iam.js';
import { motoConfig } from '../../support/moto.js';

Object.assign(process.env, {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_SESSION_TOKEN: 'testing',
  AWS_EC2_METADATA_DISABLED: 'true',
});

let emulators: Emulators;
let proxy: Proxy;
let moto: string;
let workspace: string;
/** Every call of every test, for the IAM policy comparison at the end. */
const recorded: RecordedCall[] = [];

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  moto = emulators.env['MOTO_URL'] ?? '';
  if (!moto) throw new Error('MOTO_URL missing from the test env');
  proxy = await startProxy({ target: moto });
  workspace = mkdtempSync(join(tmpdir(), 'state-bootstrap-'));
}, 90_000);

/** Starts a fresh recording, keeping the calls so far for the IAM policy comparison. */
function resetRecording(): void {
  recorded.push(...proxy.calls);
  proxy.reset();
}

afterEach(resetRecording);

afterAll(async () => {
  await proxy?.close();
  await emulators?.release();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}, 60_000);

const unique = (): string => randomBytes(4).toString('hex');

function options(overrides: Partial<StateOptions> & Pick<StateOptions, 'bucket' | 'region'>): StateOptions {
  return {
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
    ...overrides,
  };
}

async function bootstrap(opts: StateOptions): Promise<BootstrapResult> {
  return bootstrapState(opts, {
    clients: createStateClients(opts.region, { endpoint: proxy.url }),
    cwd: workspace,
  });
}

/** Clients straight to moto (not through the proxy), to read back and to weaken resources. */
function direct(region: string) {
  return {
    s3: new S3Client({ ...motoConfig(moto, region), forcePathStyle: true }),
    dynamodb: new DynamoDBClient(motoConfig(moto, region)),
  };
}

const mutations = (): string[] =>
  proxy.calls.filter(isMutating).map((call) => `${call.service}:${call.operation}`);

async function readBackBucket(bucket: string, region: string) {
  const { s3 } = direct(region);
  const [ownership, blocks, versioning, encryption, policy, lifecycle] = await Promise.all([
    s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket })),
    s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket })),
    s3.send(new GetBucketVersioningCommand({ Bucket: bucket })),
    s3.send(new GetBucketEncryptionCommand({ Bucket: bucket })),
    s3.send(new GetBucketPolicyCommand({ Bucket: bucket })),
    s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket })),
  ]);
  return {
    ownership: ownership.OwnershipControls?.Rules,
    blocks: blocks.PublicAccessBlockConfiguration,
    versioning: versioning.Status,
    encryption: encryption.ServerSideEncryptionConfiguration?.Rules,
    policy: JSON.parse(policy.Policy ?? '{}') as unknown,
    lifecycle: lifecycle.Rules,
  };
}

const ALL_BLOCKS = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

describe('eu-west-3, locking: both', () => {
  const bucket = `state-${unique()}`;
  const table = `locks-${unique()}`;
  const region = 'eu-west-3';
  const opts = options({
    bucket,
    region,
    locking: 'both',
    lockTable: table,
    tags: { team: 'infra', env: 'prod' },
    stateKey: 'prod/terraform.tfstate',
    noncurrentVersionDays: 30,
    backendConfigFile: 'deploy/backend-prod.hcl',
  });

  it('creates the bucket and the table with every setting, read back', async () => {
    const result = await bootstrap(opts);
    const tableArn = `arn:aws:dynamodb:${region}:123456789012:table/${table}`;
    expect(result.created).toEqual([
      { resource: 'bucket', name: bucket, arn: `arn:aws:s3:::${bucket}` },
      { resource: 'lock-table', name: table, arn: tableArn },
    ]);
    expect(result.lockTableArn).toBe(tableArn);
    expect(result.drift).toEqual([]);

    const live = await readBackBucket(bucket, region);
    expect(live).toEqual({
      ownership: [{ ObjectOwnership: 'BucketOwnerEnforced' }],
      blocks: ALL_BLOCKS,
      versioning: 'Enabled',
      encryption: [
        expect.objectContaining({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }),
      ],
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
      lifecycle: desiredRules('prod/terraform.tfstate', 30),
    });
    const { s3, dynamodb } = direct(region);
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: bucket }))).LocationConstraint).toBe(region);
    expect((await s3.send(new GetBucketTaggingCommand({ Bucket: bucket }))).TagSet).toEqual([
      { Key: 'team', Value: 'infra' },
      { Key: 'env', Value: 'prod' },
    ]);

    const described = (await dynamodb.send(new DescribeTableCommand({ TableName: table }))).Table;
    expect(described).toMatchObject({
      KeySchema: [{ AttributeName: 'LockID', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'LockID', AttributeType: 'S' }],
      BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
      SSEDescription: { Status: 'ENABLED', SSEType: 'KMS' },
      DeletionProtectionEnabled: true,
      TableStatus: 'ACTIVE',
    });
    const backups = await dynamodb.send(new DescribeContinuousBackupsCommand({ TableName: table }));
    expect(
      backups.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus,
    ).toBe('ENABLED');
    expect((await dynamodb.send(new ListTagsOfResourceCommand({ ResourceArn: tableArn }))).Tags).toEqual([
      { Key: 'team', Value: 'infra' },
      { Key: 'env', Value: 'prod' },
    ]);

    const file = readFileSync(join(workspace, 'deploy/backend-prod.hcl'), 'utf8');
    expect(file).toBe(BACKEND_CONFIG_MARKER + result.backendConfig);
    expect(await parseHcl('backend-prod.hcl', file)).toEqual({
      bucket,
      key: 'prod/terraform.tfstate',
      region,
      encrypt: true,
      use_lockfile: true,
      dynamodb_table: table,
    });
  });

  it('makes no mutating call on a rerun and reports every setting ok', async () => {
    const result = await bootstrap(opts);
    expect(mutations()).toEqual([]);
    expect(proxy.calls.length).toBeGreaterThan(0);
    expect(result.created).toEqual([]);
    expect(result.settings.map((entry) => `${entry.resource} ${entry.setting} ${entry.status}`)).toEqual([
      'bucket object-ownership ok',
      'bucket public-access-block ok',
      'bucket versioning ok',
      'bucket default-encryption ok',
      'bucket tls-only-policy ok',
      'bucket lifecycle ok',
      'bucket tags ok',
      'lock-table billing-mode ok',
      'lock-table encryption ok',
      'lock-table point-in-time-recovery ok',
      'lock-table deletion-protection ok',
      'lock-table tags ok',
    ]);
  });

  it('reports a weakened bucket and table, then fixes them with fix-drift', async () => {
    const { s3, dynamodb } = direct(region);
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Suspended' } }),
    );
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: bucket,
        PublicAccessBlockConfiguration: { ...ALL_BLOCKS, RestrictPublicBuckets: false },
      }),
    );
    await s3.send(new DeleteBucketEncryptionCommand({ Bucket: bucket }));
    await dynamodb.send(new UpdateTableCommand({ TableName: table, DeletionProtectionEnabled: false }));
    await dynamodb.send(
      new UpdateContinuousBackupsCommand({
        TableName: table,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false },
      }),
    );
    const weakened = { ...opts, tags: { ...opts.tags, owner: 'platform' } };

    const reported = await bootstrap(weakened);
    expect(reported.drift).toEqual([
      {
        resource: 'bucket',
        setting: 'public-access-block',
        expected: 'all four blocks on',
        found: 'RestrictPublicBuckets off',
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
      {
        resource: 'bucket',
        setting: 'tags',
        expected: 'team=infra, env=prod, owner=platform',
        found: 'team=infra, env=prod',
        fixed: false,
      },
      {
        resource: 'lock-table',
        setting: 'point-in-time-recovery',
        expected: 'ENABLED',
        found: 'DISABLED',
        fixed: false,
      },
      {
        resource: 'lock-table',
        setting: 'deletion-protection',
        expected: 'enabled',
        found: 'disabled',
        fixed: false,
      },
      {
        resource: 'lock-table',
        setting: 'tags',
        expected: 'team=infra, env=prod, owner=platform',
        found: 'team=infra, env=prod',
        fixed: false,
      },
    ]);
    expect(mutations()).toEqual([]);

    const fixed = await bootstrap({ ...weakened, fixDrift: true });
    expect(fixed.drift.every((entry) => entry.fixed)).toBe(true);
    expect(mutations()).toEqual([
      's3:PutPublicAccessBlock',
      's3:PutBucketVersioning',
      's3:PutBucketEncryption',
      's3:PutBucketTagging',
      'dynamodb:UpdateContinuousBackups',
      'dynamodb:UpdateTable',
      'dynamodb:TagResource',
    ]);
    const live = await readBackBucket(bucket, region);
    expect(live.blocks).toEqual(ALL_BLOCKS);
    expect(live.versioning).toBe('Enabled');
    expect(live.encryption).toEqual([
      expect.objectContaining({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }),
    ]);
    expect(
      (await dynamodb.send(new DescribeTableCommand({ TableName: table }))).Table?.DeletionProtectionEnabled,
    ).toBe(true);

    resetRecording();
    const after = await bootstrap(weakened);
    expect(after.drift).toEqual([]);
    expect(mutations()).toEqual([]);
  });
});

describe('us-east-1, locking: s3, SSE-KMS', () => {
  const bucket = `state-${unique()}`;
  const region = 'us-east-1';
  const opts = options({
    bucket,
    region,
    kmsKey: 'alias/terraform-state',
    backendConfigFile: 'backend-us.hcl',
  });

  it('creates the bucket without a location constraint and writes a config without a lock table', async () => {
    const result = await bootstrap(opts);
    expect(result.created.map((entry) => entry.resource)).toEqual(['bucket']);
    expect(result.lockTableArn).toBeUndefined();
    const { s3 } = direct(region);
    // us-east-1 buckets report no location constraint.
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: bucket }))).LocationConstraint ?? '').toBe(
      '',
    );
    expect((await readBackBucket(bucket, region)).encryption).toEqual([
      {
        ApplyServerSideEncryptionByDefault: {
          SSEAlgorithm: 'aws:kms',
          KMSMasterKeyID: 'alias/terraform-state',
        },
        BucketKeyEnabled: true,
      },
    ]);
    expect(proxy.calls.some((call) => call.service === 'dynamodb')).toBe(false);
    expect(await parseHcl('backend-us.hcl', readFileSync(join(workspace, 'backend-us.hcl'), 'utf8'))).toEqual(
      {
        bucket,
        key: 'terraform.tfstate',
        region,
        encrypt: true,
        kms_key_id: 'alias/terraform-state',
        use_lockfile: true,
      },
    );
  });

  it('makes no mutating call on a rerun', async () => {
    const result = await bootstrap(opts);
    expect(result.drift).toEqual([]);
    expect(mutations()).toEqual([]);
  });
});

describe('eu-west-3, locking: dynamodb, owner given', () => {
  const bucket = `state-${unique()}`;
  const table = `locks-${unique()}`;
  const region = 'eu-west-3';
  const opts = options({
    bucket,
    region,
    locking: 'dynamodb',
    lockTable: table,
    expectedBucketOwner: '123456789012',
  });

  it('creates both without asking STS, and the config locks with the table only', async () => {
    const result = await bootstrap(opts);
    expect(result.created.map((entry) => entry.resource)).toEqual(['bucket', 'lock-table']);
    expect(proxy.calls.some((call) => call.service === 'sts')).toBe(false);
    expect(await parseHcl('backend.hcl', result.backendConfig)).toEqual({
      bucket,
      key: 'terraform.tfstate',
      region,
      encrypt: true,
      dynamodb_table: table,
    });
  });

  it('makes no mutating call on a rerun', async () => {
    await bootstrap(opts);
    expect(mutations()).toEqual([]);
  });
});

describe('iam-policy.json', () => {
  it('grants exactly the operations recorded in these tests', () => {
    expect(policyActions('actions/state-bootstrap/iam-policy.json')).toEqual(recordedActions(recorded));
  });
});
