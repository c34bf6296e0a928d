// The state-bootstrap bundle spawned exactly as the runner does, against moto through the
// recording proxy: outputs, summary, the backend config file, a cheap rerun, drift reported as
// a warning, and bad inputs refused before any AWS call.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { runAction, type InputValue, type RunResult } from '../support/harness.js';
import { BACKEND_CONFIG_MARKER } from '../../actions/state-bootstrap/src/backend-config.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { isMutating, startProxy, type Proxy } from '../support/proxy.js';
import { motoConfig } from '../support/moto.js';

let emulators: Emulators;
let proxy: Proxy;
let moto: string;
const results: RunResult[] = [];

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  moto = emulators.env['MOTO_URL'] ?? '';
  if (!moto) throw new Error('MOTO_URL missing from the test env');
  proxy = await startProxy({ target: moto });
}, 90_000);

afterEach(() => proxy.reset());

afterAll(async () => {
  for (const result of results) result.cleanup();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

async function run(inputs: Record<string, InputValue>, workspace?: string): Promise<RunResult> {
  const result = await runAction('state-bootstrap', inputs, {
    useTestEnv: false,
    env: { AWS_ENDPOINT_URL: proxy.url },
    ...(workspace ? { workspace } : {}),
  });
  results.push(result);
  return result;
}

const failure = (result: RunResult): string | undefined =>
  result.commands.find((command) => command.command === 'error')?.data;

describe('state-bootstrap bundle', () => {
  const bucket = `e2e-state-${randomBytes(4).toString('hex')}`;
  const table = `e2e-locks-${randomBytes(4).toString('hex')}`;
  const inputs = {
    bucket,
    'aws-region': 'eu-west-3',
    locking: 'both',
    'lock-table': table,
    tags: 'team=infra\nenv=stage',
    'state-key': 'stage/terraform.tfstate',
    'backend-config-file': 'deployments/backend-stage.hcl',
  };
  let workspace = '';

  it('creates the bucket and table, writes outputs, the summary and the backend config file', async () => {
    const result = await run(inputs);
    workspace = result.workspace;
    expect([result.code, failure(result)]).toEqual([0, undefined]);
    expect(result.outputs['bucket-arn']).toBe(`arn:aws:s3:::${bucket}`);
    expect(result.outputs['lock-table-arn']).toBe(`arn:aws:dynamodb:eu-west-3:123456789012:table/${table}`);
    expect(JSON.parse(result.outputs['created'] ?? '')).toEqual([
      { resource: 'bucket', name: bucket, arn: `arn:aws:s3:::${bucket}` },
      { resource: 'lock-table', name: table, arn: `arn:aws:dynamodb:eu-west-3:123456789012:table/${table}` },
    ]);
    expect(JSON.parse(result.outputs['drift'] ?? '')).toEqual([]);
    const file = join(result.workspace, 'deployments/backend-stage.hcl');
    // the file starts with the comment that marks it as written by this action
    expect(readFileSync(file, 'utf8')).toBe(BACKEND_CONFIG_MARKER + (result.outputs['backend-config'] ?? ''));
    expect(await parseHcl('backend-stage.hcl', readFileSync(file, 'utf8'))).toEqual({
      bucket,
      key: 'stage/terraform.tfstate',
      region: 'eu-west-3',
      encrypt: true,
      use_lockfile: true,
      dynamodb_table: table,
    });
    expect(result.summary).toContain('| bucket | versioning | Enabled | — | 🆕 created |');
    expect(result.summary).toContain('| lock-table | point-in-time-recovery | ENABLED | — | 🆕 created |');
    expect(result.summary).toContain('```hcl');
    expect(proxy.calls.filter(isMutating).length).toBeGreaterThan(0);
  });

  it('reruns with no mutating call and reports every setting ok', async () => {
    const result = await run(inputs, workspace);
    expect([result.code, failure(result)]).toEqual([0, undefined]);
    expect(proxy.calls.filter(isMutating)).toEqual([]);
    expect(JSON.parse(result.outputs['created'] ?? '')).toEqual([]);
    expect(result.summary).toContain('| bucket | versioning | Enabled | Enabled | ✅ ok |');
    expect(result.stdout).toContain('Backend config unchanged in');
  });

  it('reports drift as a warning without fixing it, and fixes it with fix-drift', async () => {
    const s3 = new S3Client({ ...motoConfig(moto, 'eu-west-3'), forcePathStyle: true });
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Suspended' } }),
    );

    const reported = await run(inputs, workspace);
    expect(reported.code).toBe(0);
    expect(JSON.parse(reported.outputs['drift'] ?? '')).toEqual([
      { resource: 'bucket', setting: 'versioning', expected: 'Enabled', found: 'Suspended', fixed: false },
    ]);
    expect(
      reported.commands.filter((command) => command.command === 'warning').map((command) => command.data),
    ).toEqual([
      'bucket versioning drifted: expected Enabled, found Suspended. Set fix-drift: true to fix it.',
    ]);
    expect(reported.summary).toContain('| bucket | versioning | Enabled | Suspended | ⚠️ drift |');
    expect(proxy.calls.filter(isMutating)).toEqual([]);
    proxy.reset();

    const fixed = await run({ ...inputs, 'fix-drift': 'true' }, workspace);
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.outputs['drift'] ?? '')).toEqual([
      { resource: 'bucket', setting: 'versioning', expected: 'Enabled', found: 'Suspended', fixed: true },
    ]);
    expect(proxy.calls.filter(isMutating).map((call) => call.operation)).toEqual(['PutBucketVersioning']);
    expect(fixed.summary).toContain('| bucket | versioning | Enabled | Suspended | 🔧 fixed |');
  });

  it.each([
    [
      { bucket: 'Not_A_Bucket', 'aws-region': 'eu-west-3' },
      /Input 'bucket' has an invalid value "Not_A_Bucket"/,
    ],
    [{ bucket: '192.168.1.1', 'aws-region': 'eu-west-3' }, /Input 'bucket' .*IP address/],
    [
      { bucket: 'valid-bucket', 'aws-region': 'eu-west-3', locking: 'dynamodb' },
      /Input 'lock-table' is required: .*locking: dynamodb/,
    ],
    [
      { bucket: 'valid-bucket', 'aws-region': 'eu-west-3', locking: 'consul' },
      /Input 'locking' has an invalid value "consul": expected one of s3, dynamodb, both/,
    ],
    [
      { bucket: 'valid-bucket', 'aws-region': 'eu-west-3', locking: 'both', 'lock-table': 'x' },
      /Input 'lock-table' .*3 to 255/,
    ],
  ])('refuses %j before any AWS call', async (bad, message) => {
    const result = await run(bad);
    expect(result.code).toBe(1);
    expect(failure(result)).toMatch(message);
    expect(proxy.calls).toEqual([]);
    expect(existsSync(join(result.workspace, 'backend.hcl'))).toBe(false);
  });
});
