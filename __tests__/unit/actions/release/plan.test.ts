// The release's inputs: read as the runner passes them (action.yml defaults included), checked
// across targets and steps before any AWS call.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../../../shared/action/inputs.js';
import { inputs } from '../../../../actions/release/src/inputs.js';
import { givenInputs, planRelease } from '../../../../actions/release/src/plan.js';
import { setInputs } from '../../../support/inputs.js';

/** The env the runner gives the action: every action.yml default, then the step's `with:`. */
function runnerEnv(given: Record<string, string>): NodeJS.ProcessEnv {
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(inputs))
    if (spec.default !== undefined) defaults[name] = spec.default;
  return setInputs({ ...defaults, ...given }, {});
}

async function plan(given: Record<string, string>, workspace = tmpdir()) {
  const env = runnerEnv(given);
  return planRelease(await readInputs(inputs, env), givenInputs(env), workspace);
}

const ECR_IMAGE = '123456789012.dkr.ecr.eu-west-3.amazonaws.com/api:v2';

describe('release inputs', () => {
  it('plans an ECS release with a smoke test, a bake and rollback on by default', async () => {
    const planned = await plan({
      target: 'ecs',
      cluster: 'prod',
      service: 'api',
      image: 'web:v2',
      url: 'https://api.example.com/health/live, https://api.example.com/health/ready',
      headers: 'Authorization=Bearer abc',
      alarms: 'api-5xx\napi-latency',
      'bake-time': '10m',
      'migration-command': '["npm","run","migrate"]',
    });
    expect(planned.rollback).toBe(true);
    expect(planned.deploy).toEqual({
      target: 'ecs',
      cluster: 'prod',
      service: 'api',
      command: ['npm', 'run', 'migrate'],
    });
    expect(planned.smoke?.checks.map((check) => check.name)).toEqual([
      'GET https://api.example.com/health/live',
      'GET https://api.example.com/health/ready',
    ]);
    expect(planned.smoke?.checks[0]?.headers).toEqual({ Authorization: 'Bearer abc' });
    expect(planned.smoke?.timeoutMs).toBe(300_000);
    expect(planned.bake).toEqual({ alarms: ['api-5xx', 'api-latency'], bakeTimeMs: 600_000 });
  });

  it('takes a rollback-command for ECS, only with rollback on and for target ecs', async () => {
    const planned = await plan({
      target: 'ecs',
      cluster: 'prod',
      service: 'api',
      image: 'web:v2',
      'rollback-command': 'alembic downgrade -1',
    });
    expect(planned.deploy).toMatchObject({ rollbackCommand: ['sh', '-c', 'alembic downgrade -1'] });
    await expect(
      plan({
        target: 'ecs',
        cluster: 'prod',
        service: 'api',
        image: 'web:v2',
        rollback: 'false',
        'rollback-command': 'alembic downgrade -1',
      }),
    ).rejects.toThrow(/Input 'rollback-command'.*only with rollback: true/);
    await expect(
      plan({ target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2', 'rollback-command': '["a",' }),
    ).rejects.toThrow(/Input 'rollback-command' is invalid at its value/);
    await expect(
      plan({ target: 'lambda', 'function-name': 'api', image: ECR_IMAGE, 'rollback-command': 'x' }),
    ).rejects.toThrow(/'rollback-command' is for target: ecs/);
  });

  it('has no smoke step without url or checks', async () => {
    const planned = await plan({ target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2' });
    expect(planned.smoke).toBeUndefined();
    expect(planned.bake).toBeUndefined();
  });

  it('refuses every input of another target, naming them', async () => {
    await expect(
      plan({
        target: 'lambda',
        'function-name': 'api',
        image: ECR_IMAGE,
        cluster: 'prod',
        'migration-command': 'x',
      }),
    ).rejects.toThrow(
      "Input 'cluster' has an invalid value \"prod\" ('cluster' is for target: ecs, 'migration-command' is for target: ecs): expected nothing with target: lambda.",
    );
    await expect(
      plan({ target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2', alias: 'live' }),
    ).rejects.toThrow(/Input 'alias' .*'alias' is for target: lambda.*expected nothing with target: ecs/);
  });

  it('does not count a default the runner passes as given (image-parameter, capabilities, force-new-deployment)', async () => {
    const planned = await plan({ target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2' });
    expect(planned.deploy.target).toBe('ecs');
    await expect(
      plan({ target: 'lambda', 'function-name': 'api', image: ECR_IMAGE, 'force-new-deployment': 'true' }),
    ).rejects.toThrow(/Input 'force-new-deployment' has an invalid value "true"/);
  });

  it('refuses an unknown target and a missing one', async () => {
    await expect(plan({ target: 'eks8' })).rejects.toThrow(
      'Input \'target\' has an invalid value "eks8": expected one of ecs, lambda, eks, ec2.',
    );
    await expect(plan({ cluster: 'prod' })).rejects.toThrow(
      "Input 'target' is required: one of ecs, lambda, eks, ec2.",
    );
  });

  it.each([
    [
      { target: 'ecs', service: 'api', image: 'web:v2' },
      "Input 'cluster' is required: required with target: ecs.",
    ],
    [{ target: 'ecs', cluster: 'prod', service: 'api' }, /Input 'image' is required/],
    [
      { target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2', images: 'app=web:v3' },
      /either 'image' \(with 'container'\) or 'images'/,
    ],
    [
      { target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2', alarms: 'a' },
      /Input 'bake-time' is required/,
    ],
    [
      { target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2', 'bake-time': '5m' },
      /Input 'alarms' is required/,
    ],
    [
      { target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2', url: 'ftp://x' },
      /Input 'url' has an invalid value "ftp:\/\/x\/" \(the scheme ftp: is not http or https\)/,
    ],
    [
      { target: 'ecs', cluster: 'prod', service: 'api', image: 'web:v2', 'bake-time': '7h', alarms: 'a' },
      /Input 'bake-time'.*at most 6h/,
    ],
    [{ target: 'lambda', image: ECR_IMAGE }, /Input 'function-name' is required/],
    [
      { target: 'lambda', 'function-name': 'api', 'stack-name': 'api', image: ECR_IMAGE },
      /Input 'stack-name'.*not both/,
    ],
    [{ target: 'lambda', 'function-name': 'api' }, /Input 'image' is required/],
    [{ target: 'lambda', 'function-name': 'api', image: 'docker.io/library/nginx:1' }, /Input 'image'/],
    [
      { target: 'lambda', 'function-name': 'api', image: ECR_IMAGE, traffic: '10%:1m' },
      /Input 'traffic'.*only together with 'alias'/,
    ],
    [
      { target: 'lambda', 'function-name': 'api', image: ECR_IMAGE, template: 't.yml' },
      /Input 'template'.*nothing in direct mode/,
    ],
    [
      { target: 'lambda', 'stack-name': 'api', image: ECR_IMAGE, alias: 'live' },
      /Input 'alias'.*nothing in CloudFormation mode/,
    ],
    [{ target: 'lambda', 'stack-name': 'api', template: 'missing.yml' }, /Input 'template'.*no such file/],
  ])('%j', async (given, message) => {
    await expect(plan(given as Record<string, string>)).rejects.toThrow(message);
  });

  it('plans the CloudFormation mode from a template in the workspace', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'release-plan-'));
    writeFileSync(
      join(workspace, 'template.yml'),
      'Parameters:\n  ImageUri:\n    Type: String\nResources: {}\n',
    );
    const planned = await plan(
      { target: 'lambda', 'stack-name': 'backend', template: 'template.yml', image: ECR_IMAGE },
      workspace,
    );
    expect(planned.deploy).toMatchObject({ target: 'lambda', mode: 'stack', stackName: 'backend' });
    expect(
      planned.deploy.target === 'lambda' && planned.deploy.mode === 'stack' && planned.deploy.templateBody,
    ).toMatch(/ImageUri/);
  });

  it('plans the Lambda direct mode with an alias and a traffic schedule', async () => {
    const planned = await plan({
      target: 'lambda',
      'function-name': 'api',
      image: ECR_IMAGE,
      alias: 'live',
      traffic: '10%:1m',
    });
    expect(planned.deploy).toMatchObject({
      target: 'lambda',
      mode: 'direct',
      functionName: 'api',
      image: { repository: 'api' },
    });
    expect(
      planned.deploy.target === 'lambda' &&
        planned.deploy.mode === 'direct' &&
        planned.deploy.traffic?.length,
    ).toBeGreaterThan(0);
  });

  it('plans an EKS release of several Deployments with the API server and CA overrides', async () => {
    const caData = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString(
      'base64',
    );
    const planned = await plan({
      target: 'eks',
      'cluster-name': 'ode',
      namespace: 'ode',
      deployment: 'ode-api, ode-worker\node-api',
      images: 'ode-api=repo/ode-api:v2\node-worker=repo/ode-worker:v2',
      'api-server': 'https://127.0.0.1:6443',
      'certificate-authority-data': caData,
      url: 'https://api.example.com/health',
    });
    expect(planned.deploy).toEqual({
      target: 'eks',
      cluster: 'ode',
      namespace: 'ode',
      deployments: ['ode-api', 'ode-worker'],
      images: { kind: 'map', images: { 'ode-api': 'repo/ode-api:v2', 'ode-worker': 'repo/ode-worker:v2' } },
      changeCause: expect.any(String),
      apiServer: 'https://127.0.0.1:6443',
      caData,
    });
    expect(planned.smoke?.checks).toHaveLength(1);
  });

  it('names the change cause after the repository, commit and run by default', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'octo-org/octo-app',
      GITHUB_SHA: '0123456789abcdef',
      GITHUB_WORKFLOW: 'release',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
    });
    try {
      const planned = await plan({
        target: 'eks',
        'cluster-name': 'ode',
        deployment: 'api',
        image: 'api:v2',
      });
      expect(planned.deploy).toMatchObject({
        target: 'eks',
        namespace: 'default',
        images: { kind: 'single', image: 'api:v2' },
        changeCause:
          'octo-org/octo-app@0123456789ab (release) run https://github.com/octo-org/octo-app/actions/runs/42',
      });
      const given = await plan({
        target: 'eks',
        'cluster-name': 'ode',
        deployment: 'api',
        image: 'api:v2',
        container: 'api',
        'change-cause': 'hotfix 12',
      });
      expect(given.deploy).toMatchObject({
        images: { kind: 'single', image: 'api:v2', container: 'api' },
        changeCause: 'hotfix 12',
      });
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  it('accepts container and images for ECS and EKS, and refuses EKS inputs elsewhere', async () => {
    await expect(
      plan({ target: 'ecs', cluster: 'prod', service: 'api', images: 'app=web:v2', container: '' }),
    ).resolves.toMatchObject({ deploy: { target: 'ecs' } });
    await expect(
      plan({
        target: 'lambda',
        'function-name': 'api',
        image: ECR_IMAGE,
        container: 'api',
        deployment: 'api',
      }),
    ).rejects.toThrow(
      "Input 'container' has an invalid value \"api\" ('container' is for target: ecs or eks, 'deployment' is for target: eks): expected nothing with target: lambda.",
    );
    await expect(
      plan({ target: 'eks', 'cluster-name': 'ode', deployment: 'api', image: 'api:v2', service: 'api' }),
    ).rejects.toThrow(/Input 'service' .*'service' is for target: ecs.*expected nothing with target: eks/);
  });

  it.each([
    [{ target: 'eks', deployment: 'api', image: 'api:v2' }, "Input 'cluster-name' is required"],
    [{ target: 'eks', 'cluster-name': 'ode', image: 'api:v2' }, "Input 'deployment' is required"],
    [{ target: 'eks', 'cluster-name': 'ode', deployment: 'api' }, "Input 'image' is required"],
    [
      { target: 'eks', 'cluster-name': 'ode', deployment: 'api', image: 'a:1', images: 'api=a:2' },
      "either 'image' (with 'container') or 'images', not both",
    ],
    [
      { target: 'eks', 'cluster-name': 'ode', deployment: 'api', images: 'api repo/api:v3' },
      'Input \'images\' has an invalid value "api repo/api:v3" (no = in the line)',
    ],
    [
      { target: 'eks', 'cluster-name': 'ode', deployment: 'api', images: 'API=repo/api:v3' },
      'Input \'images\' has an invalid value "API": expected container=image lines whose container is a Kubernetes container name',
    ],
    [
      { target: 'eks', 'cluster-name': 'ode', deployment: 'Api', image: 'api:v2' },
      'Input \'deployment\' has an invalid value "Api"',
    ],
    [
      {
        target: 'eks',
        'cluster-name': 'ode',
        deployment: 'api',
        image: 'api:v2',
        kubeconfig: 'missing/config',
      },
      'Input \'kubeconfig\' has an invalid value "missing/config" (no such file)',
    ],
    [
      { target: 'eks', 'cluster-name': 'ode', deployment: 'api', image: 'api:v2', 'api-server': 'http://x' },
      'Input \'api-server\' has an invalid value "http://x"',
    ],
    [
      {
        target: 'eks',
        'cluster-name': 'ode',
        deployment: 'api',
        image: 'api:v2',
        'certificate-authority-data': 'bm90IGEgY2VydA==',
      },
      /Input 'certificate-authority-data' .*does not decode to a PEM certificate/,
    ],
  ])('EKS: %j', async (given, message) => {
    await expect(plan(given as Record<string, string>)).rejects.toThrow(message);
  });
});

// target: ec2 — deploy-ec2's inputs, checked the same way, and the inputs of other targets refused.
const BASE = { target: 'ec2', targets: 'tag:Name=keystone-prod', 'working-directory': '/opt/keystone' };

describe('release with target: ec2', () => {
  it('plans a deploy-ec2 update with a smoke test and rollback on', async () => {
    const planned = await plan({
      ...BASE,
      ref: 'main',
      services: 'backend',
      'health-command': 'curl -fsS localhost:8000/health',
      environment: 'OPENAI_API_KEY=ssm:/keystone/openai',
      url: 'https://www.example.com',
    });
    expect(planned.rollback).toBe(true);
    expect(planned.deploy).toMatchObject({
      target: 'ec2',
      plan: {
        tags: [{ key: 'Name', value: 'keystone-prod' }],
        workingDirectory: '/opt/keystone',
        ref: 'main',
        services: ['backend'],
        build: true,
        parameters: { OPENAI_API_KEY: '/keystone/openai' },
        healthTimeoutMs: 300_000,
      },
    });
  });

  it('takes images as service=image lines, without a build by default', async () => {
    const planned = await plan({
      ...BASE,
      images: 'backend=registry.example.com/api@sha256:' + 'a'.repeat(64),
    });
    expect(planned.deploy).toMatchObject({
      target: 'ec2',
      plan: { build: false, images: { backend: expect.any(String) } },
    });
  });

  it('refuses what is not for ec2, and needs a working directory', async () => {
    await expect(plan({ ...BASE, ref: 'main', cluster: 'prod' })).rejects.toThrow(
      "Input 'cluster' has an invalid value \"prod\" ('cluster' is for target: ecs): expected nothing with target: ec2.",
    );
    await expect(plan({ ...BASE, image: 'web:v2' })).rejects.toThrow("Input 'image'");
    await expect(plan({ target: 'ec2', targets: 'tag:Name=x', ref: 'main' })).rejects.toThrow(
      "Input 'working-directory' is required",
    );
    await expect(plan({ ...BASE, ref: 'main; reboot' })).rejects.toThrow("Input 'ref'");
    await expect(
      plan({ ...BASE, target: 'ecs', cluster: 'c', service: 's', image: 'web:v2' }),
    ).rejects.toThrow("'targets' is for target: ec2");
  });
});
