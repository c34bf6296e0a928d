// deploy-lambda-image on a bad day: a direct-mode release under the fault plan (one version, one
// alias move), a cancel during a gradual traffic shift, a secret CloudFormation parameter that
// must stay masked, and a table of bad inputs.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECRClient } from '@aws-sdk/client-ecr';
import {
  CreateAliasCommand,
  GetAliasCommand,
  GetFunctionCommand,
  LambdaClient,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, type Proxy } from '../support/proxy.js';
import type { InputValue, RunOptions } from '../support/harness.js';
import { decodeRecords } from '../../shared/record/validate.js';
import {
  createImageFunction,
  createRepository,
  digestOf,
  ensureRole,
  putImage,
  REGION,
  REGISTRY,
} from '../fixtures/lambda/moto.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { Figures } from './lib/report.js';
import {
  expectEveryFault,
  expectNoSecretLeak,
  expectRefused,
  faultPlan,
  forwarded,
  runCancelled,
  runProxied,
} from './lib/scenario.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(120_000);

const TEMPLATE = readFileSync(new URL('../fixtures/lambda/template.yaml', import.meta.url), 'utf8');
const figures = new Figures('deploy-lambda-image');
const tag = `${process.pid}-${Date.now().toString(36)}`;
const repository = `rel-lambda-${tag}`;
const pinned = (seed: number): string => `${REGISTRY}/${repository}@${digestOf(seed)}`;
let emulators: Emulators;
let proxy: Proxy;
let lambda: LambdaClient;
let workspace: string;
let config: ReturnType<typeof motoConfig>;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const moto = emulators.env['MOTO_URL'] ?? '';
  config = motoConfig(moto, REGION);
  proxy = await startProxy({ target: moto });
  lambda = new LambdaClient(config);
  workspace = mkdtempSync(join(tmpdir(), 'rel-lambda-'));
  mkdirSync(join(workspace, 'infra'));
  writeFileSync(join(workspace, 'infra', 'template.yaml'), TEMPLATE);
  const ecr = new ECRClient(config);
  await ensureRole(moto);
  await createRepository(ecr, repository);
  for (const seed of [1, 2, 3]) await putImage(ecr, repository, `v${seed}`, seed);
  ecr.destroy();
}, 120_000);

afterAll(async () => {
  figures.save();
  lambda?.destroy();
  rmSync(workspace ?? '', { recursive: true, force: true });
  await proxy?.close();
  await emulators?.release();
}, 60_000);

const deploy = (inputs: Record<string, InputValue>, options: Parameters<typeof runProxied>[3] = {}) =>
  runProxied(proxy, 'deploy-lambda-image', inputs, { useTestEnv: false, workspace, ...options });

/** A function on image v1 with version 1 published and alias `live` on it. */
async function releasedFunction(name: string): Promise<void> {
  await createImageFunction(lambda, name, pinned(1));
  const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName: name }));
  await lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: Version }));
}

async function versions(name: string): Promise<string[]> {
  return ((await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: name }))).Versions ?? []).map(
    (version) => version.Version ?? '',
  );
}

describe('deploy-lambda-image under faults', () => {
  it('direct mode publishes one version and moves the alias once through throttling, 500s, latency and a drop', async () => {
    const name = `rel-fn-${tag}-faults`;
    await releasedFunction(name);
    const { result, calls } = await deploy(
      { 'function-name': name, image: `${REGISTRY}/${repository}:v2`, alias: 'live' },
      { faults: faultPlan('UpdateFunctionCode', 'GetFunctionConfiguration') },
    );
    expect([result.code, result.commands.filter((c) => c.command === 'error')]).toEqual([0, []]);
    expectEveryFault(calls, 'GetFunctionConfiguration');
    expect(forwarded(calls, 'UpdateFunctionCode')).toHaveLength(1);
    expect(forwarded(calls, 'PublishVersion')).toHaveLength(1);
    expect(forwarded(calls, 'UpdateAlias')).toHaveLength(1);
    expect(await versions(name)).toEqual(['$LATEST', '1', '2']);
    expect(
      (await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }))).FunctionVersion,
    ).toBe('2');
    expect((await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Code?.ImageUri).toBe(
      pinned(2),
    );
    const [record] = decodeRecords(result.outputs['deployment'] ?? '');
    expect(record).toMatchObject({
      status: 'succeeded',
      previous: { version: '1' },
      current: { version: '2' },
    });
    const granted = policyActions('actions/deploy-lambda-image/iam-policy.json');
    expect(recordedActions(calls).filter((action) => !granted.includes(action))).toEqual([]);
    figures.fault('direct mode: new image, publish, move alias', calls, [
      '1 UpdateFunctionCode, 1 PublishVersion, 1 UpdateAlias reached moto',
      'versions $LATEST,1,2 (ListVersionsByFunction); alias live → 2; function on the new digest',
    ]);
    result.cleanup();
  });
});

describe('deploy-lambda-image cancelled during a gradual traffic shift', () => {
  it('SIGINT: exits within 2 s with a summary and a record of the state reached', async () => {
    const name = `rel-fn-${tag}-cancel`;
    await releasedFunction(name);
    const { result, signalToExitMs } = await runCancelled(
      (signalAfter: NonNullable<RunOptions['signalAfter']>) =>
        deploy(
          { 'function-name': name, image: `${REGISTRY}/${repository}:v2`, alias: 'live', traffic: '10%:5m' },
          { signalAfter },
        ),
      'SIGINT',
      (stdout) => /10% → 2/.test(stdout),
    );
    expect(signalToExitMs).toBeLessThan(2000);
    expect(result.code).toBe(1);
    const [record] = decodeRecords(result.outputs['deployment'] ?? '');
    expect(record).toMatchObject({
      target: 'lambda',
      status: 'cancelled',
      previous: { version: '1' },
      current: { version: '2' },
    });
    expect(result.summary).toMatch(/cancel/i);
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
    const state = `alias live → ${alias.FunctionVersion ?? '?'} with ${JSON.stringify(alias.RoutingConfig?.AdditionalVersionWeights ?? {})}`;
    figures.cancellation({
      scenario: 'alias shift 10 % for 5 min',
      signal: 'SIGINT',
      signalToExitMs,
      stateReached: `record ${record?.status ?? '?'}; ${state}`,
    });
    result.cleanup();
  });
});

describe('deploy-lambda-image secrets', () => {
  it('a NoEcho CloudFormation parameter and a secret environment value appear nowhere unmasked', async () => {
    const stackName = `rel-stack-${tag}`.replace(/[^A-Za-z0-9-]/g, '-');
    const cfn = new CloudFormationClient(config);
    await cfn.send(
      new CreateStackCommand({
        StackName: stackName,
        TemplateBody: TEMPLATE,
        Capabilities: ['CAPABILITY_IAM'],
        Parameters: [
          { ParameterKey: 'ImageUri', ParameterValue: pinned(1) },
          { ParameterKey: 'MongoHost', ParameterValue: 'cluster0.mongodb.net' },
          { ParameterKey: 'MongoPassword', ParameterValue: 'first-password-0d1e' },
        ],
      }),
    );
    const password = 'rel-mongo-pw-7f3a9c21';
    const { result } = await deploy({
      'stack-name': stackName,
      template: 'infra/template.yaml',
      image: `${REGISTRY}/${repository}:v3`,
      'parameter-overrides': `MongoHost=cluster0.mongodb.net\nMongoPassword=${password}`,
    });
    expect(result.code).toBe(0);
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks?.[0];
    expect(stack?.StackStatus).toBe('UPDATE_COMPLETE');
    expect(result.masks).toContain(password);
    const places = expectNoSecretLeak(result, [password, 'first-password-0d1e']);
    figures.secret('CloudFormation mode: NoEcho MongoPassword override (and the previous one)', 2, places);
    cfn.destroy();
    result.cleanup();

    const name = `rel-fn-${tag}-secret`;
    await releasedFunction(name);
    const token = 'rel-api-token-5e6f7a8b';
    const direct = await deploy({
      'function-name': name,
      image: `${REGISTRY}/${repository}:v2`,
      alias: 'live',
      environment: `API_TOKEN=${token}\nSTAGE=prod`,
    });
    expect(direct.result.code).toBe(0);
    figures.secret('direct mode: API_TOKEN environment value', 1, expectNoSecretLeak(direct.result, [token]));
    direct.result.cleanup();
  });
});

describe('deploy-lambda-image refuses bad inputs before any AWS call', () => {
  const image = `${REGISTRY}/rel-lambda/x:v2`;
  const cases: Array<[string, string, Record<string, InputValue>]> = [
    ['function name with a space', 'function-name', { 'function-name': 'my function', image }],
    ['function ARN of another service', 'function-name', { 'function-name': 'arn:aws:s3:::bucket', image }],
    ['unparsable image', 'image', { 'function-name': 'fn', image: 'not an image' }],
    ['alias that is only digits', 'alias', { 'function-name': 'fn', image, alias: '42' }],
    [
      'traffic that falls',
      'traffic',
      { 'function-name': 'fn', image, alias: 'live', traffic: '50%:5m,10%:5m' },
    ],
    ['unknown architecture', 'architecture', { 'function-name': 'fn', image, architecture: 'sparc' }],
    ['negative wait-timeout', 'wait-timeout', { 'function-name': 'fn', image, 'wait-timeout': '-10m' }],
    ['both modes at once', 'stack-name', { 'function-name': 'fn', 'stack-name': 'stack', image }],
    ['neither mode', 'function-name', { image }],
    [
      'stack name with an underscore',
      'stack-name',
      { 'stack-name': 'my_stack', template: 'infra/template.yaml', image },
    ],
    [
      'unknown capability',
      'capabilities',
      { 'stack-name': 'stack', template: 'infra/template.yaml', image, capabilities: 'CAPABILITY_ROOT' },
    ],
    [
      'description over 256 characters',
      'description',
      { 'function-name': 'fn', image, description: 'x'.repeat(300) },
    ],
    [
      'environment key starting with a digit',
      'environment',
      { 'function-name': 'fn', image, environment: '1KEY=v' },
    ],
    ['dry-run not a boolean', 'dry-run', { 'function-name': 'fn', image, 'dry-run': 'sometimes' }],
  ];
  it.each(cases)('%s', async (_name, input, inputs) => {
    const refused = await deploy(inputs);
    const { awsCalls, mutating } = expectRefused(refused, input);
    expect(awsCalls).toBe(0);
    refused.result.cleanup();
    figures.badInput(awsCalls, mutating);
  });
});
