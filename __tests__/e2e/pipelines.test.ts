// The local pipeline test: the example workflows' own steps, read from the workflow files and run
// in order through the runner-exact harness against the emulators (moto, a real Docker engine and
// registry behind the ECR mirror, the Kubernetes double). Values a user keeps in repository
// variables and secrets are given by the test and point at the emulators.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import http from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  StopTaskCommand,
} from '@aws-sdk/client-ecs';
import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateClusterCommand as CreateEksClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startEcrMirror, type EcrMirror } from '../support/ecr-mirror.js';
import { assertNoSecretLeak, REPO_ROOT } from '../support/harness.js';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import {
  condition,
  describeStep,
  interpolate,
  matrixEntries,
  readWorkflow,
  runJob,
  stringify,
  type ExpressionContext,
  type JobReport,
} from '../support/workflow-runner.js';
import { decodeRecords } from '../../shared/record/validate.js';
import { digestOf, putImage } from '../fixtures/lambda/moto.js';
import type { Deployment } from '../../shared/kube/types.js';

jest.setTimeout(600_000);

const ACCOUNT = '123456789012';
let emulators: Emulators;
let moto = '';
const reports: JobReport[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const clientConfig = (region: string) => ({ region, endpoint: moto, credentials, maxAttempts: 3 });
const commit = (n: number) => `${String(n).repeat(7)}${'0123456789abcdef0123456789abcdef0'}`.slice(0, 40);

/** Everything the spawned actions need to reach the emulators (never a variable a step sees). */
function processEnv(): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: moto,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '3',
    DOCKER_HOST: emulators.env['DOCKER_HOST'] ?? '',
  };
}

function track(report: JobReport): JobReport {
  reports.push(report);
  return report;
}

/** Fails with what the failing steps said, rather than a bare status mismatch. */
function expectStatuses(report: JobReport, expected: Record<string, string>): void {
  const actual = Object.fromEntries(Object.keys(expected).map((id) => [id, report.step(id).status]));
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(
      `step statuses ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}\n` +
        report.steps
          .filter((step) => step.result)
          .map(describeStep)
          .join('\n'),
    );
}

function workspaceWithApp(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'pipeline-'));
  cpSync(join(REPO_ROOT, 'scripts/demo/app'), workspace, { recursive: true });
  cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
  return workspace;
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

beforeAll(async () => {
  emulators = await useEmulators(['moto', 'docker', 'registry']);
  moto = emulators.env['MOTO_URL'] ?? '';
  if (!moto || !emulators.env['REGISTRY'] || !emulators.env['DOCKER_HOST'])
    throw new Error('the test env lacks moto, the registry or Docker');
}, 180_000);

afterAll(async () => {
  for (const report of reports) report.cleanup();
  for (const cleanup of cleanups.reverse()) await cleanup();
  await emulators?.release();
}, 120_000);

describe('bootstrap-state.yml', () => {
  const workflow = 'workflows-examples/bootstrap-state.yml';

  it('bootstraps the state of the chosen environment and writes the backend config tofu init reads', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'pipeline-state-'));
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
    mkdirSync(join(workspace, 'terraform'));
    const suffix = randomBytes(4).toString('hex');
    const vars = {
      STATE_BUCKET: `agt-chronos-state-${suffix}`,
      STATE_LOCK_TABLE: `agt-chronos-locks-${suffix}`,
    };
    const run = () =>
      runJob(workflow, 'bootstrap', {
        context: {
          vars,
          inputs: { environment: 'stage', 'fix-drift': false },
          github: { event_name: 'workflow_dispatch' },
        },
        processEnv: processEnv(),
        workspace,
      }).then(track);

    const first = await run();
    expectStatuses(first, { state: 'success' });
    expect(first.step('state').inputs).toMatchObject({
      bucket: vars.STATE_BUCKET,
      'lock-table': vars.STATE_LOCK_TABLE,
      'backend-config-file': 'terraform/backend-stage.hcl',
      tags: 'ManagedBy=OpenTofu\nEnvironment=stage\n',
      'state-key': 'terraform.tfstate',
    });
    // The tofu steps are not ours: reported, not run.
    expect(first.steps.filter((step) => step.status === 'not-ours').map((step) => step.name)).toEqual([
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      'Configure AWS credentials (OIDC)',
      'Install OpenTofu',
      'tofu init',
      'tofu plan',
    ]);
    expect(first.environmentUrl).toBe(`https://s3.console.aws.amazon.com/s3/buckets/${vars.STATE_BUCKET}`);

    const region = 'us-east-1';
    const versioning = await new S3Client({ ...clientConfig(region), forcePathStyle: true }).send(
      new GetBucketVersioningCommand({ Bucket: vars.STATE_BUCKET }),
    );
    expect(versioning.Status).toBe('Enabled');
    const table = await new DynamoDBClient(clientConfig(region)).send(
      new DescribeTableCommand({ TableName: vars.STATE_LOCK_TABLE }),
    );
    expect(table.Table?.KeySchema).toEqual([{ AttributeName: 'LockID', KeyType: 'HASH' }]);
    const backend = readFileSync(join(workspace, 'terraform/backend-stage.hcl'), 'utf8');
    expect(backend).toMatch(new RegExp(`^bucket\\s*=\\s*"${vars.STATE_BUCKET}"$`, 'm'));
    expect(backend).toMatch(new RegExp(`^dynamodb_table\\s*=\\s*"${vars.STATE_LOCK_TABLE}"$`, 'm'));
    expect(backend).toMatch(/use_lockfile\s*=\s*true/);

    // A second run (the drift report) creates nothing.
    const again = await run();
    expectStatuses(again, { state: 'success' });
    expect(JSON.parse(again.step('state').result?.outputs['created'] ?? 'null')).toEqual([]);
  });
});

describe('lambda-cloudformation.yml', () => {
  const workflow = 'workflows-examples/lambda-cloudformation.yml';
  const region = 'eu-west-2';
  const secrets = {
    MONGO_USERNAME: 'kairos-app',
    MONGO_PASSWORD: `mongo-${randomBytes(6).toString('hex')}`,
    MONGO_HOST: 'cluster0.mongodb.net',
    MONGO_DB_NAME: 'kairos',
    MAIL_USERNAME: 'resend',
    RESEND_API_KEY: `re_${randomBytes(8).toString('hex')}`,
    SECRET_KEY: randomBytes(16).toString('hex'),
    KAIROS_API_CLIENT_TS_PAT: `ghp_${randomBytes(10).toString('hex')}`,
  };
  let mirror: EcrMirror;
  let api = '';
  const apiRequests: string[] = [];

  beforeAll(async () => {
    mirror = await startEcrMirror({ registry: emulators.env['REGISTRY'] ?? '', motoUrl: moto, region });
    cleanups.push(() => mirror.close());
    api = await listen(
      http.createServer((req, res) => {
        apiRequests.push(req.url ?? '');
        res.writeHead(req.url === '/api/v1/' ? 200 : 404, { 'content-type': 'application/json' });
        res.end('{"message":"Kairos API"}');
      }),
    );
  });

  it('builds latest + SHA, deploys the stack with the secrets as parameters, smoke-tests the endpoint output', async () => {
    const workspace = workspaceWithApp();
    // The Lambda example's template, reduced to what moto can create; the endpoint output is the local stand-in.
    writeFileSync(
      join(workspace, 'template.yaml'),
      readFileSync(join(REPO_ROOT, '__tests__/fixtures/lambda/template.yaml'), 'utf8')
        .replace(
          /Parameters:\n/,
          'Parameters:\n' +
            ['MongoUsername', 'MongoDbName', 'MailUsername', 'ResendApiKey', 'SecretKey']
              .map((name) => `  ${name}:\n    Type: String\n    NoEcho: true\n`)
              .join(''),
        )
        .replace(
          /Value: !Sub 'https:\/\/\$\{LambdaFunction\}\.execute-api\.example\.test'/,
          `Value: '${api}'`,
        ),
    );
    // The stack as the Lambda example's first manual `aws cloudformation deploy` left it (moto 5.2.1 gives
    // a stack created through a change set no outputs; an updated one keeps them).
    const cloudformation = new CloudFormationClient(clientConfig(region));
    cleanups.push(() => cloudformation.destroy());
    await cloudformation.send(new DeleteStackCommand({ StackName: 'kairos-backend' }));
    const ecr = new ECRClient(clientConfig(region));
    cleanups.push(() => ecr.destroy());
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'kairos' })).catch((error: unknown) => {
      if ((error as { name?: string }).name !== 'RepositoryAlreadyExistsException') throw error;
    });
    const firstImage = digestOf(1);
    await putImage(ecr, 'kairos', 'manual', 1).catch((error: unknown) => {
      if ((error as { name?: string }).name !== 'ImageAlreadyExistsException') throw error;
    });
    await cloudformation.send(
      new CreateStackCommand({
        StackName: 'kairos-backend',
        TemplateBody: readFileSync(join(workspace, 'template.yaml'), 'utf8'),
        Capabilities: ['CAPABILITY_IAM'],
        Parameters: [
          ['ImageUri', `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/kairos@${firstImage}`],
          ['MongoUsername', 'old-user'],
          ['MongoPassword', 'old-password'],
          ['MongoHost', 'old.mongodb.net'],
          ['MongoDbName', 'kairos'],
          ['MailUsername', 'resend'],
          ['ResendApiKey', 're_old'],
          ['SecretKey', 'old-secret'],
        ].map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue })),
      }),
    );
    writeFileSync(join(workspace, 'pyproject.toml'), '[tool.poetry]\nname = "kairos"\nversion = "1.4.0"\n');
    const sha = commit(4);
    const context = {
      vars: {
        AWS_ACCOUNT_ID: ACCOUNT,
        ECR_REGISTRY: mirror.address,
        CLIENT_REPOSITORY: 'kairos-org/kairos-api-client-ts',
      },
      secrets,
      github: { sha },
    };
    const deploy = track(
      await runJob(workflow, 'deploy-backend', { context, processEnv: processEnv(), workspace }),
    );
    expectStatuses(deploy, { image: 'success', deploy: 'success', smoke: 'success' });
    expect(deploy.steps.at(-1)?.status).toBe('skipped'); // the rollback: nothing failed

    const image = deploy.step('image').result?.outputs ?? {};
    expect(JSON.parse(image['tags'] ?? '[]')).toEqual([
      `${mirror.address}/kairos:latest`,
      `${mirror.address}/kairos:${sha}`,
    ]);
    const pinned = `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/kairos@${image['image-digest'] ?? ''}`;
    expect(deploy.step('deploy').inputs['image']).toBe(pinned);
    const stack = (
      await new CloudFormationClient(clientConfig(region)).send(
        new DescribeStacksCommand({ StackName: 'kairos-backend' }),
      )
    ).Stacks?.[0];
    const parameters = Object.fromEntries(
      (stack?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
    );
    expect(parameters['ImageUri']).toBe(pinned);
    expect(parameters['MongoHost']).toBe(secrets.MONGO_HOST);
    const functionName =
      stack?.Outputs?.find((output) => output.OutputKey === 'FunctionName')?.OutputValue ?? '';
    const live = await new LambdaClient(clientConfig(region)).send(
      new GetFunctionCommand({ FunctionName: functionName }),
    );
    expect(live.Code?.ImageUri).toBe(pinned);
    expect(deploy.step('smoke').inputs['url']).toBe(`${api}/api/v1/`);
    expect(apiRequests).toContain('/api/v1/');
    expect(deploy.outputs['api-endpoint']).toBe(api);
    expect(deploy.environmentUrl).toBe(api);
    for (const step of deploy.steps)
      if (step.result)
        assertNoSecretLeak(step.result, [secrets.MONGO_PASSWORD, secrets.RESEND_API_KEY, secrets.SECRET_KEY]);

    // The dispatch job runs nothing of ours; its payload carries the endpoint from `needs`.
    const dispatch = track(
      await runJob(workflow, 'dispatch', {
        context: { ...context, needs: { 'deploy-backend': { outputs: deploy.outputs, result: 'success' } } },
        processEnv: processEnv(),
        workspace,
      }),
    );
    const trigger = dispatch.steps.find((step) => step.uses?.startsWith('peter-evans/repository-dispatch@'));
    expect(trigger?.wouldRun).toBe(true);
    expect(trigger?.inputs['repository']).toBe('kairos-org/kairos-api-client-ts');
    expect(JSON.parse(trigger?.inputs['client-payload'] ?? '{}')).toMatchObject({ 'api-endpoint': api, sha });
  });
});

describe('ecs-fargate.yml', () => {
  const workflow = 'workflows-examples/ecs-fargate.yml';
  const region = 'us-east-1';
  const cluster = 'pm-doc-intel-cluster-production';
  const service = 'pm-doc-intel-backend-service-production';
  const broken = new Set<string>();
  let ecs: ECSClient;
  let mirror: EcrMirror;
  let app = '';
  let stopMigrations = false;
  let migrations: Promise<number>;

  /** The revision label (the commit) of the image the service runs now, read from the registry. */
  async function runningCommit(): Promise<string> {
    const described = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    const { taskDefinition } = await ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: described.services?.[0]?.taskDefinition }),
    );
    const image = taskDefinition?.containerDefinitions?.find((c) => c.name === 'backend')?.image ?? '';
    const match = /^[^/]+\/(.+)@(sha256:[a-f0-9]{64})$/.exec(image);
    if (!match) return '';
    const registry = `http://${emulators.env['REGISTRY'] ?? ''}/v2/${match[1] ?? ''}`;
    const manifest = (await (
      await fetch(`${registry}/manifests/${match[2] ?? ''}`, {
        headers: {
          accept:
            'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
        },
      })
    ).json()) as { config: { digest: string } };
    const config = (await (await fetch(`${registry}/blobs/${manifest.config.digest}`)).json()) as {
      config?: { Labels?: Record<string, string> };
    };
    return config.config?.Labels?.['org.opencontainers.image.revision'] ?? '';
  }

  beforeAll(async () => {
    ecs = new ECSClient(clientConfig(region));
    cleanups.push(() => ecs.destroy());
    mirror = await startEcrMirror({ registry: emulators.env['REGISTRY'] ?? '', motoUrl: moto, region });
    cleanups.push(() => mirror.close());
    // The service stand-in (moto runs no containers): answers as the release ECS runs would; the
    // broken release answers 404 everywhere (its routes are gone), which the workflow fails fast on.
    app = await listen(
      http.createServer((req, res) => {
        runningCommit().then(
          (sha) => {
            const healthy = !broken.has(sha);
            res
              .writeHead(healthy ? 200 : 404, { 'content-type': 'application/json' })
              .end(JSON.stringify({ sha, healthy }));
          },
          (error: unknown) => res.writeHead(502).end(String(error)),
        );
      }),
    );
    // What the ECS example's Terraform creates before the first release (desired count 0: moto's
    // deployments complete only when no task has to run).
    await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
    await ecs.send(new DeleteServiceCommand({ cluster, service, force: true })).catch(() => undefined);
    const registered = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'pm-doc-intel-backend',
        containerDefinitions: [
          {
            name: 'backend',
            image: 'public.ecr.aws/docker/library/busybox:1.36',
            essential: true,
            memory: 512,
          },
        ],
      }),
    );
    await ecs.send(
      new CreateServiceCommand({
        cluster,
        serviceName: service,
        taskDefinition: registered.taskDefinition?.taskDefinitionArn,
        desiredCount: 0,
        launchType: 'FARGATE',
      }),
    );
    // moto keeps tasks RUNNING until StopTask: play each migration task finishing.
    migrations = (async () => {
      let stopped = 0;
      while (!stopMigrations) {
        const arns =
          (await ecs.send(new ListTasksCommand({ cluster, startedBy: 'deploy-ecs/migration' }))).taskArns ??
          [];
        for (const task of arns) {
          await ecs.send(
            new StopTaskCommand({ cluster, task, reason: 'Essential container in task exited' }),
          );
          stopped += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return stopped;
    })();
    cleanups.push(async () => {
      stopMigrations = true;
      await migrations;
    });
  });

  const release = (sha: string) =>
    runJob(workflow, 'deploy', {
      context: {
        vars: {
          APP_URL: app,
          ECR_REGISTRY: mirror.address,
          AWS_DEPLOY_ROLE_ARN: `arn:aws:iam::${ACCOUNT}:role/deploy`,
        },
        secrets: { SLACK_WEBHOOK_URL: 'https://hooks.slack.example/T000/B000/XXXX' },
        github: { sha },
      },
      processEnv: processEnv(),
      workspace: workspaceWithApp(),
    }).then(track);

  it('releases: build → migrations → deploy → smoke test; no rollback; Slack told', async () => {
    const sha = commit(1);
    const report = await release(sha);
    expectStatuses(report, { image: 'success', deploy: 'success', smoke: 'success', rollback: 'skipped' });
    expect(report.step('deploy').inputs).toMatchObject({
      cluster,
      service,
      container: 'backend',
      image: report.step('image').result?.outputs['image-uri-digest'],
      'migration-command': 'alembic upgrade head',
    });
    expect(report.step('deploy').result?.summary).toMatch(/Migration task succeeded/);
    expect(report.step('smoke').inputs['url']?.trim().split('\n')).toEqual([
      `${app}/health/live`,
      `${app}/health/ready`,
      `${app}/api/v1/health`,
    ]);
    expect(await runningCommit()).toBe(sha);
    const slack = report.steps.at(-1);
    expect(slack?.uses).toMatch(/^slackapi\/slack-github-action@/);
    expect(slack?.wouldRun).toBe(true);
    expect(slack?.inputs['payload']).toContain(`✅ Released: ${service} at ${sha}`);
  });

  it('a broken release fails the smoke test and the rollback step restores the release before it', async () => {
    const good = await runningCommit();
    expect(good).toBe(commit(1));
    const sha = commit(2);
    broken.add(sha);
    const report = await release(sha);
    expectStatuses(report, { image: 'success', deploy: 'success', smoke: 'failure', rollback: 'success' });
    expect(report.status).toBe('failure');
    const record = decodeRecords(report.step('deploy').result?.outputs['deployment'] ?? '')[0];
    expect(report.step('rollback').inputs['reason']).toBe('smoke test failed');
    expect(report.step('rollback').result?.outputs['rolled-back']).toBe('true');
    const live = (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] })))
      .services?.[0];
    expect(record?.target).toBe('ecs');
    expect(live?.taskDefinition).toBe(
      record?.target === 'ecs' ? record.previous?.taskDefinitionArn : undefined,
    );
    expect(await runningCommit()).toBe(good);
    const slack = report.steps.at(-1);
    expect(slack?.wouldRun).toBe(true);
    expect(slack?.inputs['payload']).toMatch(
      /❌ Release failed.*rolled back to the previous task definition/,
    );
  });
});

describe('eks-cd-docker.yml', () => {
  const workflow = 'workflows-examples/eks-cd-docker.yml';
  const region = 'us-east-1';
  let mirror: EcrMirror;
  let kube: KubeDouble;
  let app = '';

  beforeAll(async () => {
    mirror = await startEcrMirror({ registry: emulators.env['REGISTRY'] ?? '', motoUrl: moto, region });
    cleanups.push(() => mirror.close());
    await new EKSClient(clientConfig(region))
      .send(
        new CreateEksClusterCommand({
          name: 'ode-production-cluster',
          roleArn: `arn:aws:iam::${ACCOUNT}:role/eks`,
          resourcesVpcConfig: { subnetIds: ['subnet-1'] },
        }),
      )
      .catch((error: unknown) => {
        if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
      });
    kube = await startKubeDouble({ tickIntervalMs: 100 });
    cleanups.push(() => kube.close());
    for (const name of ['ode-api', 'ode-worker', 'ode-viewer'])
      kube.cluster.createDeployment({
        namespace: 'ode',
        name,
        replicas: 2,
        containers: [{ name, image: `${mirror.address}/${name}:previous` }],
      });
    kube.cluster.settle();
    app = await listen(http.createServer((_req, res) => res.writeHead(200).end('{"status":"ok"}')));
  });

  it('builds every service of the matrix with the scan gate, rolls all three Deployments, smoke-tests; a failing release is rolled back', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'pipeline-eks-'));
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
    for (const service of ['api', 'worker', 'viewer'])
      cpSync(join(REPO_ROOT, 'scripts/demo/app'), join(workspace, 'services', service), { recursive: true });
    const sha = commit(3);
    const vars = {
      ECR_REGISTRY: mirror.address,
      APP_URL: app,
      EKS_API_SERVER: kube.url,
      EKS_CA_DATA: kube.certificates.caData,
    };
    const github = { sha, ref: 'refs/tags/v1.2.0', ref_name: 'v1.2.0', ref_type: 'tag' };

    const entries = matrixEntries(readWorkflow(workflow).jobs['build'] ?? {});
    expect(entries).toEqual([{ service: 'api' }, { service: 'worker' }, { service: 'viewer' }]);
    for (const matrix of entries) {
      const build = track(
        await runJob(workflow, 'build', {
          context: { vars, github, matrix },
          processEnv: processEnv(),
          workspace,
        }),
      );
      expectStatuses(build, { image: 'success' });
      expect(build.step('image').inputs['fail-on-severity']).toBe('CRITICAL');
      expect(JSON.parse(build.step('image').result?.outputs['tags'] ?? '[]')).toEqual([
        `${mirror.address}/ode-${stringify(matrix['service'])}:${sha}`,
        `${mirror.address}/ode-${stringify(matrix['service'])}:v1.2.0`,
      ]);
    }

    const deploy = track(
      await runJob(workflow, 'deploy', {
        context: { vars, github, needs: { build: { outputs: {}, result: 'success' } } },
        processEnv: processEnv(),
      }),
    );
    expectStatuses(deploy, { rollout: 'success', smoke: 'success' });
    expect(deploy.steps.at(-1)?.status).toBe('skipped');
    for (const name of ['ode-api', 'ode-worker', 'ode-viewer']) {
      const live = kube.cluster.get<Deployment>('deployments', 'ode', name);
      expect(live?.spec.template.spec.containers[0]?.image).toBe(`${mirror.address}/${name}:${sha}`);
    }
    const records = decodeRecords(deploy.step('rollout').result?.outputs['deployment'] ?? '');
    expect(records.map((record) => record.target)).toEqual(['eks', 'eks', 'eks']);

    // the next release rolls out fine but fails its smoke test: every Deployment goes back
    const good = Object.fromEntries(
      ['ode-api', 'ode-worker', 'ode-viewer'].map((name) => [
        name,
        structuredClone(kube.cluster.get<Deployment>('deployments', 'ode', name)?.spec.template),
      ]),
    );
    const broken = await listen(http.createServer((_req, res) => res.writeHead(404).end('no route')));
    const next = commit(4);
    const badRelease = track(
      await runJob(workflow, 'deploy', {
        context: {
          vars: { ...vars, APP_URL: broken },
          github: { ...github, sha: next },
          needs: { build: { outputs: {}, result: 'success' } },
        },
        processEnv: processEnv(),
      }),
    );
    expect(badRelease.step('rollout').status).toBe('success');
    expect(badRelease.step('smoke').status).toBe('failure');
    expect(badRelease.steps.at(-1)?.status).toBe('success');
    expect(badRelease.steps.at(-1)?.result?.outputs['rolled-back']).toBe('true');
    for (const name of ['ode-api', 'ode-worker', 'ode-viewer']) {
      const live = kube.cluster.get<Deployment>('deployments', 'ode', name);
      expect(live?.spec.template.spec.containers).toEqual(good[name]?.spec.containers);
    }
  });
});

describe('the local runner reads expressions as GitHub does', () => {
  const context = (failed: boolean): ExpressionContext => ({
    failed,
    contexts: {
      steps: {
        deploy: { outputs: { deployment: '{"a":1}', 'image-uri': 'repo@sha256:1' }, outcome: 'success' },
      },
      vars: { APP_URL: 'https://api.example.com' },
      env: { STAGE: 'prod' },
    },
  });

  it('interpolates outputs, vars and env; missing values become empty', () => {
    expect(interpolate('${{ vars.APP_URL }}/health', context(false))).toBe('https://api.example.com/health');
    expect(interpolate('${{ steps.deploy.outputs.image-uri }}', context(false))).toBe('repo@sha256:1');
    expect(interpolate('[${{ steps.nope.outputs.x }}]', context(false))).toBe('[]');
    expect(interpolate("${{ env.STAGE == 'PROD' && 'live' || 'test' }}", context(false))).toBe('live');
  });

  it('holds `if:` to success() unless it names a status function', () => {
    expect(condition(undefined, context(true))).toBe(false);
    expect(condition("steps.deploy.outputs.deployment != ''", context(true))).toBe(false);
    expect(condition("failure() && steps.deploy.outputs.deployment != ''", context(true))).toBe(true);
    expect(condition("failure() && steps.other.outputs.deployment != ''", context(true))).toBe(false);
    expect(condition('${{ always() }}', context(true))).toBe(true);
    expect(condition('failure()', context(false))).toBe(false);
  });
});
