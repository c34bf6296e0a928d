// The Lambda target against moto: image pinned and updated, version published, alias moved;
// gradual shifting read back at each step; an alarm set to ALARM reverting it; the rollback
// adapter restoring the exact previous state. 5-minute steps run on an injected clock.
import { functionRecord } from '../../../shared/targets/lambda/record.js';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ECRClient } from '@aws-sdk/client-ecr';
import {
  GetAliasCommand,
  GetFunctionCommand,
  LambdaClient,
  ListVersionsByFunctionCommand,
  CreateAliasCommand,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createAlarm, setAlarmState } from '../../support/alarms.js';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { startProxy, type Proxy } from '../../support/proxy.js';
import { createClient } from '../../../shared/aws/clients.js';
import { deployFunction, type LambdaProgress } from '../../../shared/targets/lambda/deploy.js';
import { parseImageReference } from '../../../shared/targets/lambda/image.js';
import { parseTrafficSchedule } from '../../../shared/targets/lambda/traffic.js';
import { lambdaTarget } from '../../../shared/targets/lambda/target.js';
import type { LambdaRecord } from '../../../shared/record/record.js';
import {
  createImageFunction,
  createRepository,
  ensureRole,
  putImage,
  putIndex,
  REGION,
  REGISTRY,
  useEndpoint,
} from '../../fixtures/lambda/moto.js';
import { fakeTime } from '../../support/fake-time.js';

jest.setTimeout(60_000);

let emulators: Emulators;
let proxy: Proxy;
let restoreEnv: () => void;
let lambda: LambdaClient;
let ecr: ECRClient;
let cloudwatch: CloudWatchClient;
const repository = `it-lambda-${process.pid}`;
let counter = 0;
const unique = (stem: string): string => `it-${stem}-${process.pid}-${(counter += 1)}`;
const uri = (tag: string): string => `${REGISTRY}/${repository}:${tag}`;
const pinned = (digest: string): string => `${REGISTRY}/${repository}@${digest}`;
const digests: Record<string, string> = {};

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  proxy = await startProxy({ target: emulators.env['AWS_ENDPOINT_URL'] ?? '' });
  restoreEnv = useEndpoint(proxy.url);
  lambda = createClient(LambdaClient, { region: REGION });
  ecr = createClient(ECRClient, { region: REGION });
  cloudwatch = createClient(CloudWatchClient, { region: REGION });
  await ensureRole(proxy.url);
  await createRepository(ecr, repository);
  digests['v1'] = await putImage(ecr, repository, 'v1', 1);
  digests['v2'] = await putImage(ecr, repository, 'v2', 2);
  digests['v3'] = await putImage(ecr, repository, 'v3', 3);
  digests['arm'] = await putImage(ecr, repository, 'v4-arm64', 4);
  digests['amd'] = await putImage(ecr, repository, 'v4-amd64', 5);
  await putIndex(ecr, repository, 'v4', 6, { amd64: digests['amd'], arm64: digests['arm'] });
});

afterAll(async () => {
  restoreEnv?.();
  await proxy?.close();
  await emulators?.release();
});

/** A function at v1 with alias `live` on version 1. */
async function functionWithAlias(architecture: 'x86_64' | 'arm64' = 'x86_64'): Promise<string> {
  const name = unique('fn');
  await createImageFunction(lambda, name, pinned(digests['v1'] ?? ''), architecture);
  const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName: name }));
  await lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: Version }));
  return name;
}

const request = (
  functionName: string,
  tag: string,
  extra: Partial<Parameters<typeof deployFunction>[1]> = {},
) => ({
  functionName,
  image: parseImageReference(uri(tag)),
  publish: true,
  alias: 'live',
  alarms: [],
  dryRun: false,
  ...extra,
});

function recordOf(name: string, progress: LambdaProgress): LambdaRecord {
  const record = functionRecord(
    progress,
    { functionName: name, alias: 'live' },
    { region: REGION, status: 'succeeded', startedAt: new Date() },
  );
  if (!record) throw new Error('the deploy read no function');
  return record;
}

describe('Lambda target (moto)', () => {
  it('updates the image by digest, publishes a version and moves the alias', async () => {
    const name = await functionWithAlias();
    const progress = await deployFunction(
      { lambda, ecr },
      request(name, 'v2', { environment: { ADDED: 'yes' }, description: 'release 2' }),
      { timeoutMs: 30_000, ...fakeTime() },
    );
    expect(progress.resolved?.imageUri).toBe(pinned(digests['v2'] ?? ''));
    const live = await lambda.send(new GetFunctionCommand({ FunctionName: name }));
    expect(live.Code?.ImageUri).toBe(pinned(digests['v2'] ?? ''));
    expect(live.Configuration?.Environment?.Variables).toEqual({ KEEP: 'me', ADDED: 'yes' });
    expect(live.Configuration?.Description).toBe('release 2');
    expect(progress.version).toBe('2');
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
    expect(alias.FunctionVersion).toBe('2');
    expect(alias.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
    const versions = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: name }));
    expect(versions.Versions?.map((v) => v.Version)).toEqual(['$LATEST', '1', '2']);
  });

  it('takes the manifest of the function architecture out of an image index', async () => {
    const name = await functionWithAlias('arm64');
    const progress = await deployFunction(
      { lambda, ecr },
      request(name, 'v4', { publish: false, alias: undefined as never }),
      { timeoutMs: 30_000, ...fakeTime() },
    );
    expect(progress.resolved).toMatchObject({ via: 'index', imageUri: pinned(digests['arm'] ?? '') });
    expect((await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Code?.ImageUri).toBe(
      pinned(digests['arm'] ?? ''),
    );
  });

  it('shifts traffic step by step, reading the weights back from Lambda at each step', async () => {
    const name = await functionWithAlias();
    const seen: Array<Record<string, number>> = [];
    const time = fakeTime(async () => {
      const alias = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
      seen.push({
        [alias.FunctionVersion ?? '?']: 1,
        ...(alias.RoutingConfig?.AdditionalVersionWeights ?? {}),
      });
    });
    const progress = await deployFunction(
      { lambda, ecr },
      request(name, 'v2', { traffic: parseTrafficSchedule('10%:5m,50%:5m') }),
      { timeoutMs: 30_000, ...time },
    );
    expect(progress.weights.map((point) => point.weights)).toEqual([
      { '1': 90, '2': 10 },
      { '1': 50, '2': 50 },
      { '2': 100 },
    ]);
    expect(progress.weights.map((point) => point.atMs)).toEqual([0, 300_000, 600_000]);
    // what Lambda held while each step was being held
    expect(seen).toEqual([
      { '1': 1, '2': 0.1 },
      { '1': 1, '2': 0.5 },
    ]);
    expect(
      (await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }))).FunctionVersion,
    ).toBe('2');
  });

  it('reverts the alias to the previous version when a watched alarm enters ALARM', async () => {
    const name = await functionWithAlias();
    const alarm = unique('errors');
    await createAlarm(cloudwatch, alarm, { metric: 'lambda-errors', reason: 'test start' });
    const time = fakeTime(async (elapsed) => {
      // the second step is under way after 5 minutes: errors appear
      if (elapsed > 300_000) await setAlarmState(cloudwatch, alarm, 'ALARM', 'Errors >= 1 at 50%');
    });
    const progress = await deployFunction(
      { lambda, ecr, cloudwatch },
      request(name, 'v2', { traffic: parseTrafficSchedule('10%:5m,50%:5m'), alarms: [alarm] }),
      { timeoutMs: 30_000, ...time },
    );
    expect(progress.reverted).toEqual({ alarm, reason: 'Errors >= 1 at 50%', atPercent: 50 });
    expect(progress.weights.map((point) => point.weights)).toEqual([
      { '1': 90, '2': 10 },
      { '1': 50, '2': 50 },
      { '1': 100 },
    ]);
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
    expect(alias.FunctionVersion).toBe('1');
    expect(alias.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
  });

  it('rolls an alias back to the exact previous version, idempotently, and refuses when someone deployed since', async () => {
    const name = await functionWithAlias();
    const progress = await deployFunction({ lambda, ecr }, request(name, 'v2'), {
      timeoutMs: 30_000,
      ...fakeTime(),
    });
    const record = recordOf(name, progress);
    const options = { timeoutMs: 30_000, maxPollIntervalMs: 1000, force: false, wait: true, ...fakeTime() };
    const first = await lambdaTarget.restore(record, options, {});
    expect(first).toMatchObject({ changed: true, from: `${name}:live → 2`, to: `${name}:live → 1` });
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
    expect([alias.FunctionVersion, alias.RoutingConfig?.AdditionalVersionWeights ?? {}]).toEqual(['1', {}]);
    expect(await lambdaTarget.restore(record, options, {})).toMatchObject({ changed: false });

    // someone deploys v3 after this record: its breadcrumb replaces this one's, refused even forced
    await deployFunction({ lambda, ecr }, request(name, 'v3'), { timeoutMs: 30_000, ...fakeTime() });
    const refused = await lambdaTarget.restore(record, options, {});
    expect(refused.refused).toMatch(/names record .*not this record .*a later deploy replaced it/);
    expect((await lambdaTarget.restore(record, { ...options, force: true }, {})).refused).toBeDefined();
    expect(
      (await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }))).FunctionVersion,
    ).toBe('3');
  });

  it('rolls a function without alias back to its previous image and waits for the update', async () => {
    const name = unique('fn');
    await createImageFunction(lambda, name, pinned(digests['v1'] ?? ''));
    const progress = await deployFunction(
      { lambda, ecr },
      request(name, 'v2', { alias: undefined as never, publish: false }),
      { timeoutMs: 30_000, ...fakeTime() },
    );
    const record: LambdaRecord = { ...recordOf(name, progress), resource: { functionName: name } };
    const options = { timeoutMs: 30_000, maxPollIntervalMs: 1000, force: false, wait: true, ...fakeTime() };
    const result = await lambdaTarget.restore(record, options, {});
    expect(result).toMatchObject({ changed: true, follow: { status: 'succeeded' } });
    const live = await lambda.send(new GetFunctionCommand({ FunctionName: name }));
    expect(live.Code?.ImageUri).toBe(pinned(digests['v1'] ?? ''));
    expect(live.Configuration?.LastUpdateStatus).toBe('Successful');
    expect(await lambdaTarget.restore(record, options, {})).toMatchObject({ changed: false });
  });
});
