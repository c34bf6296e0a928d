// GitHub Deployments from the bundles, run as the runner runs them, against moto and the stand-in
// of the GitHub REST API (every request and response checked against GitHub's OpenAPI
// description): deploy-ecs records its deployment; the release that rolls back marks it failed and
// records the restored version; without `deployments: write` the deploy goes on after one warning.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DescribeServicesCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { assertNoSecretLeak, runAction, type InputValue, type RunResult } from '../support/harness.js';
import { reply, startHttpServer, type TestServer } from '../support/http-servers.js';
import { GitHubApiStandIn } from '../support/github-api.js';
import { createService, ecsClient } from '../support/ecs-service.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(120_000);

const TOKEN = 'ghs_e2eStandInToken000000000000000000';
const RUN_URL = 'https://github.com/octo-org/octo-app/actions/runs/4242424242';
let emulators: Emulators;
let ecs: ECSClient;
let app: TestServer;
const api = new GitHubApiStandIn();

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  const target = emulators.env['MOTO_URL'];
  if (!target) throw new Error('MOTO_URL missing from the test env');
  ecs = ecsClient(target);
  await api.start();
  app = await startHttpServer((_request, response) => reply(response, 503, 'unhealthy'));
}, 90_000);

afterAll(async () => {
  ecs?.destroy();
  await app?.close();
  await api.stop();
  await emulators?.release();
}, 60_000);

afterEach(() => {
  expect(api.problems).toEqual([]);
  api.reset();
});

function run(name: string, inputs: Record<string, InputValue>): Promise<RunResult> {
  return runAction(name, inputs, {
    timeoutMs: 90_000,
    githubToken: TOKEN,
    env: { AWS_ENDPOINT_URL: emulators.env['MOTO_URL'], AWS_MAX_ATTEMPTS: '3', GITHUB_API_URL: api.url },
  });
}

/** How deep the log groups go: GitHub does not nest them, so more than 1 shows as a mess. */
function groupDepth(result: RunResult): number {
  let depth = 0;
  let deepest = 0;
  for (const command of result.commands) {
    if (command.command === 'group') deepest = Math.max(deepest, ++depth);
    if (command.command === 'endgroup') depth -= 1;
  }
  return deepest;
}

const warnings = (result: RunResult) =>
  result.commands.filter((command) => command.command === 'warning').map((command) => command.data);

describe('GitHub Deployments', () => {
  it('deploy-ecs: a deployment of the commit, in_progress then success, with the run as its log', async () => {
    const { cluster, service } = await createService(ecs);
    const result = await run('deploy-ecs', {
      cluster,
      service,
      image: '127.0.0.1:5000/web:v2',
      'max-poll-interval': '1s',
      'github-environment': 'staging',
      'github-environment-url': 'https://staging.example.com',
    });
    expect(result.code).toBe(0);
    expect(api.history('staging')).toEqual([
      {
        task: 'deploy',
        states: ['in_progress', 'success'],
        payload: {
          id: `ecs:${cluster}/${service}`,
          target: 'ecs',
          region: 'us-east-1',
          resource: { cluster, service },
        },
      },
    ]);
    expect(api.deployments[0]?.sha).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(api.deployments[0]?.statuses[1]).toMatchObject({
      log_url: RUN_URL,
      environment_url: 'https://staging.example.com',
      description: `Deployed ecs:${cluster}/${service}`,
    });
    expect(api.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    assertNoSecretLeak(result, [TOKEN]);
    expect(groupDepth(result)).toBe(1);
    expect(result.summary).toContain('In the AWS console:');
    expect(warnings(result)).toEqual([]);
  });

  it('release: a failed smoke test rolls back; the deployment fails and the restored version is current', async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const result = await run('.', {
      target: 'ecs',
      cluster,
      service,
      image: '127.0.0.1:5000/web:broken',
      url: `${app.url}/health`,
      timeout: '2s',
      interval: '200ms',
      'max-poll-interval': '1s',
      'github-environment': 'production',
    });
    expect(result.code).toBe(1);
    expect(groupDepth(result)).toBe(1);
    // The reason once: in the smoke test's row of the timeline, not again in the headline.
    expect(result.summary).toContain(
      '❌ Release failed at the smoke test — rolled back to the previous state.',
    );
    expect(result.summary.match(/smoke test failed: GET/g)).toHaveLength(1);
    expect(result.summary.match(/expect-status 2xx: got 503/g)).toHaveLength(1);
    const live = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    expect(live.services?.[0]?.taskDefinition).toBe(taskDefinitionArn);
    expect(api.history('production')).toEqual([
      {
        task: 'deploy',
        states: ['in_progress', 'failure'],
        payload: expect.objectContaining({ target: 'ecs' }),
      },
      {
        task: 'deploy:rollback',
        states: ['success'],
        payload: expect.objectContaining({ id: `ecs:${cluster}/${service}` }),
      },
    ]);
    const [failed, restored] = api.deployments;
    expect(failed?.statuses[1]?.description).toMatch(/^Rolled back: smoke test failed/);
    // The default environment URL: the smoke test's.
    expect(restored?.statuses[0]).toMatchObject({ environment_url: `${app.url}/health`, log_url: RUN_URL });
  });

  it("auto-rollback: the deploy job's deployment is marked failure, the restored version is current", async () => {
    const { cluster, service, taskDefinitionArn } = await createService(ecs);
    const deployed = await run('deploy-ecs', {
      cluster,
      service,
      image: '127.0.0.1:5000/web:v4',
      'max-poll-interval': '1s',
      'github-environment': 'production',
    });
    expect(deployed.code).toBe(0);
    const rolledBack = await run('auto-rollback', {
      deployment: deployed.outputs['deployment'] ?? '',
      reason: 'smoke test failed',
      'max-poll-interval': '1s',
      'github-environment': 'production',
      'github-environment-url': 'https://shop.example.com',
    });
    // The step fails after a rollback by default (fail-on-rollback): the release did not stand.
    expect(rolledBack.code).toBe(1);
    expect(rolledBack.outputs['rolled-back']).toBe('true');
    const live = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    expect(live.services?.[0]?.taskDefinition).toBe(taskDefinitionArn);
    expect(api.history('production')).toEqual([
      { task: 'deploy', states: ['in_progress', 'success', 'failure'], payload: expect.any(Object) },
      { task: 'deploy:rollback', states: ['success'], payload: expect.objectContaining({ target: 'ecs' }) },
    ]);
    const [failed, restored] = api.deployments;
    expect(failed?.statuses[2]?.description).toBe('Rolled back: smoke test failed');
    expect(restored?.statuses[0]).toMatchObject({
      environment_url: 'https://shop.example.com',
      log_url: RUN_URL,
    });
    expect(rolledBack.summary).toContain('In the AWS console:');
    expect(groupDepth(rolledBack)).toBe(1);
  });

  it('without deployments: write the deploy goes on, with one warning', async () => {
    api.canWrite = false;
    const { cluster, service } = await createService(ecs);
    const result = await run('deploy-ecs', {
      cluster,
      service,
      image: '127.0.0.1:5000/web:v3',
      'max-poll-interval': '1s',
      'github-environment': 'production',
    });
    expect(result.code).toBe(0);
    expect(result.outputs['rollout-state']).toBe('COMPLETED');
    expect(warnings(result)).toEqual([expect.stringContaining('`permissions: deployments: write`')]);
    expect(api.requests.map((request) => request.status)).toEqual([403]);
  });
});
