// GitHub Deployments as an action reports them, against the stand-in of the REST API whose every
// request and response is checked against GitHub's OpenAPI description: success, failure,
// rollback marking and a token without `deployments: write`.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { GitHubApiStandIn } from '../../support/github-api.js';
import { parseCommands } from '../../support/workflow-commands.js';
import { GitHubDeployments, subjectOf, urlFromOutputs } from '../../../shared/github/deployments.js';

const SHA = 'c0ffee'.padEnd(40, '0');
const api = new GitHubApiStandIn();
let stdout = '';

const values = (environment: string, extra: Partial<Record<string, string>> = {}) => ({
  'github-environment': environment,
  'github-environment-url': '',
  'github-token': 'ghs_standintoken0123456789',
  ...extra,
});
const ecs = subjectOf({ target: 'ecs', resource: { cluster: 'prod', service: 'web' } }, 'eu-west-3');

beforeAll(async () => {
  await api.start();
  // Read by @actions/github when it is first imported: the first report below.
  Object.assign(process.env, {
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_SHA: SHA,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
  });
});
afterAll(() => api.stop());

beforeEach(() => {
  api.reset();
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  expect(api.problems).toEqual([]);
});

const warnings = () => parseCommands(stdout).filter((command) => command.command === 'warning');

describe('GitHub deployments of a deploy', () => {
  it('creates the deployment of the commit, in_progress, then success with the log and the URL', async () => {
    const github = GitHubDeployments.fromInputs(values('staging'), 'deploy-ecs')!;
    await github.start([ecs], 'deploy-ecs: ecs:prod/web');
    await github.finish(
      'success',
      'Deployed task definition web:8',
      'https://user:pw@web.example.com/health',
    );

    const [deployment] = api.deployments;
    expect(deployment).toMatchObject({
      sha: SHA,
      ref: SHA,
      task: 'deploy',
      environment: 'staging',
      description: 'deploy-ecs: ecs:prod/web (by octocat)',
      payload: {
        id: 'ecs:prod/web',
        target: 'ecs',
        region: 'eu-west-3',
        resource: { cluster: 'prod', service: 'web' },
      },
    });
    expect(deployment?.statuses).toEqual([
      expect.objectContaining({
        state: 'in_progress',
        log_url: 'https://github.com/octo-org/shop/actions/runs/4242',
      }),
      expect.objectContaining({
        state: 'success',
        description: 'Deployed task definition web:8',
        log_url: 'https://github.com/octo-org/shop/actions/runs/4242',
        environment_url: 'https://web.example.com/health',
      }),
    ]);
    const create = api.requests.find((request) => request.operationId === 'repos/create-deployment');
    expect(create?.body).toMatchObject({
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
    });
    expect(create?.authorization).toBe('token ghs_standintoken0123456789');
    expect(warnings()).toEqual([]);
  });

  it('posts failure with the reason; the given URL wins over the default', async () => {
    const github = GitHubDeployments.fromInputs(
      values('production', { 'github-environment-url': 'https://shop.example.com' }),
      'deploy-ecs',
    )!;
    await github.start([ecs], 'deploy-ecs: ecs:prod/web');
    await github.finish('failure', 'x'.repeat(200), 'https://ignored.example.com');
    const statuses = api.deployments[0]?.statuses ?? [];
    expect(statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
    expect(statuses[1]?.environment_url).toBe('https://shop.example.com');
    expect(statuses[1]?.description).toHaveLength(140);
  });

  it('after a rollback: the failed deployment is marked failure and the restored version is current', async () => {
    // The deploy job of the same commit created the deployment; auto-rollback runs later.
    const deploy = GitHubDeployments.fromInputs(values('production'), 'deploy-ecs')!;
    await deploy.start([ecs], 'deploy-ecs: ecs:prod/web');
    await deploy.finish('success', 'Deployed web:8');

    const rollback = GitHubDeployments.fromInputs(values('production'), 'auto-rollback')!;
    await rollback.recordRollback([ecs], 'alarm web-5xx entered ALARM', 'Restored ecs:prod/web to web:7');

    expect(api.history('production')).toEqual([
      { task: 'deploy', states: ['in_progress', 'success', 'failure'], payload: expect.any(Object) },
      {
        task: 'deploy:rollback',
        states: ['success'],
        payload: expect.objectContaining({ id: 'ecs:prod/web' }),
      },
    ]);
    expect(api.deployments[0]?.statuses[2]?.description).toBe('Rolled back: alarm web-5xx entered ALARM');
    expect(api.deployments[1]?.statuses[0]?.description).toBe('Restored ecs:prod/web to web:7');
  });

  it('without deployments: write: one warning, nothing else tried, nothing thrown', async () => {
    api.canWrite = false;
    const github = GitHubDeployments.fromInputs(values('production'), 'deploy-ecs')!;
    await github.start([ecs], 'deploy-ecs: ecs:prod/web');
    await github.finish('success', 'Deployed');
    await github.recordRollback([ecs], 'smoke test failed', 'Restored');
    expect(api.requests.map((request) => [request.operationId, request.status])).toEqual([
      ['repos/create-deployment', 403],
    ]);
    expect(warnings()).toEqual([
      expect.objectContaining({ data: expect.stringContaining('`permissions: deployments: write`') }),
    ]);
    expect(warnings()[0]?.data).toContain('The deploy goes on.');
  });

  it('reports nothing and loads nothing without github-environment', () => {
    expect(GitHubDeployments.fromInputs(values(''), 'deploy-ecs')).toBeUndefined();
  });

  it('uses a stack output named like an endpoint as the default URL', () => {
    expect(
      urlFromOutputs({
        Role: 'arn:aws:iam::1:role/r',
        Bucket: 'https://b.example.com',
        ApiEndpoint: 'https://api.example.com',
      }),
    ).toBe('https://api.example.com');
    expect(urlFromOutputs({ Role: 'arn:aws:iam::1:role/r' })).toBeUndefined();
  });
});
