// The commonest mistakes, as the SDK throws them through the suite's client factory against moto,
// turned into sentences a person can act on.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ECSClient, UpdateServiceCommand, DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { ECRClient, DescribeImagesCommand } from '@aws-sdk/client-ecr';
import { LambdaClient, GetFunctionCommand } from '@aws-sdk/client-lambda';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { createClient } from '../../../shared/aws/clients.js';
import { describeError, rememberAccount } from '../../../shared/aws/errors.js';

jest.setTimeout(60_000);

let emulators: Emulators;
const saved = { ...process.env };
const missing = `nope-${process.pid}-${Date.now().toString(36)}`;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: emulators.env.AWS_ENDPOINT_URL,
    AWS_MAX_ATTEMPTS: '1',
  });
});

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  await emulators?.release();
});

async function failure(send: () => Promise<unknown>): Promise<string> {
  try {
    await send();
  } catch (error) {
    return describeError(error, { action: 'deploy-ecs' });
  }
  throw new Error('the call succeeded');
}

describe('not found: the resource, the region and (where known) the account', () => {
  it('a wrong ECS cluster names the cluster and the region, where the SDK says only "Cluster not found."', async () => {
    const ecs = createClient(ECSClient, { region: 'eu-west-3' });
    const text = await failure(() =>
      ecs.send(new UpdateServiceCommand({ cluster: missing, service: 'web' })),
    );
    expect(text).toBe(
      `ECS cluster ${missing} in eu-west-3 was not found (ecs:UpdateService): check the name, and that the region is the one it lives in (aws-region input, or AWS_REGION from configure-aws-credentials). AWS said: Cluster not found.`,
    );
    ecs.destroy();
  });

  it('an ARN or a registry id gives the account; so does an account already learnt', async () => {
    const ecs = createClient(ECSClient, { region: 'us-east-1' });
    const arn = `arn:aws:ecs:us-east-1:123456789012:cluster/${missing}`;
    expect(
      await failure(() => ecs.send(new DescribeServicesCommand({ cluster: arn, services: ['web'] }))),
    ).toMatch(
      new RegExp(
        `^ECS cluster ${arn} in us-east-1 \\(account 123456789012\\) was not found \\(ecs:DescribeServices\\)`,
      ),
    );
    ecs.destroy();
    const ecr = createClient(ECRClient, { region: 'us-east-1' });
    expect(
      await failure(() =>
        ecr.send(
          new DescribeImagesCommand({
            registryId: '123456789012',
            repositoryName: missing,
            imageIds: [{ imageTag: 'v1' }],
          }),
        ),
      ),
    ).toMatch(
      new RegExp(
        `^ECR repository ${missing} in us-east-1 \\(account 123456789012\\) was not found \\(ecr:DescribeImages\\)`,
      ),
    );
    ecr.destroy();
    rememberAccount('210987654321');
    const lambda = createClient(LambdaClient, { region: 'us-east-1' });
    expect(await failure(() => lambda.send(new GetFunctionCommand({ FunctionName: missing })))).toMatch(
      new RegExp(
        `^resource ${missing} in us-east-1 \\(account 210987654321\\) was not found \\(lambda:GetFunction\\)`,
      ),
    );
    lambda.destroy();
  });
});

describe('credentials', () => {
  it('none at all: points at configure-aws-credentials and id-token: write', async () => {
    const keys = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE'];
    const before = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
    for (const key of keys) delete process.env[key];
    Object.assign(process.env, {
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/c',
      AWS_CONFIG_FILE: '/nonexistent/f',
    });
    try {
      const ecs = createClient(ECSClient, { region: 'us-east-1' });
      const text = await failure(() =>
        ecs.send(new DescribeServicesCommand({ cluster: 'c', services: ['s'] })),
      );
      ecs.destroy();
      expect(text).toMatch(
        /^No AWS credentials were found \(ecs:DescribeServices\): .*Add aws-actions\/configure-aws-credentials before this step \(role-to-assume with OIDC\), and give the job `permissions: id-token: write`.*The SDK said: Could not load credentials from any providers/,
      );
    } finally {
      for (const key of keys) if (before[key] !== undefined) process.env[key] = before[key];
      delete process.env['AWS_SHARED_CREDENTIALS_FILE'];
      delete process.env['AWS_CONFIG_FILE'];
    }
  });

  it('expired (an endpoint answering as STS-backed services do with an expired session token)', async () => {
    // moto accepts any credentials, so this endpoint answers as ECS does to an expired token.
    const server: Server = createServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'r-1' });
      res.end(
        JSON.stringify({
          __type: 'ExpiredTokenException',
          message: 'The security token included in the request is expired',
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const ecs = createClient(ECSClient, {
      region: 'us-east-1',
      extra: { endpoint: `http://127.0.0.1:${port}` },
    });
    const text = await failure(() =>
      ecs.send(new DescribeServicesCommand({ cluster: 'c', services: ['s'] })),
    );
    ecs.destroy();
    server.close();
    expect(text).toMatch(
      /^The AWS credentials were refused \(ecs:DescribeServices\) \(ExpiredTokenException\): they are invalid or expired\. Add aws-actions\/configure-aws-credentials .*`permissions: id-token: write`/,
    );
  });
});
