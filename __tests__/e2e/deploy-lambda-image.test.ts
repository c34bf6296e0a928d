// deploy-lambda-image's bundle spawned as the runner does, against moto behind the recording
// proxy: direct mode with a watched traffic shift, CloudFormation mode updating only the image of
// the Lambda + CloudFormation example's stack, dry runs and bad inputs that make no mutating call, and the IAM policy.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECRClient } from '@aws-sdk/client-ecr';
import {
  CreateAliasCommand,
  GetAliasCommand,
  GetFunctionCommand,
  LambdaClient,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createAlarm } from '../support/alarms.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, isMutating, type Proxy } from '../support/proxy.js';
import { slowLambdaUpdate } from '../fixtures/lambda/slow-update.js';
import { policyActions } from '../support/iam.js';
import {
  runAction,
  assertNoSecretLeak,
  errorLines,
  type RunOptions,
  type RunResult,
} from '../support/harness.js';
import { GitHubApiStandIn } from '../support/github-api.js';
import { iamAction } from '../../shared/aws/clients.js';
import { decodeRecords } from '../../shared/record/validate.js';
import {
  createImageFunction,
  createRepository,
  digestOf,
  ensureRole,
  putImage,
  REGION,
  REGISTRY,
  DUMMY_ENV,
} from '../fixtures/lambda/moto.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(120_000);

const TEMPLATE = readFileSync(new URL('../fixtures/lambda/template.yaml', import.meta.url), 'utf8');
/** Operations the action calls that moto cannot bring about; unit tests cover those paths. */
const UNREACHABLE_IN_MOTO = [
  'cloudformation:ContinueUpdateRollback', // a stack in UPDATE_ROLLBACK_FAILED
  'cloudformation:DeleteChangeSet', // moto refuses an empty change set at creation instead of marking it FAILED
  'cloudformation:DescribeStackEvents', // moto fails ExecuteChangeSet itself instead of ending in a failed status
];

let emulators: Emulators;
let proxy: Proxy;
let workspace: string;
const config = () => motoConfig(emulators.env['AWS_ENDPOINT_URL'] ?? '', REGION);
const repository = `e2e-lambda-${process.pid}`;
const functionName = `e2e-fn-${process.pid}`;
const stackName = `e2e-stack-${process.pid}`;
const alarm = `e2e-errors-${process.pid}`;
const recorded = new Set<string>();
const slowUpdate = slowLambdaUpdate();
const pinned = (seed: number): string => `${REGISTRY}/${repository}@${digestOf(seed)}`;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  proxy = await startProxy({ target: emulators.env['AWS_ENDPOINT_URL'] ?? '', rewrite: slowUpdate.rewrite });
  workspace = mkdtempSync(join(tmpdir(), 'dli-e2e-'));
  mkdirSync(join(workspace, 'infra'));
  writeFileSync(join(workspace, 'infra', 'template.yaml'), TEMPLATE);
  // Set up directly against moto: the proxy records only what the action calls.
  const ecr = new ECRClient(config());
  const lambda = new LambdaClient(config());
  await ensureRole(emulators.env['AWS_ENDPOINT_URL'] ?? '');
  await createRepository(ecr, repository);
  for (const seed of [1, 2, 3]) await putImage(ecr, repository, `v${seed}`, seed);
  await createImageFunction(lambda, functionName, pinned(1));
  const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName: functionName }));
  await lambda.send(
    new CreateAliasCommand({ FunctionName: functionName, Name: 'live', FunctionVersion: Version }),
  );
  const cloudwatch = new CloudWatchClient(config());
  await createAlarm(cloudwatch, alarm, { metric: 'lambda-errors', reason: 'quiet' });
  // the example's stack as its first manual `aws cloudformation deploy` left it
  await new CloudFormationClient(config()).send(
    new CreateStackCommand({
      StackName: stackName,
      TemplateBody: TEMPLATE,
      Capabilities: ['CAPABILITY_IAM'],
      Parameters: [
        { ParameterKey: 'ImageUri', ParameterValue: pinned(1) },
        { ParameterKey: 'MongoHost', ParameterValue: 'cluster0.mongodb.net' },
        { ParameterKey: 'MongoPassword', ParameterValue: 'first-password' },
      ],
    }),
  );
});

afterAll(async () => {
  rmSync(workspace ?? '', { recursive: true, force: true });
  await proxy?.close();
  await emulators?.release();
});

async function deploy(
  inputs: Record<string, string>,
  options: Pick<RunOptions, 'githubToken' | 'signalAfter'> & { env?: Record<string, string> } = {},
): Promise<RunResult & { calls: typeof proxy.calls }> {
  proxy.reset();
  const { env, ...rest } = options;
  const result = await runAction('deploy-lambda-image', inputs, {
    workspace,
    env: { ...DUMMY_ENV, AWS_ENDPOINT_URL: proxy.url, ...env },
    useTestEnv: false,
    ...rest,
  });
  const calls = [...proxy.calls];
  for (const call of calls) recorded.add(iamAction(call.service, call.operation));
  return { ...result, calls };
}

describe('deploy-lambda-image bundle', () => {
  it('direct mode: pins the tag, publishes, shifts the alias watched by an alarm, and records the deployment', async () => {
    const result = await deploy({
      'function-name': functionName,
      image: `${REGISTRY}/${repository}:v2`,
      alias: 'live',
      traffic: '10%:1s',
      alarms: alarm,
      environment: 'API_TOKEN=tok-12345-secret\nSTAGE=prod',
      description: 'release 2',
    });
    result.cleanup();
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    expect(result.outputs['image-uri']).toBe(pinned(2));
    expect(result.outputs['version']).toBe('2');
    expect(result.outputs['previous-version']).toBe('1');
    expect(result.outputs['alias-arn']).toMatch(/function:e2e-fn-\d+:live$/);
    expect(result.outputs['function-arn']).toMatch(/function:e2e-fn-\d+$/);
    const [record] = decodeRecords(result.outputs['deployment'] ?? '');
    expect(record).toMatchObject({
      target: 'lambda',
      status: 'succeeded',
      resource: { functionName, alias: 'live' },
      previous: { imageUri: pinned(1), version: '1' },
      current: { imageUri: pinned(2), version: '2' },
    });
    expect(result.summary).toContain('Alias weights over time');
    expect(result.summary).toMatch(/90% → v1, 10% → v2/);
    expect(result.masks).toContain('tok-12345-secret');
    assertNoSecretLeak(result, ['tok-12345-secret']);
    const lambda = new LambdaClient(config());
    expect((await lambda.send(new GetFunctionCommand({ FunctionName: functionName }))).Code?.ImageUri).toBe(
      pinned(2),
    );
    expect(
      (await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: 'live' }))).FunctionVersion,
    ).toBe('2');
    expect(result.calls.map((c) => c.operation)).toEqual(
      expect.arrayContaining([
        'BatchGetImage',
        'UpdateFunctionCode',
        'UpdateFunctionConfiguration',
        'PublishVersion',
        'UpdateAlias',
        'GetAlias',
        'DescribeAlarms',
      ]),
    );
  });

  it('direct mode creates an alias that does not exist yet', async () => {
    const result = await deploy({
      'function-name': functionName,
      image: `${REGISTRY}/${repository}:v2`,
      alias: 'beta',
    });
    result.cleanup();
    expect(result.code).toBe(0);
    expect(result.outputs['version']).toBe('2');
    expect(result.outputs['previous-version']).toBeUndefined();
    expect(result.calls.filter((c) => c.operation === 'UpdateFunctionCode')).toEqual([]);
    expect(
      (
        await new LambdaClient(config()).send(
          new GetAliasCommand({ FunctionName: functionName, Name: 'beta' }),
        )
      ).FunctionVersion,
    ).toBe('2');
  });

  it('CloudFormation mode: only the image parameter changes, secrets are masked, stack outputs become outputs', async () => {
    // With a GitHub environment: its URL defaults to the stack's endpoint output.
    const github = await new GitHubApiStandIn().start();
    const result = await deploy(
      {
        'stack-name': stackName,
        template: 'infra/template.yaml',
        image: `${REGISTRY}/${repository}:v3`,
        'parameter-overrides': 'MongoHost=cluster0.mongodb.net',
        tags: 'team=kairos',
        'rollback-alarms': alarm,
        'rollback-monitoring-time': '5m',
        'github-environment': 'production',
      },
      { env: { GITHUB_API_URL: github.url }, githubToken: 'ghs_lambdaStandInToken00000000000000' },
    ).finally(() => github.stop());
    result.cleanup();
    expect(github.problems).toEqual([]);
    expect(github.history('production')).toEqual([
      {
        task: 'deploy',
        states: ['in_progress', 'success'],
        payload: expect.objectContaining({ target: 'cloudformation', resource: { stackName } }),
      },
    ]);
    expect(github.deployments[0]?.statuses[1]?.environment_url).toBe(result.outputs['ApiEndpoint']);
    expect(result.code).toBe(0);
    expect(result.outputs['image-uri']).toBe(pinned(3));
    const stack = (
      await new CloudFormationClient(config()).send(new DescribeStacksCommand({ StackName: stackName }))
    ).Stacks?.[0];
    expect(
      Object.fromEntries((stack?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue])),
    ).toEqual({
      ImageUri: pinned(3),
      MongoHost: 'cluster0.mongodb.net',
      MongoPassword: 'first-password',
      MemorySize: '256',
    });
    const outputs = JSON.parse(result.outputs['stack-outputs'] ?? '{}') as Record<string, string>;
    expect(outputs['ApiEndpoint']).toMatch(/^https:\/\/.+\.execute-api\.example\.test$/);
    expect(result.outputs['ApiEndpoint']).toBe(outputs['ApiEndpoint']);
    const [record] = decodeRecords(result.outputs['deployment'] ?? '');
    expect(record).toMatchObject({ target: 'cloudformation', status: 'succeeded', resource: { stackName } });
    expect(result.outputs['deployment']).not.toContain('first-password');
    // No heading without content (moto describes this change set with no changes: no table).
    const lines = result.summary.split('\n').filter((line) => line.trim());
    const level = (line: string | undefined) => /^(#{2,4}) /.exec(line ?? '')?.[1]?.length ?? 0;
    const empty = lines.filter(
      (line, i) =>
        level(line) && (!lines[i + 1] || (level(lines[i + 1]) && level(lines[i + 1]) <= level(line))),
    );
    expect(empty).toEqual([]);
    expect(result.summary).toContain('Stack outputs');
    const create = result.calls.find((c) => c.operation === 'CreateChangeSet');
    expect(create).toBeDefined();
  });

  it('CloudFormation mode with nothing to change succeeds and says so', async () => {
    const result = await deploy({
      'stack-name': stackName,
      template: 'infra/template.yaml',
      image: `${REGISTRY}/${repository}:v3`,
    });
    result.cleanup();
    expect(result.code).toBe(0);
    expect(result.summary).toContain('no changes, nothing to do');
    expect(result.calls.filter((c) => c.operation === 'ExecuteChangeSet')).toHaveLength(0);
  });

  it.each([
    [
      'direct',
      {
        'function-name': functionName,
        image: `${REGISTRY}/${repository}:v1`,
        alias: 'live',
        'dry-run': 'true',
      },
    ],
    [
      'CloudFormation',
      {
        'stack-name': stackName,
        template: 'infra/template.yaml',
        image: `${REGISTRY}/${repository}:v1`,
        'dry-run': 'true',
      },
    ],
  ])('a dry run in %s mode plans without any mutating call', async (_mode, inputs) => {
    const result = await deploy(inputs);
    result.cleanup();
    expect(result.code).toBe(0);
    expect(result.summary).toMatch(/dry run/);
    expect(result.calls.filter((call) => isMutating(call))).toEqual([]);
  });

  it.each([
    [
      'a bad traffic spec',
      {
        'function-name': functionName,
        image: `${REGISTRY}/${repository}:v2`,
        alias: 'live',
        traffic: '50%:5m,10%:5m',
      },
      /Input 'traffic' has an invalid value "50%:5m,10%:5m".*must rise/,
    ],
    [
      'neither function-name nor stack-name',
      { image: `${REGISTRY}/${repository}:v2` },
      /Input 'function-name' is required: the function to update \(or 'stack-name'/,
    ],
    [
      'a missing template file',
      { 'stack-name': stackName, template: 'infra/missing.yaml' },
      /Input 'template' has an invalid value "infra\/missing.yaml" \(no such file\): expected the path of a template file in the workspace/,
    ],
    [
      'an unparsable image reference',
      { 'function-name': functionName, image: 'not an image' },
      /Input 'image' has an invalid value "not an image" \(no registry host/,
    ],
    [
      'both modes at once',
      { 'function-name': functionName, 'stack-name': stackName, image: `${REGISTRY}/${repository}:v2` },
      /Input 'stack-name' .*not both/,
    ],
  ])('refuses %s before any AWS call', async (_case, inputs, message) => {
    const result = await deploy(inputs);
    result.cleanup();
    expect(result.code).toBe(1);
    expect(
      result.commands
        .filter((c) => c.command === 'error')
        .map((c) => c.data)
        .join('\n'),
    ).toMatch(message);
    expect(result.calls).toEqual([]);
  });

  describe('rollback-on-cancel: true', () => {
    /** A function on v1; with `alias`, that alias on its published version 1. */
    async function functionOnV1(name: string, alias?: string): Promise<void> {
      const lambda = new LambdaClient(config());
      await createImageFunction(lambda, name, pinned(1));
      if (!alias) return;
      const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName: name }));
      await lambda.send(
        new CreateAliasCommand({ FunctionName: name, Name: alias, FunctionVersion: Version }),
      );
    }

    /** Deploys v2 and sends `signal` once the update is seen in progress; times the signal to the exit. */
    async function cancelWhileUpdating(name: string, signal: 'SIGINT' | 'SIGTERM', extra = {}) {
      slowUpdate.start(name);
      let signalledAt = 0;
      const result = await deploy(
        {
          'function-name': name,
          image: `${REGISTRY}/${repository}:v2`,
          'rollback-on-cancel': 'true',
          ...extra,
        },
        {
          signalAfter: {
            signal,
            when: (stdout) => {
              if (!/LastUpdateStatus InProgress/.test(stdout)) return false;
              slowUpdate.settle(); // the restore meets Lambda as moto answers it
              signalledAt = performance.now();
              return true;
            },
          },
        },
      ).finally(() => slowUpdate.settle());
      result.cleanup();
      if (!signalledAt) throw new Error(`the deploy ended before ${signal}:\n${result.stdout}`);
      return { result, signalToExitMs: performance.now() - signalledAt };
    }

    it.each(['SIGTERM', 'SIGINT'] as const)(
      '%s after UpdateFunctionCode, before it settled: the function runs its previous image again',
      async (signal) => {
        const name = `${functionName}-cancel-${signal.toLowerCase()}`;
        await functionOnV1(name);
        const { result, signalToExitMs } = await cancelWhileUpdating(name, signal);
        expect(result.code).toBe(1);
        // the smallest grace: SIGTERM → kill is 2.5 s
        expect(signalToExitMs).toBeLessThan(2500);
        const updates = result.calls.filter((call) => call.operation === 'UpdateFunctionCode');
        expect(updates).toHaveLength(2);
        const live = await new LambdaClient(config()).send(new GetFunctionCommand({ FunctionName: name }));
        expect(live.Code?.ImageUri).toBe(pinned(1));
        expect(result.outputs['rolled-back']).toBe('true');
        const [record] = decodeRecords(result.outputs['deployment'] ?? '');
        expect(record).toMatchObject({
          target: 'lambda',
          status: 'rolled-back',
          previous: { imageUri: pinned(1) },
          current: { imageUri: pinned(2) },
        });
        expect(record?.message).toMatch(
          new RegExp(`cancelled; restore started \\d+ ms after ${signal} .*${name} → .*, not followed`),
        );
        expect(result.summary).toMatch(
          new RegExp(`Cancelled \\(${signal}\\): the restore of the previous state was started`),
        );
        expect(errorLines(result)).toEqual([
          expect.stringMatching(new RegExp(`Cancelled \\(${signal}\\): the restore of the previous state`)),
        ]);
      },
    );

    it('with an alias, a cancel before the alias moved: the alias stays on version 1, reported as such', async () => {
      const name = `${functionName}-cancel-alias`;
      await functionOnV1(name, 'live');
      const { result } = await cancelWhileUpdating(name, 'SIGTERM', { alias: 'live' });
      expect(result.code).toBe(1);
      const lambda = new LambdaClient(config());
      const alias = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
      expect(alias.FunctionVersion).toBe('1');
      // nothing to move back: the alias never left version 1 (the restore made no change)
      expect(result.calls.filter((call) => call.operation === 'UpdateAlias')).toEqual([]);
      expect(result.calls.filter((call) => call.operation === 'UpdateFunctionCode')).toHaveLength(1);
      const [record] = decodeRecords(result.outputs['deployment'] ?? '');
      expect(record).toMatchObject({ status: 'rolled-back', previous: { version: '1' } });
      expect(record?.message).toMatch(/^cancelled; already in the previous state \(.*:live → 1\)$/);
      expect(result.outputs['rolled-back']).toBe('true');
    });

    it('without the input, the same cancel records the state reached and changes nothing back', async () => {
      const name = `${functionName}-cancel-off`;
      await functionOnV1(name);
      const { result } = await cancelWhileUpdating(name, 'SIGTERM', { 'rollback-on-cancel': 'false' });
      expect(result.code).toBe(1);
      expect(result.calls.filter((call) => call.operation === 'UpdateFunctionCode')).toHaveLength(1);
      const live = await new LambdaClient(config()).send(new GetFunctionCommand({ FunctionName: name }));
      expect(live.Code?.ImageUri).toBe(pinned(2));
      expect(result.outputs['rolled-back']).toBeUndefined();
      expect(decodeRecords(result.outputs['deployment'] ?? '')[0]?.status).toBe('cancelled');
    });
  });

  it('iam-policy.json lists exactly the operations the action was recorded calling', () => {
    const granted = policyActions('actions/deploy-lambda-image/iam-policy.json');
    expect(granted).toEqual([...new Set([...recorded, ...UNREACHABLE_IN_MOTO])].sort());
  });
});
