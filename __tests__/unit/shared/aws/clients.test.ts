import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import {
  createClient,
  defaultMaxAttempts,
  iamAction,
  resolveRegion,
  serviceOf,
} from '../../../../shared/aws/clients.js';
import { describeError } from '../../../../shared/aws/errors.js';
import { ActionError } from '../../../../shared/action/errors.js';
import { VERSION } from '../../../../shared/version.js';

describe('resolveRegion', () => {
  it('takes the input first, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-2' };
    expect(resolveRegion('us-east-1', env)).toBe('us-east-1');
    expect(resolveRegion(undefined, env)).toBe('eu-west-1');
    expect(resolveRegion('', env)).toBe('eu-west-1');
    expect(resolveRegion('', { AWS_DEFAULT_REGION: 'eu-west-2' })).toBe('eu-west-2');
  });

  it.each(['us-gov-west-1', 'cn-north-1', 'ap-southeast-2', 'il-central-1', 'us-isob-east-1'])(
    'accepts %s',
    (region) => {
      expect(resolveRegion(region, {})).toBe(region);
    },
  );

  it('says how to set a region when there is none', () => {
    expect(() => resolveRegion(undefined, {})).toThrow(
      new ActionError(
        "No AWS region: set the 'aws-region' input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).",
      ),
    );
  });

  it.each(['us-east', 'US-EAST-1', 'useast1', 'us-east-1 ', 'eu-west-1a'])(
    'refuses %j, naming it',
    (region) => {
      expect(() => resolveRegion(region, {})).toThrow(
        `AWS region ${JSON.stringify(region)} is not a region name such as us-east-1 or eu-west-3.`,
      );
    },
  );

  it('refuses a bad region from the environment too', () => {
    expect(() => resolveRegion(undefined, { AWS_REGION: 'mars-1' })).toThrow(ActionError);
  });
});

describe('defaultMaxAttempts', () => {
  it('is 6 unless AWS_MAX_ATTEMPTS gives a positive whole number', () => {
    expect(defaultMaxAttempts({})).toBe(6);
    expect(defaultMaxAttempts({ AWS_MAX_ATTEMPTS: '3' })).toBe(3);
    expect(defaultMaxAttempts({ AWS_MAX_ATTEMPTS: '0' })).toBe(6);
    expect(defaultMaxAttempts({ AWS_MAX_ATTEMPTS: 'many' })).toBe(6);
  });
});

describe('IAM names', () => {
  it('maps SDK client names to IAM service prefixes', () => {
    expect(serviceOf('ECSClient')).toBe('ecs');
    expect(serviceOf('CloudWatchLogsClient')).toBe('logs');
    expect(serviceOf('EKSClient')).toBe('eks');
    expect(serviceOf('SomeNewClient')).toBe('somenew');
  });

  it('maps operations whose IAM action has another name', () => {
    expect(iamAction('s3', 'HeadBucket')).toBe('s3:ListBucket');
    expect(iamAction('s3', 'PutBucketEncryption')).toBe('s3:PutEncryptionConfiguration');
    expect(iamAction('ecs', 'UpdateService')).toBe('ecs:UpdateService');
  });
});

interface Seen {
  headers: IncomingHttpHeaders;
  target: string | undefined;
}

/** A stand-in for the ECS endpoint on 127.0.0.1 that answers from a queue of (status, body). */
describe('createClient against a local endpoint', () => {
  let server: Server;
  let seen: Seen[] = [];
  let answers: Array<[number, object]> = [];
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        seen.push({
          headers: request.headers,
          target: request.headers['x-amz-target'] as string | undefined,
        });
        const [status, body] = answers.shift() ?? [
          500,
          { __type: 'InternalError', message: 'no answer queued' },
        ];
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_SESSION_TOKEN: 'testing',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    delete process.env['AWS_PROFILE'];
  });

  afterEach(() => {
    seen = [];
    answers = [];
  });

  afterAll(async () => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const describeServices = new DescribeServicesCommand({ cluster: 'prod', services: ['web'] });
  const deniedMessage =
    'User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: ecs:DescribeServices on resource: arn:aws:ecs:us-east-1:123456789012:service/prod/web';

  it('names the failed operation on the error and sends the suite user agent', async () => {
    answers.push([400, { __type: 'AccessDeniedException', message: deniedMessage }]);
    const client = createClient(ECSClient, { region: 'us-east-1', maxAttempts: 1 });
    let caught: unknown;
    try {
      await client.send(describeServices);
    } catch (error) {
      caught = error;
    } finally {
      client.destroy();
    }
    expect(caught).toMatchObject({ name: 'AccessDeniedException', $operation: 'ecs:DescribeServices' });
    expect(describeError(caught, { action: 'deploy-ecs' })).toMatch(
      /^Access denied \(ecs:DescribeServices\): the AWS credentials in use may not call ecs:DescribeServices\. .*actions\/deploy-ecs\/iam-policy\.json/,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]?.target).toBe('AmazonEC2ContainerServiceV20141113.DescribeServices');
    const agents = `${String(seen[0]?.headers['user-agent'])} ${String(seen[0]?.headers['x-amz-user-agent'])}`;
    expect(agents).toContain(`aws-deploy-actions/${VERSION}`);
  });

  it('uses the region it was given for signing', async () => {
    answers.push([200, { services: [], failures: [] }]);
    const client = createClient(ECSClient, { region: 'eu-west-3', maxAttempts: 1 });
    try {
      await client.send(describeServices);
    } finally {
      client.destroy();
    }
    expect(String(seen[0]?.headers['authorization'])).toContain('/eu-west-3/ecs/aws4_request');
  });

  it('retries throttling up to maxAttempts and then succeeds', async () => {
    answers.push(
      [400, { __type: 'ThrottlingException', message: 'Rate exceeded' }],
      [500, { __type: 'ServerException', message: 'oops' }],
      [200, { services: [{ serviceName: 'web', status: 'ACTIVE' }], failures: [] }],
    );
    const client = createClient(ECSClient, { region: 'us-east-1', maxAttempts: 3 });
    try {
      const result = await client.send(describeServices);
      expect(result.services?.[0]?.serviceName).toBe('web');
    } finally {
      client.destroy();
    }
    expect(seen).toHaveLength(3);
  }, 30_000); // the SDK's own backoff between attempts (real timers) takes a second or more

  it('stops after maxAttempts', async () => {
    answers.push(
      [400, { __type: 'ThrottlingException', message: 'Rate exceeded' }],
      [400, { __type: 'ThrottlingException', message: 'Rate exceeded' }],
      [200, { services: [], failures: [] }],
    );
    const client = createClient(ECSClient, { region: 'us-east-1', maxAttempts: 2 });
    let caught: unknown;
    try {
      await client.send(describeServices);
    } catch (error) {
      caught = error;
    } finally {
      client.destroy();
    }
    expect(caught).toMatchObject({ name: 'ThrottlingException', $operation: 'ecs:DescribeServices' });
    expect(seen).toHaveLength(2);
  }, 30_000);

  it('refuses a bad region before any request', () => {
    expect(() => createClient(ECSClient, { region: 'nowhere' })).toThrow(ActionError);
    expect(seen).toHaveLength(0);
  });
});
