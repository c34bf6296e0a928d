// The documents the action writes: the backend config (checked with a real HCL parser), the
// TLS-only bucket policy merge and the lifecycle rules.
import { describe, expect, it } from '@jest/globals';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import type { LifecycleRule } from '@aws-sdk/client-s3';
import {
  BACKEND_CONFIG_MARKER,
  hclString,
  renderBackendConfig,
  writeBackendConfig,
} from '../../../../actions/state-bootstrap/src/backend-config.js';
import {
  deniesInsecureTransport,
  hasTlsOnlyStatement,
  withTlsOnlyStatement,
} from '../../../../actions/state-bootstrap/src/bucket-policy.js';
import {
  desiredRules,
  lockRuleId,
  mergeRules,
  rulesToWrite,
} from '../../../../actions/state-bootstrap/src/lifecycle.js';

const base = {
  bucket: 'my-state',
  key: 'env/prod/terraform.tfstate',
  region: 'eu-west-3',
  lockTable: undefined,
  kmsKey: undefined,
};

describe('backend config', () => {
  it.each([
    ['s3', undefined, { use_lockfile: true }],
    ['dynamodb', 'my-locks', { dynamodb_table: 'my-locks' }],
    ['both', 'my-locks', { use_lockfile: true, dynamodb_table: 'my-locks' }],
  ] as const)('holds exactly the keys for locking: %s', async (locking, lockTable, lockKeys) => {
    const text = renderBackendConfig({ ...base, locking, lockTable });
    expect(await parseHcl('backend.hcl', text)).toEqual({
      bucket: 'my-state',
      key: 'env/prod/terraform.tfstate',
      region: 'eu-west-3',
      encrypt: true,
      ...lockKeys,
    });
  });

  it('adds kms_key_id for a kms-key and escapes what HCL would interpret', async () => {
    const text = renderBackendConfig({ ...base, key: 'a"b\\c/d', locking: 's3', kmsKey: 'alias/state' });
    expect(await parseHcl('backend.hcl', text)).toMatchObject({ key: 'a"b\\c/d', kms_key_id: 'alias/state' });
    expect(hclString('line\nbreak')).toBe('"line\\nbreak"');
    // Template sequences are doubled (HCL's escape), so nothing is interpolated.
    expect(hclString('${x}%{y}')).toBe('"$${x}%%{y}"');
  });

  it('writes the file, creating its folder, and leaves an identical file untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backend-'));
    try {
      const first = await writeBackendConfig('deploy/backend-prod.hcl', 'bucket = "a"\n', dir);
      expect(first).toEqual({ path: join(realpathSync(dir), 'deploy/backend-prod.hcl'), changed: true });
      expect(readFileSync(first.path, 'utf8')).toBe(`${BACKEND_CONFIG_MARKER}bucket = "a"\n`);
      expect((await writeBackendConfig('deploy/backend-prod.hcl', 'bucket = "a"\n', dir)).changed).toBe(
        false,
      );
      expect((await writeBackendConfig('deploy/backend-prod.hcl', 'bucket = "b"\n', dir)).changed).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never replaces a file it did not write (unless told to), nor writes outside the workspace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backend-'));
    const outside = mkdtempSync(join(tmpdir(), 'backend-out-'));
    try {
      writeFileSync(join(dir, 'main.tf'), 'terraform {}\n');
      await expect(writeBackendConfig('main.tf', 'bucket = "a"\n', dir)).rejects.toThrow(
        /Input 'backend-config-file' .*"main\.tf" \(the file exists and was not written by this action; set overwrite-backend-config-file: true/,
      );
      expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe('terraform {}\n');
      expect((await writeBackendConfig('main.tf', 'bucket = "a"\n', dir, true)).changed).toBe(true);
      await expect(writeBackendConfig(join(outside, 'b.hcl'), 'x\n', dir)).rejects.toThrow(
        /outside the workspace/,
      );
      await expect(writeBackendConfig('../b.hcl', 'x\n', dir)).rejects.toThrow(/outside the workspace/);
      symlinkSync(join(outside, 'target.hcl'), join(dir, 'link.hcl'));
      await expect(writeBackendConfig('link.hcl', 'x\n', dir, true)).rejects.toThrow(/symbolic link/);
      symlinkSync(outside, join(dir, 'out'));
      await expect(writeBackendConfig('out/b.hcl', 'x\n', dir)).rejects.toThrow(/outside the workspace/);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('TLS-only bucket policy', () => {
  const arn = 'arn:aws:s3:::my-state';

  it('recognises an equivalent statement written by hand', () => {
    expect(
      deniesInsecureTransport(
        {
          Effect: 'Deny',
          Principal: { AWS: ['*'] },
          Action: ['s3:*'],
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': ['false'] } },
        },
        arn,
      ),
    ).toBe(true);
    expect(
      deniesInsecureTransport(
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: arn,
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
        arn,
      ),
    ).toBe(false);
    expect(
      deniesInsecureTransport(
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`] },
        arn,
      ),
    ).toBe(false);
  });

  it('adds the statement to no policy, replaces only our Sid, keeps every other statement', () => {
    expect(hasTlsOnlyStatement(undefined, arn)).toBe(false);
    const fresh = withTlsOnlyStatement(undefined, arn);
    expect(hasTlsOnlyStatement(fresh, arn)).toBe(true);
    const other = {
      Sid: 'ReadOnly',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::1:root' },
      Action: 's3:GetObject',
      Resource: `${arn}/*`,
    };
    const stale = {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: `${arn}/*`,
    };
    const merged = withTlsOnlyStatement(
      { Version: '2012-10-17', Id: 'keep-me', Statement: [other, stale] },
      arn,
    );
    expect(merged.Id).toBe('keep-me');
    expect(merged.Statement).toEqual([
      other,
      expect.objectContaining({ Sid: 'DenyInsecureTransport', Action: 's3:*' }),
    ]);
  });
});

describe('lifecycle rules', () => {
  it('expires noncurrent versions bucket-wide and lock-file versions after 1 day', () => {
    const [all, lock] = desiredRules('env/prod/terraform.tfstate', 30);
    expect(all).toEqual({
      ID: 'state-bootstrap-noncurrent-versions',
      Status: 'Enabled',
      Filter: { Prefix: '' },
      NoncurrentVersionExpiration: { NoncurrentDays: 30 },
    });
    expect(lock).toEqual({
      ID: 'state-bootstrap-tflock:env/prod/terraform.tfstate',
      Status: 'Enabled',
      Filter: { Prefix: 'env/prod/terraform.tfstate.tflock' },
      NoncurrentVersionExpiration: { NoncurrentDays: 1 },
      Expiration: { ExpiredObjectDeleteMarker: true },
    });
  });

  it('keeps rule ids within 255 characters for long keys', () => {
    expect(lockRuleId('k'.repeat(400)).length).toBeLessThanOrEqual(255);
    expect(lockRuleId('k'.repeat(400))).not.toBe(lockRuleId('k'.repeat(401)));
  });

  it('writes only our missing or changed rules and keeps the others', () => {
    const desired = desiredRules('terraform.tfstate', 90);
    const foreign: LifecycleRule = {
      ID: 'logs',
      Status: 'Enabled',
      Filter: { Prefix: 'logs/' },
      Expiration: { Days: 7 },
    };
    expect(rulesToWrite([foreign, ...desired], desired)).toEqual([]);
    // S3 may answer an empty prefix as an empty filter.
    const [all, lock] = desired as [LifecycleRule, LifecycleRule];
    expect(rulesToWrite([{ ...all, Filter: {} }, lock], desired)).toEqual([]);
    const changed = { ...all, NoncurrentVersionExpiration: { NoncurrentDays: 30 } };
    expect(rulesToWrite([changed, lock], desired)).toEqual([all]);
    expect(rulesToWrite([{ ...lock, Status: 'Disabled' }], desired)).toEqual(desired);
    expect(mergeRules([foreign, changed], desired)).toEqual([foreign, ...desired]);
  });
});

describe('README', () => {
  it('shows the same two IAM policies as the policy files', () => {
    const readme = readFileSync('actions/state-bootstrap/README.md', 'utf8');
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map(
      (match) => JSON.parse(match[1] ?? '') as unknown,
    );
    const normalise = (policy: unknown) =>
      (policy as { Statement: Array<{ Sid: string; Action: string[]; Resource: string }> }).Statement.map(
        (statement) => ({
          ...statement,
          Action: [...statement.Action].sort(),
        }),
      );
    const file = (name: string): unknown =>
      JSON.parse(readFileSync(`actions/state-bootstrap/${name}`, 'utf8'));
    expect(blocks.map(normalise)).toEqual([
      normalise(file('iam-policy.json')),
      normalise(file('iam-policy-use-state.json')),
    ]);
  });

  it('shows init with both tools', () => {
    const readme = readFileSync('actions/state-bootstrap/README.md', 'utf8');
    expect(readme).toMatch(/tofu init -backend-config=/);
    expect(readme).toMatch(/terraform init -backend-config=/);
  });
});
