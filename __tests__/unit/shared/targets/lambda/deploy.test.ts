// Direct mode against a mocked Lambda: waits around every change, the update-in-progress conflict,
// failed updates with their reason, and the alias shift reverted when an alarm fires.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  PublishVersionCommand,
  ResourceConflictException,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { BatchGetImageCommand, ECRClient } from '@aws-sdk/client-ecr';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { deployFunction, type LambdaProgress } from '../../../../../shared/targets/lambda/deploy.js';
import { parseImageReference } from '../../../../../shared/targets/lambda/image.js';
import { fakeTime } from '../../../../support/fake-time.js';

const HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const OLD = `${HOST}/api@sha256:${'1'.repeat(64)}`;
const NEW_DIGEST = `sha256:${'2'.repeat(64)}`;
const NEW = `${HOST}/api@${NEW_DIGEST}`;

const lambdaMock = mockClient(LambdaClient);
const ecrMock = mockClient(ECRClient);
const cloudwatchMock = mockClient(CloudWatchClient);
afterEach(() => {
  lambdaMock.reset();
  ecrMock.reset();
  cloudwatchMock.reset();
});

function clients() {
  return {
    lambda: new LambdaClient({ region: 'us-east-1' }),
    ecr: new ECRClient({ region: 'us-east-1' }),
    cloudwatch: new CloudWatchClient({ region: 'us-east-1' }),
  };
}

function givenFunction(environment: Record<string, string> = { A: '1' }): void {
  lambdaMock.on(GetFunctionCommand).resolves({
    Configuration: {
      FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:api',
      PackageType: 'Image',
      Architectures: ['arm64'],
      Environment: { Variables: environment },
      Description: '',
    },
    Code: { ImageUri: OLD, ResolvedImageUri: OLD },
  });
  ecrMock.on(BatchGetImageCommand).resolves({
    images: [
      {
        imageId: { imageDigest: NEW_DIGEST },
        imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
      },
    ],
  });
}

const settled = { State: 'Active', LastUpdateStatus: 'Successful' } as const;
const request = (extra: Partial<Parameters<typeof deployFunction>[1]> = {}) => ({
  functionName: 'api',
  image: parseImageReference(`${HOST}/api:v2`),
  publish: true,
  alarms: [],
  dryRun: false,
  ...extra,
});

describe('deployFunction', () => {
  it('waits for LastUpdateStatus before and after the update and retries an update-in-progress conflict', async () => {
    givenFunction();
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .resolvesOnce({ State: 'Active', LastUpdateStatus: 'InProgress' })
      .resolves(settled);
    lambdaMock
      .on(UpdateFunctionCodeCommand)
      .rejectsOnce(
        new ResourceConflictException({
          message: 'An update is in progress for resource: api',
          $metadata: {},
        }),
      )
      .resolves({});
    lambdaMock.on(PublishVersionCommand).resolves({ Version: '8' });
    const time = fakeTime();
    const progress = await deployFunction(clients(), request(), { timeoutMs: 60_000, ...time });
    expect(progress.version).toBe('8');
    expect(progress.codeChanged).toBe(true);
    const updates = lambdaMock.commandCalls(UpdateFunctionCodeCommand);
    expect(updates).toHaveLength(2);
    expect(updates[1]?.args[0].input).toEqual({ FunctionName: 'api', ImageUri: NEW });
    // the first look found InProgress: the update waited for it
    expect(time.sleeps.length).toBeGreaterThan(0);
    expect(lambdaMock.commandCalls(GetFunctionConfigurationCommand).length).toBeGreaterThanOrEqual(6);
  });

  it('surfaces LastUpdateStatusReason when the update fails', async () => {
    givenFunction();
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .resolvesOnce(settled)
      .resolvesOnce({ State: 'Active', LastUpdateStatus: 'InProgress' })
      .resolves({
        State: 'Active',
        LastUpdateStatus: 'Failed',
        LastUpdateStatusReasonCode: 'ImageAccessDenied',
        LastUpdateStatusReason: 'Lambda does not have permission to access the ECR image.',
      });
    lambdaMock.on(UpdateFunctionCodeCommand).resolves({});
    await expect(deployFunction(clients(), request(), { timeoutMs: 60_000, ...fakeTime() })).rejects.toThrow(
      'Lambda function api: the last update failed (ImageAccessDenied): Lambda does not have permission to access the ECR image..',
    );
    expect(lambdaMock.commandCalls(PublishVersionCommand)).toHaveLength(0);
  });

  it('gives up on a conflict that never clears after five attempts', async () => {
    givenFunction();
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(settled);
    lambdaMock
      .on(UpdateFunctionCodeCommand)
      .rejects(new ResourceConflictException({ message: 'An update is in progress', $metadata: {} }));
    await expect(deployFunction(clients(), request(), { timeoutMs: 60_000, ...fakeTime() })).rejects.toThrow(
      'An update is in progress',
    );
    expect(lambdaMock.commandCalls(UpdateFunctionCodeCommand)).toHaveLength(5);
  });

  it('merges the environment into the existing variables and skips an unchanged image', async () => {
    lambdaMock.on(GetFunctionCommand).resolves({
      Configuration: { PackageType: 'Image', Environment: { Variables: { A: '1', B: '2' } } },
      Code: { ResolvedImageUri: NEW },
    });
    ecrMock.on(BatchGetImageCommand).resolves({ images: [{ imageId: { imageDigest: NEW_DIGEST } }] });
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(settled);
    lambdaMock.on(UpdateFunctionConfigurationCommand).resolves({});
    const progress = await deployFunction(
      clients(),
      request({ publish: false, environment: { B: '3', C: '4' }, description: 'v2' }),
      { timeoutMs: 60_000, ...fakeTime() },
    );
    expect(progress.codeChanged).toBe(false);
    expect(lambdaMock.commandCalls(UpdateFunctionCodeCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(UpdateFunctionConfigurationCommand)[0]?.args[0].input).toEqual({
      FunctionName: 'api',
      Environment: { Variables: { A: '1', B: '3', C: '4' } },
      Description: 'v2',
    });
  });

  it('changes nothing in a dry run', async () => {
    givenFunction();
    lambdaMock.on(GetAliasCommand).resolves({ AliasArn: 'arn:alias', FunctionVersion: '7' });
    const progress = await deployFunction(clients(), request({ alias: 'live', dryRun: true }), {
      timeoutMs: 60_000,
      ...fakeTime(),
    });
    expect(progress.resolved?.imageUri).toBe(NEW);
    const mutating = [
      'UpdateFunctionCodeCommand',
      'UpdateFunctionConfigurationCommand',
      'PublishVersionCommand',
      'UpdateAliasCommand',
      'CreateAliasCommand',
    ];
    expect(
      lambdaMock
        .calls()
        .map((call) => call.args[0].constructor.name)
        .filter((name) => mutating.includes(name)),
    ).toEqual([]);
    expect(lambdaMock.calls().length).toBeGreaterThan(0);
  });

  it('refuses to start when a watched alarm is already in ALARM, and when an alarm does not exist', async () => {
    givenFunction();
    lambdaMock.on(GetAliasCommand).resolves({ AliasArn: 'arn:alias', FunctionVersion: '7' });
    cloudwatchMock
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'errors', StateValue: 'ALARM' }] });
    const steps = [{ percent: 10, holdMs: 300_000 }];
    await expect(
      deployFunction(clients(), request({ alias: 'live', traffic: steps, alarms: ['errors'] }), {
        timeoutMs: 60_000,
        ...fakeTime(),
      }),
    ).rejects.toThrow('Alarm errors is already in ALARM before the release');
    await expect(
      deployFunction(clients(), request({ alias: 'live', traffic: steps, alarms: ['errors', 'latency'] }), {
        timeoutMs: 60_000,
        ...fakeTime(),
      }),
    ).rejects.toThrow('CloudWatch alarm latency not found');
    expect(lambdaMock.commandCalls(UpdateFunctionCodeCommand)).toHaveLength(0);
  });

  it('sends the traffic back to the previous version when cancelled during a step', async () => {
    givenFunction();
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(settled);
    lambdaMock.on(UpdateFunctionCodeCommand).resolves({});
    lambdaMock.on(PublishVersionCommand).resolves({ Version: '8' });
    let alias = {
      AliasArn: 'arn:alias',
      FunctionVersion: '7',
      RoutingConfig: { AdditionalVersionWeights: {} as Record<string, number> },
    };
    lambdaMock.on(GetAliasCommand).callsFake(() => alias);
    lambdaMock
      .on(UpdateAliasCommand)
      .callsFake(
        (input: {
          FunctionVersion: string;
          RoutingConfig: { AdditionalVersionWeights: Record<string, number> };
        }) => {
          alias = { ...alias, FunctionVersion: input.FunctionVersion, RoutingConfig: input.RoutingConfig };
          return alias;
        },
      );
    const controller = new AbortController();
    const time = fakeTime(() => controller.abort(new Error('runner cancelled')));
    const progress: LambdaProgress = { weights: [] };
    await expect(
      deployFunction(
        clients(),
        request({ alias: 'live', traffic: [{ percent: 10, holdMs: 300_000 }] }),
        { timeoutMs: 60_000, ...time, signal: controller.signal },
        progress,
      ),
    ).rejects.toThrow('Cancelled while holding 10% of the traffic');
    expect(alias).toMatchObject({ FunctionVersion: '7', RoutingConfig: { AdditionalVersionWeights: {} } });
    expect(progress.weights.map((w) => w.weights)).toEqual([{ '7': 90, '8': 10 }, { '7': 100 }]);
  });
});
