// Inputs: name rules and cross-input rules, all decided before any AWS call.
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../../shared/action/errors.js';
import { readInputs } from '../../../../shared/action/inputs.js';
import { inputs } from '../../../../actions/state-bootstrap/src/inputs.js';
import {
  bucketNameProblem,
  kmsKeyProblem,
  stateKeyProblem,
  tableNameProblem,
  tagsProblem,
} from '../../../../actions/state-bootstrap/src/names.js';
import { resolveOptions } from '../../../../actions/state-bootstrap/src/options.js';
import { setInputs } from '../../../support/inputs.js';

async function options(values: Record<string, string>) {
  return resolveOptions(await readInputs(inputs, setInputs(values, {})), {});
}

describe('bucket names', () => {
  it.each(['abc', 'my-state.bucket-1', 'a'.repeat(63), '1st-bucket'])('accepts %s', (name) => {
    expect(bucketNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['ab', '3 to 63'],
    ['a'.repeat(64), '3 to 63'],
    ['My-Bucket', 'lowercase'],
    ['my_bucket', 'lowercase'],
    ['-bucket', 'begin and end'],
    ['bucket.', 'begin and end'],
    ['my..bucket', 'adjacent dots'],
    ['my.-bucket', 'dot next to a hyphen'],
    ['192.168.5.4', 'IP address'],
    ['xn--bucket', 'xn--'],
    ['sthree-bucket', 'sthree-'],
    ['bucket-s3alias', '-s3alias'],
    ['bucket--ol-s3', '--ol-s3'],
    ['bucket.mrap', '.mrap'],
    ['bucket--x-s3', '--x-s3'],
  ])('refuses %s', (name, reason) => {
    expect(bucketNameProblem(name)).toContain(reason);
  });
});

describe('other names', () => {
  it('checks table names', () => {
    expect(tableNameProblem('terraform-locks_1.prod')).toBeUndefined();
    expect(tableNameProblem('ab')).toContain('3 to 255');
    expect(tableNameProblem('locks table')).toContain('only letters');
  });

  it('checks state keys', () => {
    expect(stateKeyProblem('env/prod/terraform.tfstate')).toBeUndefined();
    expect(stateKeyProblem('/terraform.tfstate')).toContain('begin or end');
    expect(stateKeyProblem('env//terraform.tfstate')).toContain('//');
    expect(stateKeyProblem('k'.repeat(1018))).toContain('1017');
  });

  it('checks KMS keys', () => {
    for (const key of [
      '1234abcd-12ab-34cd-56ef-1234567890ab',
      'mrk-1234abcd12ab34cd56ef1234567890ab',
      'alias/terraform-state',
      'arn:aws:kms:eu-west-3:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'arn:aws:kms:eu-west-3:123456789012:alias/terraform-state',
    ])
      expect([key, kmsKeyProblem(key)]).toEqual([key, undefined]);
    expect(kmsKeyProblem('my-key')).toContain('not a KMS key');
  });

  it('checks tags', () => {
    expect(tagsProblem({ team: 'infra', 'cost-center': '42' })).toBeUndefined();
    expect(tagsProblem({ 'aws:owner': 'x' })).toEqual({
      key: 'aws:owner',
      reason: 'the aws: prefix is reserved',
    });
    expect(tagsProblem({ k: 'v'.repeat(257) })?.reason).toContain('256');
    expect(
      tagsProblem(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])))?.reason,
    ).toContain('at most 50');
  });
});

describe('resolveOptions', () => {
  it('applies the defaults', async () => {
    expect(await options({ bucket: 'my-state', 'aws-region': 'eu-west-3' })).toEqual({
      bucket: 'my-state',
      region: 'eu-west-3',
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
    });
  });

  it('reads every input', async () => {
    expect(
      await options({
        bucket: 'my-state',
        'aws-region': 'us-east-1',
        locking: 'both',
        'lock-table': 'my-locks',
        'kms-key': 'alias/state',
        'noncurrent-version-days': '30',
        tags: 'team=infra\nenv=prod',
        'state-key': 'prod/terraform.tfstate',
        'backend-config-file': 'backend-prod.hcl',
        'fix-drift': 'true',
        'expected-bucket-owner': '111122223333',
      }),
    ).toEqual({
      bucket: 'my-state',
      region: 'us-east-1',
      locking: 'both',
      lockTable: 'my-locks',
      kmsKey: 'alias/state',
      noncurrentVersionDays: 30,
      tags: { team: 'infra', env: 'prod' },
      stateKey: 'prod/terraform.tfstate',
      backendConfigFile: 'backend-prod.hcl',
      overwriteBackendConfigFile: false,
      fixDrift: true,
      expectedBucketOwner: '111122223333',
    });
  });

  it('takes the region from AWS_REGION when the input is empty', async () => {
    const values = await readInputs(inputs, setInputs({ bucket: 'my-state' }, {}));
    expect(resolveOptions(values, { AWS_REGION: 'eu-west-3' }).region).toBe('eu-west-3');
    expect(() => resolveOptions(values, {})).toThrow(/No AWS region/);
  });

  it.each([
    [{ bucket: 'Bad_Bucket' }, 'bucket', /Input 'bucket' has an invalid value "Bad_Bucket" \(only lowercase/],
    [{ bucket: 'my-state', locking: 'consul' }, 'locking', /expected one of s3, dynamodb, both/],
    [
      { bucket: 'my-state', locking: 'dynamodb' },
      'lock-table',
      /Input 'lock-table' is required: .*locking: dynamodb/,
    ],
    [{ bucket: 'my-state', locking: 'both' }, 'lock-table', /required with locking: both/],
    [{ bucket: 'my-state', 'lock-table': 'locks' }, 'lock-table', /no value with locking: s3/],
    [{ bucket: 'my-state', locking: 'dynamodb', 'lock-table': 'x' }, 'lock-table', /3 to 255/],
    [{ bucket: 'my-state', 'noncurrent-version-days': '0' }, 'noncurrent-version-days', /from 1 to 36500/],
    [{ bucket: 'my-state', 'expected-bucket-owner': '1234' }, 'expected-bucket-owner', /12-digit/],
    [{ bucket: 'my-state', 'kms-key': 'nope' }, 'kms-key', /KMS key/],
    [{ bucket: 'my-state', tags: 'aws:x=1' }, 'tags', /aws: prefix/],
    [{ bucket: 'my-state', 'state-key': '/abs' }, 'state-key', /begin or end/],
    [{ bucket: 'my-state', 'fix-drift': 'yes' }, 'fix-drift', /true or false/],
    [{}, 'bucket', /Input 'bucket' is required/],
  ])('refuses %j naming %s', async (values, input, message) => {
    const error = await options({ 'aws-region': 'eu-west-3', ...values }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect((error as InputError).message).toMatch(message);
  });
});
