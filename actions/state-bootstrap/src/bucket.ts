// The state bucket: found or created, then hardened setting by setting.
// Every call after CreateBucket names the expected owner, so S3 refuses to touch a bucket that
// belongs to another account.
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
  PutBucketLifecycleConfigurationCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  type BucketLocationConstraint,
  type LifecycleRule,
  type PublicAccessBlockConfiguration,
  type S3Client,
  type ServerSideEncryptionRule,
  type TransitionDefaultMinimumObjectSize,
} from '@aws-sdk/client-s3';
import { ActionError } from '../../../shared/action/errors.js';
import { classify, errorCode } from '../../../shared/aws/errors.js';
import {
  hasTlsOnlyStatement,
  parsePolicy,
  withTlsOnlyStatement,
  type PolicyDocument,
} from './bucket-policy.js';
import { describeRule, desiredRules, mergeRules, rulesToWrite } from './lifecycle.js';
import type { Inspection, Setting } from './settings.js';
import { describeTags, mergeTags, missingTags } from './tags.js';

export interface BucketPlan {
  bucket: string;
  region: string;
  /** Account id every call names as ExpectedBucketOwner. */
  owner: string;
  kmsKey: string | undefined;
  noncurrentVersionDays: number;
  stateKey: string;
  tags: Record<string, string>;
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function bucketArn(bucket: string, region: string): string {
  return `arn:${partitionOf(region)}:s3:::${bucket}`;
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

function regionHeader(error: unknown): string | undefined {
  const headers = (error as { $response?: { headers?: Record<string, string> } }).$response?.headers;
  return headers?.['x-amz-bucket-region'];
}

/** 'exists' (and ours), or 'missing'; another owner or another region is an error in words. */
export async function findBucket(s3: S3Client, plan: BucketPlan): Promise<'exists' | 'missing'> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: plan.bucket, ExpectedBucketOwner: plan.owner }));
    return 'exists';
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || errorCode(error) === 'NoSuchBucket') return 'missing';
    if (status === 403)
      throw new ActionError(
        `Bucket "${plan.bucket}" exists but is not owned by account ${plan.owner} (or these credentials may not call s3:ListBucket on it). ` +
          `Bucket names are global: choose another name, or set expected-bucket-owner to the account that owns it.`,
      );
    if (status === 301) {
      const where = regionHeader(error);
      throw new ActionError(
        `Bucket "${plan.bucket}" exists in ${where ? `region ${where}` : 'another region'}, not in ${plan.region}. ` +
          `Set aws-region to the bucket's region, or choose another bucket name.`,
      );
    }
    throw error;
  }
}

/** 'created', or 'exists' when a concurrent run created it first. */
export async function createBucket(s3: S3Client, plan: BucketPlan): Promise<'created' | 'exists'> {
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: plan.bucket,
        // us-east-1 is the one region that takes no location constraint.
        CreateBucketConfiguration:
          plan.region === 'us-east-1'
            ? undefined
            : { LocationConstraint: plan.region as BucketLocationConstraint },
      }),
    );
    return 'created';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'BucketAlreadyOwnedByYou') return 'exists';
    if (code === 'BucketAlreadyExists')
      throw new ActionError(
        `Bucket name "${plan.bucket}" is taken by another AWS account (bucket names are global across all accounts). Choose another name.`,
      );
    throw error;
  }
}

/** The live value of a setting; undefined when S3 says it was never set. */
async function readOrNone<T>(read: () => Promise<T>, noneCodes: readonly string[]): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (
      noneCodes.includes(errorCode(error)) ||
      (classify(error) === 'not-found' && errorCode(error) !== 'NoSuchBucket')
    )
      return undefined;
    throw error;
  }
}

const ALL_BLOCKS: Required<
  Pick<
    PublicAccessBlockConfiguration,
    'BlockPublicAcls' | 'IgnorePublicAcls' | 'BlockPublicPolicy' | 'RestrictPublicBuckets'
  >
> = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

function sameKmsKey(found: string | undefined, wanted: string): boolean {
  if (!found) return false;
  return (
    found === wanted ||
    found.endsWith(`/${wanted}`) ||
    found.endsWith(`:${wanted}`) ||
    wanted.endsWith(`/${found}`)
  );
}

function describeEncryption(rule: ServerSideEncryptionRule | undefined): string {
  const byDefault = rule?.ApplyServerSideEncryptionByDefault;
  if (!byDefault?.SSEAlgorithm) return 'none';
  if (byDefault.SSEAlgorithm === 'AES256') return 'SSE-S3 (AES256)';
  return `SSE-KMS (${byDefault.SSEAlgorithm}) with ${byDefault.KMSMasterKeyID ?? 'the AWS managed key'}, bucket key ${rule?.BucketKeyEnabled ? 'on' : 'off'}`;
}

/** The hardening settings of the state bucket, in the order they are applied to a new bucket. */
export function bucketSettings(s3: S3Client, plan: BucketPlan): Setting[] {
  const bucket: StateBucket = { s3, plan, Bucket: plan.bucket, ExpectedBucketOwner: plan.owner };
  const settings = [
    ownershipSetting(bucket),
    publicAccessSetting(bucket),
    versioningSetting(bucket),
    encryptionSetting(bucket),
    tlsOnlyPolicySetting(bucket),
    lifecycleSetting(bucket),
  ];
  if (Object.keys(plan.tags).length > 0) settings.push(tagsSetting(bucket));
  return settings;
}

/** The bucket every setting reads and writes, and the two parameters each of its calls names. */
interface StateBucket {
  s3: S3Client;
  plan: BucketPlan;
  Bucket: string;
  ExpectedBucketOwner: string;
}

function setting(
  name: string,
  expected: string,
  inspect: () => Promise<Inspection>,
  applyToNew: () => Promise<void>,
): Setting {
  return { resource: 'bucket', name, expected, inspect, applyToNew };
}

function ownershipSetting({ s3, Bucket, ExpectedBucketOwner }: StateBucket): Setting {
  const put = async (): Promise<void> => {
    await s3.send(
      new PutBucketOwnershipControlsCommand({
        Bucket,
        ExpectedBucketOwner,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      }),
    );
  };
  const inspect = async (): Promise<Inspection> => {
    const found = await readOrNone(
      () => s3.send(new GetBucketOwnershipControlsCommand({ Bucket, ExpectedBucketOwner })),
      ['OwnershipControlsNotFoundError'],
    );
    const ownership = found?.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? 'none';
    return { ok: ownership === 'BucketOwnerEnforced', found: ownership, fix: put };
  };
  return setting('object-ownership', 'BucketOwnerEnforced (ACLs disabled)', inspect, put);
}

function publicAccessSetting({ s3, Bucket, ExpectedBucketOwner }: StateBucket): Setting {
  const put = async (): Promise<void> => {
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket,
        ExpectedBucketOwner,
        PublicAccessBlockConfiguration: ALL_BLOCKS,
      }),
    );
  };
  const inspect = async (): Promise<Inspection> => {
    const found = await readOrNone(
      () => s3.send(new GetPublicAccessBlockCommand({ Bucket, ExpectedBucketOwner })),
      ['NoSuchPublicAccessBlockConfiguration'],
    );
    const config = found?.PublicAccessBlockConfiguration;
    const off = (Object.keys(ALL_BLOCKS) as Array<keyof typeof ALL_BLOCKS>).filter(
      (block) => config?.[block] !== true,
    );
    return {
      ok: off.length === 0,
      found: !config ? 'none' : off.length === 0 ? 'all four blocks on' : `${off.join(', ')} off`,
      fix: put,
    };
  };
  return setting('public-access-block', 'all four blocks on', inspect, put);
}

function versioningSetting({ s3, Bucket, ExpectedBucketOwner }: StateBucket): Setting {
  const put = async (): Promise<void> => {
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket,
        ExpectedBucketOwner,
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
  };
  const inspect = async (): Promise<Inspection> => {
    const found = await s3.send(new GetBucketVersioningCommand({ Bucket, ExpectedBucketOwner }));
    return { ok: found.Status === 'Enabled', found: found.Status ?? 'never enabled', fix: put };
  };
  return setting('versioning', 'Enabled', inspect, put);
}

function encryptionSetting({ s3, plan, Bucket, ExpectedBucketOwner }: StateBucket): Setting {
  const encryptionRule: ServerSideEncryptionRule = plan.kmsKey
    ? {
        ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: plan.kmsKey },
        BucketKeyEnabled: true,
      }
    : { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } };
  const put = async (): Promise<void> => {
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket,
        ExpectedBucketOwner,
        ServerSideEncryptionConfiguration: { Rules: [encryptionRule] },
      }),
    );
  };
  const inspect = async (): Promise<Inspection> => {
    const found = await readOrNone(
      () => s3.send(new GetBucketEncryptionCommand({ Bucket, ExpectedBucketOwner })),
      ['ServerSideEncryptionConfigurationNotFoundError'],
    );
    const rule = found?.ServerSideEncryptionConfiguration?.Rules?.[0];
    const byDefault = rule?.ApplyServerSideEncryptionByDefault;
    const ok = plan.kmsKey
      ? byDefault?.SSEAlgorithm?.startsWith('aws:kms') === true &&
        sameKmsKey(byDefault.KMSMasterKeyID, plan.kmsKey) &&
        rule?.BucketKeyEnabled === true
      : byDefault?.SSEAlgorithm !== undefined;
    return { ok, found: describeEncryption(rule), fix: put };
  };
  const expected = plan.kmsKey ? `SSE-KMS with ${plan.kmsKey}, bucket key on` : 'SSE-S3 (AES256), or SSE-KMS';
  return setting('default-encryption', expected, inspect, put);
}

function tlsOnlyPolicySetting({ s3, plan, Bucket, ExpectedBucketOwner }: StateBucket): Setting {
  const arn = bucketArn(plan.bucket, plan.region);
  const put = async (current: PolicyDocument | undefined): Promise<void> => {
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket,
        ExpectedBucketOwner,
        Policy: JSON.stringify(withTlsOnlyStatement(current, arn)),
      }),
    );
  };
  const inspect = async (): Promise<Inspection> => {
    const found = await readOrNone(
      () => s3.send(new GetBucketPolicyCommand({ Bucket, ExpectedBucketOwner })),
      ['NoSuchBucketPolicy'],
    );
    const policy = parsePolicy(found?.Policy);
    const ok = hasTlsOnlyStatement(policy, arn);
    return {
      ok,
      found: !policy
        ? 'no bucket policy'
        : ok
          ? 'TLS-only statement present'
          : 'a policy without a TLS-only statement',
      fix: () => put(policy),
    };
  };
  return setting(
    'tls-only-policy',
    'a statement denying requests without TLS (aws:SecureTransport false)',
    inspect,
    () => put(undefined),
  );
}

function lifecycleSetting({ s3, plan, Bucket, ExpectedBucketOwner }: StateBucket): Setting {
  const rules = desiredRules(plan.stateKey, plan.noncurrentVersionDays);
  const put = async (
    current: readonly LifecycleRule[],
    minimumObjectSize: TransitionDefaultMinimumObjectSize | undefined,
  ): Promise<void> => {
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket,
        ExpectedBucketOwner,
        LifecycleConfiguration: { Rules: mergeRules(current, rules) },
        TransitionDefaultMinimumObjectSize: minimumObjectSize,
      }),
    );
  };
  const inspect = async (): Promise<Inspection> => {
    const found = await readOrNone(
      () => s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket, ExpectedBucketOwner })),
      ['NoSuchLifecycleConfiguration'],
    );
    const current = found?.Rules ?? [];
    const missing = rulesToWrite(current, rules);
    return {
      ok: missing.length === 0,
      found:
        missing.length === 0
          ? 'rules present'
          : `${current.length === 0 ? 'no rules' : `${current.length} other rule(s)`}; missing: ${missing.map((rule) => rule.ID).join(', ')}`,
      fix: () => put(current, found?.TransitionDefaultMinimumObjectSize),
    };
  };
  return setting('lifecycle', rules.map(describeRule).join('; '), inspect, () => put([], undefined));
}

function tagsSetting({ s3, plan, Bucket, ExpectedBucketOwner }: StateBucket): Setting {
  const put = async (current: Record<string, string>): Promise<void> => {
    const merged = mergeTags(current, plan.tags);
    await s3.send(
      new PutBucketTaggingCommand({
        Bucket,
        ExpectedBucketOwner,
        Tagging: { TagSet: Object.entries(merged).map(([Key, Value]) => ({ Key, Value })) },
      }),
    );
  };
  const inspect = async (): Promise<Inspection> => {
    const found = await readOrNone(
      () => s3.send(new GetBucketTaggingCommand({ Bucket, ExpectedBucketOwner })),
      ['NoSuchTagSet'],
    );
    const current = Object.fromEntries((found?.TagSet ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
    const missing = missingTags(current, plan.tags);
    return { ok: missing.length === 0, found: describeTags(current), fix: () => put(current) };
  };
  return setting('tags', describeTags(plan.tags), inspect, () => put({}));
}
