// The recording, fault-injecting proxy in front of moto, driven by real SDK v3 clients.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { CreateClusterCommand, ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { GetFunctionCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import {
  CreateBucketCommand,
  GetBucketVersioningCommand,
  HeadBucketCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { isMutating, startProxy, type Proxy, type RecordedCall } from '../support/proxy.js';
import { motoConfig } from '../support/moto.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

// moto answers a service's first call slowly (lazy imports), more so under parallel jest workers.
const TIMEOUT = 30_000;

let emulators: Emulators;
let proxy: Proxy;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const target = emulators.env['MOTO_URL'];
  if (!target) throw new Error('MOTO_URL missing from the test env');
  proxy = await startProxy({ target });
}, 90_000);

afterAll(async () => {
  await proxy?.close();
  await emulators?.release();
}, 60_000);

beforeEach(() => proxy.reset());

function config(maxAttempts = 3) {
  return { ...motoConfig(proxy.url), maxAttempts };
}

const summary = (calls: RecordedCall[]) =>
  calls.map(({ service, operation, status, faulted }) => ({
    service,
    operation,
    status,
    ...(faulted ? { faulted } : {}),
  }));

describe('recording', () => {
  it(
    'names service and operation for each protocol',
    async () => {
      const bucket = `proxy-test-${Date.now()}`;
      const s3 = new S3Client({ ...config(), forcePathStyle: true });
      await new ECSClient(config()).send(new CreateClusterCommand({ clusterName: 'proxy-test' }));
      await new ECSClient(config()).send(new ListClustersCommand({}));
      await new ECRClient(config()).send(new DescribeRepositoriesCommand({}));
      await new STSClient(config()).send(new GetCallerIdentityCommand({}));
      await s3.send(new CreateBucketCommand({ Bucket: bucket }));
      await s3.send(new HeadBucketCommand({ Bucket: bucket }));
      await s3.send(
        new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }),
      );
      await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }));
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'dir/state.tfstate', Body: '{}' }));
      await new LambdaClient(config()).send(new ListFunctionsCommand({}));
      await expect(
        new LambdaClient(config()).send(new GetFunctionCommand({ FunctionName: 'missing' })),
      ).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
      });
      await expect(
        new CloudFormationClient(config()).send(new DescribeStacksCommand({ StackName: 'missing' })),
      ).rejects.toThrow();
      await new CloudWatchClient(config()).send(new DescribeAlarmsCommand({}));

      expect(proxy.calls.map((c) => `${c.service}/${c.operation}`)).toEqual([
        'ecs/CreateCluster',
        'ecs/ListClusters',
        'ecr/DescribeRepositories',
        'sts/GetCallerIdentity',
        's3/CreateBucket',
        's3/HeadBucket',
        's3/PutBucketVersioning',
        's3/GetBucketVersioning',
        's3/PutObject',
        'lambda/ListFunctions',
        'lambda/GetFunction',
        'cloudformation/DescribeStacks',
        'cloudwatch/DescribeAlarms',
      ]);
      expect(proxy.calls.filter(isMutating).map((c) => c.operation)).toEqual([
        'CreateCluster',
        'CreateBucket',
        'PutBucketVersioning',
        'PutObject',
      ]);
      expect(proxy.calls.find((c) => c.operation === 'GetFunction')).toMatchObject({
        method: 'GET',
        status: 404,
      });
      expect(proxy.calls.find((c) => c.operation === 'PutObject')?.path).toContain(
        `/${bucket}/dir/state.tfstate`,
      );
      expect(proxy.calls.every((c) => c.faulted === undefined)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'records unknown requests with method and path',
    async () => {
      const response = await fetch(`${proxy.url}/no/such/thing?x=1`);
      await response.arrayBuffer();
      expect(proxy.calls).toEqual([
        {
          service: 'unknown',
          operation: 'Unknown',
          method: 'GET',
          path: '/no/such/thing?x=1',
          status: response.status,
        },
      ]);
      expect(isMutating(proxy.calls[0]!)).toBe(false);
    },
    TIMEOUT,
  );
});

describe('faults', () => {
  it(
    'throttles once; the SDK retries and succeeds',
    async () => {
      proxy.setFaults({ throttleRate: 1, maxFaults: 1 });
      await new ECSClient(config()).send(new ListClustersCommand({}));
      expect(summary(proxy.calls)).toEqual([
        { service: 'ecs', operation: 'ListClusters', status: 400, faulted: 'throttle' },
        { service: 'ecs', operation: 'ListClusters', status: 200 },
      ]);
    },
    TIMEOUT,
  );

  it(
    'surfaces the throttling error by name when retries are off',
    async () => {
      proxy.setFaults({ throttleRate: 1 });
      await expect(new ECSClient(config(1)).send(new ListClustersCommand({}))).rejects.toMatchObject({
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 },
      });
      await expect(new STSClient(config(1)).send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
        name: 'Throttling',
      });
      await expect(
        new S3Client({ ...config(1), forcePathStyle: true }).send(new HeadBucketCommand({ Bucket: 'any' })),
      ).rejects.toMatchObject({ $metadata: { httpStatusCode: 503 } });
      await expect(new LambdaClient(config(1)).send(new ListFunctionsCommand({}))).rejects.toMatchObject({
        name: 'TooManyRequestsException',
      });
      await expect(new CloudWatchClient(config(1)).send(new DescribeAlarmsCommand({}))).rejects.toMatchObject(
        {
          name: 'Throttling',
        },
      );
      expect(proxy.calls.map((c) => c.faulted)).toEqual([
        'throttle',
        'throttle',
        'throttle',
        'throttle',
        'throttle',
      ]);
    },
    TIMEOUT,
  );

  it(
    'answers 500 InternalFailure; the SDK retries',
    async () => {
      proxy.setFaults({ http500Rate: 1, maxFaults: 1 });
      await new STSClient(config()).send(new GetCallerIdentityCommand({}));
      expect(summary(proxy.calls)).toEqual([
        { service: 'sts', operation: 'GetCallerIdentity', status: 500, faulted: 'http500' },
        { service: 'sts', operation: 'GetCallerIdentity', status: 200 },
      ]);
      proxy.reset();
      proxy.setFaults({ http500Rate: 1 });
      await expect(new ECSClient(config(1)).send(new ListClustersCommand({}))).rejects.toMatchObject({
        name: 'InternalFailure',
        $metadata: { httpStatusCode: 500 },
      });
    },
    TIMEOUT,
  );

  it(
    'drops a connection once; the SDK retries',
    async () => {
      proxy.setFaults({ dropOnce: (call) => call.operation === 'ListClusters' });
      await new ECSClient(config()).send(new CreateClusterCommand({ clusterName: 'drop-test' }));
      await new ECSClient(config()).send(new ListClustersCommand({}));
      expect(summary(proxy.calls)).toEqual([
        { service: 'ecs', operation: 'CreateCluster', status: 200 },
        { service: 'ecs', operation: 'ListClusters', status: 0, faulted: 'drop' },
        { service: 'ecs', operation: 'ListClusters', status: 200 },
      ]);
    },
    TIMEOUT,
  );

  it(
    'applies latency only to the calls selected by `only`',
    async () => {
      proxy.setFaults({ latencyMs: 30, only: (call) => call.service === 'sts' });
      await new STSClient(config()).send(new GetCallerIdentityCommand({}));
      await new ECSClient(config()).send(new ListClustersCommand({}));
      expect(summary(proxy.calls)).toEqual([
        { service: 'sts', operation: 'GetCallerIdentity', status: 200, faulted: 'latency' },
        { service: 'ecs', operation: 'ListClusters', status: 200 },
      ]);
    },
    TIMEOUT,
  );

  it(
    'is reproducible: the same seed gives the same faults',
    async () => {
      const run = async (seed: number) => {
        proxy.reset();
        proxy.setFaults({ throttleRate: 0.3, http500Rate: 0.3, seed });
        const ecs = new ECSClient(config(1));
        for (let i = 0; i < 12; i++) await ecs.send(new ListClustersCommand({})).catch(() => undefined);
        return proxy.calls.map((c) => c.faulted ?? 'ok');
      };
      const first = await run(7);
      expect(await run(7)).toEqual(first);
      expect(first).toContain('ok');
      expect(first.some((f) => f !== 'ok')).toBe(true);
      expect(await run(8)).not.toEqual(first);
    },
    TIMEOUT,
  );
});
