// The reusable workflows end to end, called as a caller's job would call them (inputs, secrets,
// the caller's environment), with the local pipeline runner against moto, the Kubernetes double
// and local HTTP servers. Each finds its own commit from the job's OIDC token (the runner's token
// endpoint stand-in sets job_workflow_ref/job_workflow_sha as GitHub documents), checks this
// repository out at that commit (the checkout stand-in links this working tree) and runs our
// actions from there by path.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { assertNoSecretLeak, REPO_ROOT } from '../support/harness.js';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import {
  ACCOUNT,
  INSTALL_TOFU_STAND_IN,
  REPOSITORY,
  emulatorEnv,
  trustPolicies,
  ROLES,
} from '../support/pipeline-fixtures.js';
import {
  describeStep,
  runJob,
  suiteCommit,
  SUITE_REPOSITORY,
  type JobReport,
  type PipelineContext,
} from '../support/workflow-runner.js';
import { digestOf, putImage } from '../fixtures/lambda/moto.js';
import type { Deployment } from '../../shared/kube/types.js';
import { ensureEksCluster } from '../support/eks-cluster.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(600_000);

let emulators: Emulators;
let moto = '';
const cleanups: Array<() => Promise<void> | void> = [];
const reports: JobReport[] = [];

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  moto = emulators.env['MOTO_URL'] ?? '';
}, 180_000);

afterAll(async () => {
  for (const report of reports) report.cleanup();
  for (const cleanup of cleanups.reverse()) await cleanup();
  await emulators?.release();
}, 120_000);

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reusable-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the one job of a reusable workflow as called from a caller's job in `environment`. */
async function call(
  file: string,
  job: string,
  inputs: PipelineContext['inputs'],
  options: {
    secrets?: Record<string, string>;
    workspace?: string;
    event?: string;
    processEnv?: Record<string, string>;
  } = {},
): Promise<JobReport> {
  const report = await runJob(`.github/workflows/${file}`, job, {
    context: {
      inputs: inputs ?? {},
      vars: { AWS_DEPLOY_ROLE_ARN: ROLES.deploy },
      ...(options.secrets ? { secrets: options.secrets } : {}),
      github: { repository: REPOSITORY, event_name: options.event ?? 'push' },
    },
    processEnv: { ...emulatorEnv(emulators), ...options.processEnv },
    workspace: options.workspace ?? workspace(),
    trust: trustPolicies(['staging', 'production']),
    replaceRun: INSTALL_TOFU_STAND_IN,
  });
  reports.push(report);
  return report;
}

function expectSucceeded(report: JobReport, ids: string[]): void {
  const failed = report.steps.filter((step) => step.status === 'failure');
  if (failed.length > 0)
    throw new Error(
      failed.map((step) => `${describeStep(step)}\n  stderr: ${step.result?.stderr ?? ''}`).join('\n'),
    );
  for (const id of ids) expect([id, report.step(id).status]).toEqual([id, 'success']);
}

/** Our actions ran from the checkout at the workflow's own commit, not from a tag. */
function expectPinned(report: JobReport): void {
  expect(report.step('suite').result?.outputs).toEqual({ repository: SUITE_REPOSITORY, sha: suiteCommit() });
  const ours = report.steps.filter((step) => step.action && step.status !== 'skipped');
  expect(ours.length).toBeGreaterThan(0);
  for (const step of ours) expect(step.uses).toBe(`./.aws-deploy-actions/actions/${step.action ?? ''}`);
}

describe('deploy-ecs.yml and rollback.yml', () => {
  const region = 'us-east-1';
  const cluster = `reusable-${randomBytes(3).toString('hex')}`;
  const service = 'web';

  it('deploys with every input reachable, smoke-tests with a secret header, then a manual rollback in the same concurrency group restores the previous task definition', async () => {
    const ecs = new ECSClient(motoConfig(moto, region));
    cleanups.push(() => ecs.destroy());
    await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
    const first = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: cluster,
        containerDefinitions: [
          { name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true, memory: 256 },
        ],
      }),
    );
    await ecs.send(
      new CreateServiceCommand({
        cluster,
        serviceName: service,
        taskDefinition: first.taskDefinition?.taskDefinitionArn,
        desiredCount: 0,
        launchType: 'FARGATE',
      }),
    );
    const apiKey = `key-${randomBytes(8).toString('hex')}`;
    const seen: string[] = [];
    const app = await listen((req, res) => {
      seen.push(`${req.url ?? ''} ${String(req.headers['x-api-key'] === apiKey)}`);
      res.writeHead(req.headers['x-api-key'] === apiKey ? 200 : 401).end('{"status":"ok"}');
    });

    const deploy = await call(
      'deploy-ecs.yml',
      'deploy',
      {
        environment: 'staging',
        cluster,
        service,
        image: `public.ecr.aws/nginx/nginx@${digestOf(7)}`,
        'environment-variables': 'RELEASE=7',
        'keep-revisions': '5',
        'smoke-urls': `${app}/health`,
        'smoke-timeout': '30s',
        'smoke-fail-fast-status': '5xx',
        'aws-region': region,
      },
      { secrets: { 'smoke-headers': `X-Api-Key=${apiKey}` } },
    );
    expectSucceeded(deploy, ['suite', 'deploy', 'smoke']);
    expectPinned(deploy);
    expect(deploy.concurrency).toBe('deploy-staging');
    expect(deploy.subject).toBe(`repo:${REPOSITORY}:environment:staging`);
    expect(deploy.step('deploy').inputs).toMatchObject({ environment: 'RELEASE=7', 'keep-revisions': '5' });
    expect(deploy.step('rollback').status).toBe('skipped');
    expect(seen).toContain('/health true');
    const deployed = deploy.outputs['task-definition-arn'] ?? '';
    expect(deployed).not.toBe(first.taskDefinition?.taskDefinitionArn);
    expect(deploy.outputs['rolled-back']).toBe('false');
    for (const step of deploy.steps)
      if (step.result) assertNoSecretLeak({ ...step.result, workspace: '' }, [apiKey]);

    // By hand: Actions → rollback → Run workflow, naming the service as cluster/service.
    const rollback = await call(
      'rollback.yml',
      'rollback',
      {
        environment: 'staging',
        target: 'ecs',
        resource: `${cluster}/${service}`,
        reason: 'manual',
        'aws-region': region,
      },
      { event: 'workflow_dispatch' },
    );
    expectSucceeded(rollback, ['resource', 'suite', 'rollback']);
    expectPinned(rollback);
    expect(rollback.concurrency).toBe(deploy.concurrency);
    expect(rollback.outputs['rolled-back']).toBe('true');
    const live = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] })))
      .services?.[0];
    expect(live?.taskDefinition).toBe(first.taskDefinition?.taskDefinitionArn);
  });
});

describe('deploy-eks.yml', () => {
  let kube: KubeDouble;

  beforeAll(async () => {
    kube = await startKubeDouble({ tickIntervalMs: 100 });
    cleanups.push(() => kube.close());
  });

  it('rolls out through a private API endpoint with its CA, smoke-tests, and rolls back when the smoke test fails', async () => {
    const region = 'us-east-1';
    const clusterName = `reusable-${randomBytes(3).toString('hex')}`;
    await ensureEksCluster(moto, clusterName, region);
    kube.cluster.createDeployment({
      namespace: 'apps',
      name: 'api',
      replicas: 2,
      containers: [{ name: 'api', image: 'registry.example/api:1' }],
    });
    kube.cluster.settle();
    let healthy = true;
    const app = await listen((_req, res) => res.writeHead(healthy ? 200 : 503).end());
    const inputs = (image: string) => ({
      environment: 'production',
      'cluster-name': clusterName,
      namespace: 'apps',
      deployments: 'api',
      image,
      'api-server': kube.url,
      'certificate-authority-data': kube.certificates.caData,
      'wait-timeout': '1m',
      'smoke-urls': `${app}/health`,
      'smoke-timeout': '5s',
      'aws-region': region,
    });

    const good = await call('deploy-eks.yml', 'deploy', inputs('registry.example/api:2'));
    expectSucceeded(good, ['suite', 'kubeconfig', 'rollout', 'smoke']);
    expectPinned(good);
    expect(good.concurrency).toBe('deploy-production');
    expect(
      kube.cluster.get<Deployment>('deployments', 'apps', 'api')?.spec.template.spec.containers[0]?.image,
    ).toBe('registry.example/api:2');

    healthy = false;
    const bad = await call('deploy-eks.yml', 'deploy', inputs('registry.example/api:3'));
    expect(bad.step('smoke').status).toBe('failure');
    // the rollback restores, then fails its step (fail-on-rollback): the run shows the release did not stand
    expect(bad.step('rollback').status).toBe('failure');
    expect(bad.outputs['rolled-back']).toBe('true');
    expect(
      kube.cluster.get<Deployment>('deployments', 'apps', 'api')?.spec.template.spec.containers[0]?.image,
    ).toBe('registry.example/api:2');
  });
});

describe('deploy-lambda.yml', () => {
  it('updates the stack with secret parameters, smoke-tests the URL built from its outputs', async () => {
    const region = 'us-east-1';
    const stack = `reusable-${randomBytes(3).toString('hex')}`;
    const dir = workspace();
    const requests: string[] = [];
    const api = await listen((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const template = readFileSync(join(REPO_ROOT, '__tests__/fixtures/lambda/template.yaml'), 'utf8').replace(
      /Value: !Sub 'https:\/\/\$\{LambdaFunction\}\.execute-api\.example\.test'/,
      `Value: '${api}'`,
    );
    writeFileSync(join(dir, 'template.yaml'), template);
    const ecr = new ECRClient(motoConfig(moto, region));
    cleanups.push(() => ecr.destroy());
    await ecr.send(new CreateRepositoryCommand({ repositoryName: stack }));
    await putImage(ecr, stack, 'v1', 11);
    await putImage(ecr, stack, 'v2', 12);
    const image = (seed: number) => `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/${stack}@${digestOf(seed)}`;
    const cloudformation = new CloudFormationClient(motoConfig(moto, region));
    cleanups.push(() => cloudformation.destroy());
    await cloudformation.send(
      new CreateStackCommand({
        StackName: stack,
        TemplateBody: template,
        Capabilities: ['CAPABILITY_IAM'],
        Parameters: [
          { ParameterKey: 'ImageUri', ParameterValue: image(11) },
          { ParameterKey: 'MongoHost', ParameterValue: 'cluster0.mongodb.net' },
          { ParameterKey: 'MongoPassword', ParameterValue: 'initial' },
        ],
      }),
    );
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const deploy = await call(
      'deploy-lambda.yml',
      'deploy',
      {
        environment: 'staging',
        image: image(12),
        'stack-name': stack,
        template: 'template.yaml',
        'smoke-urls': '{ApiEndpoint}/api/v1/',
        'aws-region': region,
      },
      { secrets: { 'parameter-overrides': `MongoPassword=${password}` }, workspace: dir },
    );
    expectSucceeded(deploy, ['suite', 'deploy', 'smoke-url', 'smoke']);
    expectPinned(deploy);
    expect(deploy.concurrency).toBe('deploy-staging');
    expect(deploy.step('smoke').inputs['url']).toBe(`${api}/api/v1/`);
    expect(requests).toContain('/api/v1/');
    const live = (await cloudformation.send(new DescribeStacksCommand({ StackName: stack }))).Stacks?.[0];
    const values = Object.fromEntries(
      (live?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
    );
    expect(values['ImageUri']).toBe(image(12));
    for (const step of deploy.steps)
      if (step.result) assertNoSecretLeak({ ...step.result, workspace: '' }, [password]);
  });
});

describe('bootstrap-state.yml (reusable)', () => {
  it('creates the bucket, writes the backend file into the tofu directory, and tofu init/plan read it', async () => {
    const dir = workspace();
    const tofuState = workspace();
    mkdirSync(join(dir, 'terraform/shared'), { recursive: true });
    writeFileSync(join(dir, 'terraform/shared/main.tf'), 'resource "aws_vpc" "shared" {\n}\n');
    const bucket = `reusable-state-${randomBytes(4).toString('hex')}`;
    const report = await call(
      'bootstrap-state.yml',
      'bootstrap',
      { environment: 'staging', bucket, 'tofu-directory': 'terraform/shared', 'aws-region': 'us-east-1' },
      { workspace: dir, processEnv: { TOFU_STAND_IN_STATE: tofuState } },
    );
    expectSucceeded(report, ['suite', 'state']);
    expectPinned(report);
    expect(readFileSync(join(dir, 'terraform/shared/backend-staging.hcl'), 'utf8')).toContain(`"${bucket}"`);
    expect(report.steps.at(-1)?.result?.stdout).toContain('Plan: 1 to add');
    // The bucket is there (the tofu stand-in's init checked it on the emulator too).
    const s3 = new S3Client({ ...motoConfig(moto, 'us-east-1'), forcePathStyle: true });
    cleanups.push(() => s3.destroy());
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
  });
});
