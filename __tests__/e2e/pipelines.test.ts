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
  DescribeTasksCommand,
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
  runWorkflow,
  stringify,
  type ExpressionContext,
  type JobReport,
  type WorkflowRun,
} from '../support/workflow-runner.js';
import {
  INSTALL_TOFU_STAND_IN,
  REPOSITORY,
  ROLE_VARS,
  emulatorEnv,
  trustPolicies,
} from '../support/pipeline-fixtures.js';
import { decodeRecords } from '../../shared/record/validate.js';
import { digestOf, putImage } from '../fixtures/lambda/moto.js';
import type { Deployment } from '../../shared/kube/types.js';
import { ensureEksCluster } from '../support/eks-cluster.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(600_000);

const ACCOUNT = '123456789012';
let emulators: Emulators;
let moto = '';
const reports: JobReport[] = [];
const runs: WorkflowRun[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

const commit = (n: number) => `${String(n).repeat(7)}${'0123456789abcdef0123456789abcdef0'}`.slice(0, 40);

/** Everything the spawned actions need to reach the emulators (never a variable a step sees). */
const processEnv = () => emulatorEnv(emulators);

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
  for (const run of runs) run.cleanup();
  for (const cleanup of cleanups.reverse()) await cleanup();
  await emulators?.release();
}, 120_000);

describe('bootstrap-state.yml', () => {
  const workflow = 'workflows-examples/bootstrap-state.yml';

  it('bootstraps the state of the chosen environment, writes the backend config, and tofu init/plan read it', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'pipeline-state-'));
    const tofuState = mkdtempSync(join(tmpdir(), 'tofu-state-'));
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
    cleanups.push(() => rmSync(tofuState, { recursive: true, force: true }));
    mkdirSync(join(workspace, 'terraform'));
    writeFileSync(
      join(workspace, 'terraform/main.tf'),
      'variable "deptype" {\n  type = string\n}\nresource "aws_vpc" "main" {\n}\n',
    );
    const suffix = randomBytes(4).toString('hex');
    const vars = {
      ...ROLE_VARS,
      STATE_BUCKET: `agt-chronos-state-${suffix}`,
      STATE_LOCK_TABLE: `agt-chronos-locks-${suffix}`,
    };
    const run = () =>
      runJob(workflow, 'bootstrap', {
        context: {
          vars,
          inputs: { environment: 'stage', 'fix-drift': false },
          github: { event_name: 'workflow_dispatch', repository: REPOSITORY },
        },
        processEnv: { ...processEnv(), TOFU_STAND_IN_STATE: tofuState },
        workspace,
        trust: trustPolicies(['stage']),
        replaceRun: INSTALL_TOFU_STAND_IN,
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
    // Every other step ran too: checkout and credentials as stand-ins, tofu as the stand-in.
    expect(first.steps.map((step) => [step.name, step.status])).toEqual([
      ['actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', 'success'],
      ['Configure AWS credentials (OIDC)', 'success'],
      ['Create or check the state bucket and lock table', 'success'],
      ['Install OpenTofu', 'success'],
      ['tofu init', 'success'],
      ['tofu plan', 'success'],
    ]);
    expect(first.subject).toBe(`repo:${REPOSITORY}:environment:stage`);
    expect(first.steps.at(-1)?.result?.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(first.environmentUrl).toBe(`https://s3.console.aws.amazon.com/s3/buckets/${vars.STATE_BUCKET}`);

    const region = 'us-east-1';
    const versioning = await new S3Client({ ...motoConfig(moto, region), forcePathStyle: true }).send(
      new GetBucketVersioningCommand({ Bucket: vars.STATE_BUCKET }),
    );
    expect(versioning.Status).toBe('Enabled');
    const table = await new DynamoDBClient(motoConfig(moto, region)).send(
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
  const environments = ['dev', 'staging', 'prod'];
  const secrets = {
    MONGO_USERNAME: 'kairos-app',
    MONGO_PASSWORD: `mongo-${randomBytes(6).toString('hex')}`,
    MONGO_HOST: 'cluster0.mongodb.net',
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
    // The backend's checks: the health endpoint, the database connection, the OpenAPI docs page.
    const routes: Record<string, [string, string]> = {
      '/api/v1/': ['application/json', '{"message":"Kairos API"}'],
      '/api/v1/mongodb': ['application/json', '{"status":"connected"}'],
      '/docs': ['text/html; charset=utf-8', '<html><title>Kairos - Swagger UI</title></html>'],
    };
    api = await listen(
      http.createServer((req, res) => {
        apiRequests.push(req.url ?? '');
        const [type, body] = routes[req.url ?? ''] ?? ['text/plain', 'not found'];
        res.writeHead(routes[req.url ?? ''] ? 200 : 404, { 'content-type': type }).end(body);
      }),
    );
  });

  it("builds latest + SHA with the build role, deploys dev → staging → prod with each one's secrets, smoke-tests the endpoint, dispatches", async () => {
    const workspace = workspaceWithApp();
    // The Kairos template, reduced to what moto can create; the endpoint output is the local stand-in.
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
    // Each stack as a first manual `aws cloudformation deploy` left it (moto 5.2.1 gives
    // a stack created through a change set no outputs; an updated one keeps them).
    const cloudformation = new CloudFormationClient(motoConfig(moto, region));
    cleanups.push(() => cloudformation.destroy());
    const ecr = new ECRClient(motoConfig(moto, region));
    cleanups.push(() => ecr.destroy());
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'kairos' })).catch((error: unknown) => {
      if ((error as { name?: string }).name !== 'RepositoryAlreadyExistsException') throw error;
    });
    const firstImage = digestOf(1);
    await putImage(ecr, 'kairos', 'manual', 1).catch((error: unknown) => {
      if ((error as { name?: string }).name !== 'ImageAlreadyExistsException') throw error;
    });
    for (const environment of environments) {
      await cloudformation.send(new DeleteStackCommand({ StackName: `kairos-backend-${environment}` }));
      await cloudformation.send(
        new CreateStackCommand({
          StackName: `kairos-backend-${environment}`,
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
    }
    writeFileSync(join(workspace, 'pyproject.toml'), '[tool.poetry]\nname = "kairos"\nversion = "1.4.0"\n');
    const sha = commit(4);
    const run = await runWorkflow(workflow, {
      context: {
        vars: {
          ...ROLE_VARS,
          AWS_ACCOUNT_ID: ACCOUNT,
          ECR_REGISTRY: mirror.address,
          CLIENT_REPOSITORY: 'kairos-org/kairos-api-client-ts',
        },
        secrets,
        github: { sha, repository: REPOSITORY },
      },
      // Environment secrets: each environment its own database.
      scoped: (_job, matrix) => ({
        secrets: { MONGO_DB_NAME: `kairos_${stringify(matrix['environment'])}` },
      }),
      processEnv: processEnv(),
      workspace,
      trust: trustPolicies(environments),
    });
    runs.push(run);
    expect(Object.fromEntries(Object.entries(run.jobs).map(([id, job]) => [id, job.result]))).toEqual({
      build: 'success',
      'deploy-backend': 'success',
      dispatch: 'success',
    });
    const build = run.job('build');
    expect(build.subject).toBe(`repo:${REPOSITORY}:ref:refs/heads/main`);
    const image = build.step('image').result?.outputs ?? {};
    expect(JSON.parse(image['tags'] ?? '[]')).toEqual([
      `${mirror.address}/kairos:${sha}`,
      `${mirror.address}/kairos:latest`,
    ]);
    const pinned = `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/kairos@${image['image-digest'] ?? ''}`;

    const legs = run.jobs['deploy-backend']?.reports ?? [];
    expect(legs.map((leg) => [leg.environment, leg.subject, leg.concurrency])).toEqual(
      environments.map((environment) => [
        environment,
        `repo:${REPOSITORY}:environment:${environment}`,
        `deploy-${environment}`,
      ]),
    );
    for (const [index, environment] of environments.entries()) {
      const leg = legs[index];
      if (!leg) throw new Error(`no ${environment} leg`);
      expectStatuses(leg, { deploy: 'success', smoke: 'success' });
      expect(leg.steps.at(-1)?.status).toBe('skipped'); // the rollback: nothing failed
      expect(leg.step('deploy').inputs['image']).toBe(pinned);
      const stack = (
        await cloudformation.send(new DescribeStacksCommand({ StackName: `kairos-backend-${environment}` }))
      ).Stacks?.[0];
      const parameters = Object.fromEntries(
        (stack?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
      );
      expect([environment, parameters['ImageUri'], parameters['MongoDbName']]).toEqual([
        environment,
        pinned,
        `kairos_${environment}`,
      ]);
      const functionName =
        stack?.Outputs?.find((output) => output.OutputKey === 'FunctionName')?.OutputValue ?? '';
      const live = await new LambdaClient(motoConfig(moto, region)).send(
        new GetFunctionCommand({ FunctionName: functionName }),
      );
      expect(live.Code?.ImageUri).toBe(pinned);
      expect(leg.environmentUrl).toBe(api);
      for (const step of leg.steps)
        if (step.result)
          assertNoSecretLeak(step.result, [
            secrets.MONGO_PASSWORD,
            secrets.RESEND_API_KEY,
            secrets.SECRET_KEY,
          ]);
    }
    expect(apiRequests).toEqual(expect.arrayContaining(['/api/v1/', '/api/v1/mongodb', '/docs']));

    // The dispatch job's payload carries prod's endpoint and the version of pyproject.toml.
    const dispatch = run.job('dispatch');
    expect(dispatch.step('version').result?.outputs['version']).toBe('1.4.0');
    const trigger = dispatch.steps.find((step) => step.uses?.startsWith('peter-evans/repository-dispatch@'));
    expect(trigger?.status).toBe('not-ours');
    expect(trigger?.inputs['repository']).toBe('kairos-org/kairos-api-client-ts');
    expect(JSON.parse(trigger?.inputs['client-payload'] ?? '{}')).toMatchObject({
      version: '1.4.0',
      'api-endpoint': api,
      sha,
    });
  });
});

describe('ecs-fargate.yml', () => {
  const workflow = 'workflows-examples/ecs-fargate.yml';
  const region = 'us-east-1';
  const environments = ['development', 'staging', 'production'];
  const cluster = (environment: string) => `pm-doc-intel-cluster-${environment}`;
  const service = (environment: string) => `pm-doc-intel-backend-service-${environment}`;
  const smokePassword = `Smoke-${randomBytes(8).toString('hex')}!`;
  const broken = new Set<string>();
  const apps: Record<string, string> = {};
  const users: Record<string, Map<string, string>> = {};
  let ecs: ECSClient;
  let mirror: EcrMirror;
  let stopMigrations = false;
  let migrations: Promise<number>;
  /** The rollback's one-off tasks (`alembic downgrade -1`), as ECS described them before they stopped. */
  const downgrades: Array<{ environment: string; taskDefinitionArn: string; command: string[] }> = [];
  /** Task ARNs already counted: a task stays listed until moto has stopped it. */
  const seenDowngrades = new Set<string>();

  /** The revision label (the commit) of the image a service runs now, read from the registry. */
  async function runningCommit(environment: string): Promise<string> {
    const described = await ecs.send(
      new DescribeServicesCommand({ cluster: cluster(environment), services: [service(environment)] }),
    );
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

  /**
   * The service of one environment (moto runs no containers): answers as the release ECS runs
   * would — health routes, and the API's register → login flow (register once, 409 after; login
   * with the registered password hands back a token). The broken release answers 404 everywhere.
   */
  async function startApp(environment: string): Promise<string> {
    const known = (users[environment] = new Map());
    return listen(
      http.createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          runningCommit(environment).then(
            (sha) => {
              const json = (status: number, value: unknown) =>
                res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
              if (broken.has(sha)) return json(404, { detail: 'Not Found' });
              if (req.method === 'POST' && req.url === '/api/v1/auth/register') {
                const user = JSON.parse(body) as { username: string; email: string; password: string };
                if (!user.username || !user.email.includes('@') || !user.password)
                  return json(422, { detail: 'invalid' });
                if (known.has(user.username)) return json(409, { detail: 'Username already registered' });
                known.set(user.username, user.password);
                return json(201, { username: user.username });
              }
              if (req.method === 'POST' && req.url === '/api/v1/auth/login') {
                const user = JSON.parse(body) as { username: string; password: string };
                if (known.get(user.username) !== user.password)
                  return json(401, { detail: 'Bad credentials' });
                return json(200, { access_token: randomBytes(12).toString('hex'), token_type: 'bearer' });
              }
              return json(200, { sha, status: req.url === '/health/ready' ? 'ready' : 'ok' });
            },
            (error: unknown) => res.writeHead(502).end(String(error)),
          );
        });
      }),
    );
  }

  beforeAll(async () => {
    ecs = new ECSClient(motoConfig(moto, region));
    cleanups.push(() => ecs.destroy());
    mirror = await startEcrMirror({ registry: emulators.env['REGISTRY'] ?? '', motoUrl: moto, region });
    cleanups.push(() => mirror.close());
    // What the infrastructure (ecs-infra.yml) creates before the first release, per environment
    // (desired count 0: moto's deployments complete only when no task has to run).
    for (const environment of environments) {
      apps[environment] = await startApp(environment);
      await ecs.send(new CreateClusterCommand({ clusterName: cluster(environment) }));
      await ecs
        .send(
          new DeleteServiceCommand({
            cluster: cluster(environment),
            service: service(environment),
            force: true,
          }),
        )
        .catch(() => undefined);
      const registered = await ecs.send(
        new RegisterTaskDefinitionCommand({
          family: `pm-doc-intel-backend-${environment}`,
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
          cluster: cluster(environment),
          serviceName: service(environment),
          taskDefinition: registered.taskDefinition?.taskDefinitionArn,
          desiredCount: 0,
          launchType: 'FARGATE',
        }),
      );
    }
    // downgrade tasks an earlier run left in the same emulator are not this file's
    for (const environment of environments)
      for (const arn of (
        await ecs.send(
          new ListTasksCommand({
            cluster: cluster(environment),
            startedBy: 'auto-rollback/rollback-command',
          }),
        )
      ).taskArns ?? [])
        seenDowngrades.add(arn);
    // moto reports a task STOPPED only at the fourth DescribeTasks, or after StopTask: play each
    // migration (and downgrade) task finishing at once.
    migrations = (async () => {
      let stopped = 0;
      while (!stopMigrations) {
        for (const environment of environments) {
          const arns =
            (
              await ecs.send(
                new ListTasksCommand({ cluster: cluster(environment), startedBy: 'deploy-ecs/migration' }),
              )
            ).taskArns ?? [];
          const rollbackArns =
            (
              await ecs.send(
                new ListTasksCommand({
                  cluster: cluster(environment),
                  startedBy: 'auto-rollback/rollback-command',
                }),
              )
            ).taskArns ?? [];
          if (rollbackArns.length) {
            const described = await ecs.send(
              new DescribeTasksCommand({ cluster: cluster(environment), tasks: rollbackArns }),
            );
            for (const task of described.tasks ?? []) {
              const arn = task.taskArn ?? '';
              if (seenDowngrades.has(arn)) continue;
              seenDowngrades.add(arn);
              downgrades.push({
                environment,
                taskDefinitionArn: task.taskDefinitionArn ?? '',
                command: task.overrides?.containerOverrides?.[0]?.command ?? [],
              });
            }
          }
          for (const task of [...arns, ...rollbackArns]) {
            await ecs.send(
              new StopTaskCommand({
                cluster: cluster(environment),
                task,
                reason: 'Essential container in task exited',
              }),
            );
            stopped += 1;
          }
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
    runWorkflow(workflow, {
      context: {
        vars: { ...ROLE_VARS, ECR_REGISTRY: mirror.address },
        secrets: { SLACK_WEBHOOK_URL: 'https://hooks.slack.example/T000/B000/XXXX' },
        github: { sha, repository: REPOSITORY },
      },
      // Environment variables and secrets: each environment its URL and its smoke-test user.
      scoped: (_job, matrix) => ({
        vars: { APP_URL: apps[stringify(matrix['environment'])] ?? '' },
        secrets: { SMOKE_USER_PASSWORD: smokePassword },
      }),
      processEnv: processEnv(),
      workspace: workspaceWithApp(),
      trust: trustPolicies(environments),
    }).then((run) => {
      runs.push(run);
      return run;
    });

  it('releases: build with the build role → development → staging → production, each migrations → deploy → health → register → login; Slack told', async () => {
    const sha = commit(1);
    const run = await release(sha);
    expect([run.jobs['build']?.result, run.jobs['deploy']?.result]).toEqual(['success', 'success']);
    const image = run.job('build').step('image').result?.outputs['image-uri-digest'];
    expect(run.job('build').subject).toBe(`repo:${REPOSITORY}:ref:refs/heads/main`);
    const legs = run.jobs['deploy']?.reports ?? [];
    expect(legs.map((leg) => leg.environment)).toEqual(environments);
    for (const [index, environment] of environments.entries()) {
      const report = legs[index];
      if (!report) throw new Error(`no ${environment} leg`);
      expectStatuses(report, {
        deploy: 'success',
        smoke: 'success',
        register: 'success',
        login: 'success',
        rollback: 'skipped',
      });
      expect(report.subject).toBe(`repo:${REPOSITORY}:environment:${environment}`);
      expect(report.concurrency).toBe(`deploy-${environment}`);
      expect(report.step('deploy').inputs).toMatchObject({
        cluster: cluster(environment),
        service: service(environment),
        container: 'backend',
        image,
        'migration-command': 'alembic upgrade head',
      });
      expect(report.step('deploy').result?.summary).toMatch(/Migration task succeeded/);
      expect(report.step('smoke').inputs['url']?.trim().split('\n')).toEqual([
        `${apps[environment] ?? ''}/health/live`,
        `${apps[environment] ?? ''}/health/ready`,
        `${apps[environment] ?? ''}/api/v1/health`,
      ]);
      expect(users[environment]?.get('smoke-test')).toBe(smokePassword);
      expect(await runningCommit(environment)).toBe(sha);
      const slack = report.steps.at(-1);
      expect(slack?.uses).toMatch(/^slackapi\/slack-github-action@/);
      expect(slack?.inputs['payload']).toContain(`✅ Released: ${service(environment)} at ${sha}`);
      for (const step of report.steps) if (step.result) assertNoSecretLeak(step.result, [smokePassword]);
    }

    // A second release: the user exists (409 on register), the login still passes.
    const again = await release(commit(5));
    expect(again.jobs['deploy']?.result).toBe('success');
    expect(again.jobs['deploy']?.reports[0]?.step('register').result?.summary).toMatch(/409/);
  });

  it('a broken release fails its smoke test in development, is rolled back there, and goes no further', async () => {
    const good = await runningCommit('development');
    expect(good).toBe(commit(5));
    const sha = commit(2);
    broken.add(sha);
    const run = await release(sha);
    expect(run.jobs['deploy']?.result).toBe('failure');
    const legs = run.jobs['deploy']?.reports ?? [];
    expect(legs.map((leg) => leg.environment)).toEqual(['development']);
    const report = legs[0];
    if (!report) throw new Error('no development leg');
    // the rollback step fails after restoring (fail-on-rollback): the run shows the release did not stand
    expectStatuses(report, { deploy: 'success', smoke: 'failure', rollback: 'failure' });
    const record = decodeRecords(report.step('deploy').result?.outputs['deployment'] ?? '')[0];
    expect(report.step('rollback').inputs['reason']).toBe('smoke test failed');
    expect(report.step('rollback').result?.outputs['rolled-back']).toBe('true');
    // the schema went back first: `alembic downgrade -1` from the release's own task definition
    expect(report.step('deploy').inputs['rollback-command']).toBe('alembic downgrade -1');
    expect(report.step('rollback').inputs['rollback-command']).toBe('alembic downgrade -1');
    expect(downgrades).toEqual([
      {
        environment: 'development',
        taskDefinitionArn: record?.target === 'ecs' ? record.current?.taskDefinitionArn : undefined,
        command: ['sh', '-c', 'alembic downgrade -1'],
      },
    ]);
    expect(
      JSON.parse(report.step('rollback').result?.outputs['rollback-command-result'] ?? '{}'),
    ).toMatchObject({
      status: 'succeeded',
      exitCode: 0,
    });
    expect(report.step('rollback').result?.summary).toMatch(/Rollback command .*alembic downgrade -1/);
    const live = (
      await ecs.send(
        new DescribeServicesCommand({ cluster: cluster('development'), services: [service('development')] }),
      )
    ).services?.[0];
    expect(live?.taskDefinition).toBe(
      record?.target === 'ecs' ? record.previous?.taskDefinitionArn : undefined,
    );
    expect(await runningCommit('development')).toBe(good);
    expect(await runningCommit('staging')).toBe(good);
    expect(await runningCommit('production')).toBe(good);
    expect(report.steps.at(-1)?.inputs['payload']).toMatch(
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
    await ensureEksCluster(moto, 'ode-production-cluster', region);
    // An empty cluster: the first run creates the namespace and everything in it.
    kube = await startKubeDouble({ tickIntervalMs: 100 });
    cleanups.push(() => kube.close());
    app = await listen(http.createServer((_req, res) => res.writeHead(200).end('{"status":"ok"}')));
  });

  it("builds every service of the matrix with the build role and the scan gate, gathers the legs' images by digest, rolls all three Deployments, smoke-tests; a failing release is rolled back", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'pipeline-eks-'));
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
    for (const service of ['api', 'worker', 'viewer'])
      cpSync(join(REPO_ROOT, 'scripts/demo/app'), join(workspace, 'services', service), { recursive: true });
    cpSync(join(REPO_ROOT, '__tests__/fixtures/ode-k8s'), join(workspace, 'k8s'), { recursive: true });
    const sha = commit(3);
    const endpoints = {
      RDS_ENDPOINT: 'ode-production.cluster-c9x.us-east-1.rds.amazonaws.com:5432',
      REDIS_ENDPOINT: 'master.ode-production.x1y2z3.use1.cache.amazonaws.com:6379',
    };
    const vars = {
      ...ROLE_VARS,
      ...endpoints,
      ECR_REGISTRY: mirror.address,
      APP_URL: app,
      EKS_API_SERVER: kube.url,
      EKS_CA_DATA: kube.certificates.caData,
    };
    const github = {
      sha,
      ref: 'refs/tags/v1.2.0',
      ref_name: 'v1.2.0',
      ref_type: 'tag',
      repository: REPOSITORY,
    };
    const trust = trustPolicies(['production']);

    const entries = matrixEntries(readWorkflow(workflow).jobs['build'] ?? {});
    expect(entries).toEqual([{ service: 'api' }, { service: 'worker' }, { service: 'viewer' }]);
    /** The build legs of one run, sharing its artifact store; the image each pushed, by digest. */
    const buildAll = async (commitSha: string, artifacts: string): Promise<Record<string, string>> => {
      const pushed: Record<string, string> = {};
      for (const matrix of entries) {
        const build = track(
          await runJob(workflow, 'build', {
            context: { vars, github: { ...github, sha: commitSha }, matrix },
            processEnv: processEnv(),
            workspace,
            trust,
            artifacts,
          }),
        );
        expectStatuses(build, { image: 'success' });
        expect(build.subject).toBe(`repo:${REPOSITORY}:ref:refs/tags/v1.2.0`);
        expect(build.step('image').inputs['fail-on-severity']).toBe('CRITICAL');
        expect(JSON.parse(build.step('image').result?.outputs['tags'] ?? '[]')).toEqual([
          `${mirror.address}/ode-${stringify(matrix['service'])}:${commitSha}`,
          `${mirror.address}/ode-${stringify(matrix['service'])}:v1.2.0`,
        ]);
        pushed[`ode-${stringify(matrix['service'])}`] =
          build.step('image').result?.outputs['image-uri-digest'] ?? '';
      }
      return pushed;
    };
    const deployWith = async (artifacts: string, appUrl: string, commitSha: string) =>
      track(
        await runJob(workflow, 'deploy', {
          context: {
            vars: { ...vars, APP_URL: appUrl },
            github: { ...github, sha: commitSha },
            needs: { build: { outputs: {}, result: 'success' } },
          },
          processEnv: processEnv(),
          workspace,
          trust,
          artifacts,
        }),
      );

    const firstArtifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    cleanups.push(() => rmSync(firstArtifacts, { recursive: true, force: true }));
    const images = await buildAll(sha, firstArtifacts);
    const deploy = await deployWith(firstArtifacts, app, sha);
    expectStatuses(deploy, { images: 'success', rollout: 'success', smoke: 'success' });
    expect(deploy.steps.at(-1)?.status).toBe('skipped');
    expect(deploy.subject).toBe(`repo:${REPOSITORY}:environment:production`);
    for (const name of ['ode-api', 'ode-worker', 'ode-viewer']) {
      const live = kube.cluster.get<Deployment>('deployments', 'ode', name);
      expect(images[name]).toMatch(new RegExp(`^${mirror.address}/${name}@sha256:[0-9a-f]{64}$`));
      expect(live?.spec.template.spec.containers[0]?.image).toBe(images[name]);
    }
    const records = decodeRecords(deploy.step('rollout').result?.outputs['deployment'] ?? '');
    expect(records.map((record) => record.target)).toEqual(['eks', 'eks', 'eks']);
    // the first run applied the example's manifests and patched the secret with the endpoints, masked
    expect(kube.cluster.get('namespaces', '', 'ode')).toBeDefined();
    for (const [kind, name] of [
      ['configmaps', 'ode-config'],
      ['services', 'ode-api'],
      ['services', 'ode-viewer'],
      ['ingresses', 'ode'],
      ['horizontalpodautoscalers', 'ode-worker'],
    ] as const)
      expect(kube.cluster.get(kind, 'ode', name)).toBeDefined();
    const secret = kube.cluster.get('secrets', 'ode', 'ode-secrets') as unknown as {
      data: Record<string, string>;
    };
    expect(Buffer.from(secret.data['database-url'] ?? '', 'base64').toString()).toBe(endpoints.RDS_ENDPOINT);
    expect(Buffer.from(secret.data['redis-url'] ?? '', 'base64').toString()).toBe(endpoints.REDIS_ENDPOINT);
    const rollout = deploy.step('rollout').result;
    if (!rollout) throw new Error('the rollout step did not run');
    assertNoSecretLeak(rollout, Object.values(endpoints));

    // the next release (new images) rolls out fine but fails its smoke test: every Deployment goes back
    const good = Object.fromEntries(
      ['ode-api', 'ode-worker', 'ode-viewer'].map((name) => [
        name,
        structuredClone(kube.cluster.get<Deployment>('deployments', 'ode', name)?.spec.template),
      ]),
    );
    for (const service of ['api', 'worker', 'viewer'])
      writeFileSync(join(workspace, 'services', service, 'RELEASE'), 'next\n');
    const next = commit(4);
    const nextArtifacts = mkdtempSync(join(tmpdir(), 'artifacts-'));
    cleanups.push(() => rmSync(nextArtifacts, { recursive: true, force: true }));
    const nextImages = await buildAll(next, nextArtifacts);
    expect(nextImages['ode-api']).not.toBe(images['ode-api']);
    const broken = await listen(http.createServer((_req, res) => res.writeHead(404).end('no route')));
    const badRelease = await deployWith(nextArtifacts, broken, next);
    expect(badRelease.step('rollout').status).toBe('success');
    expect(badRelease.step('smoke').status).toBe('failure');
    expect(badRelease.steps.at(-1)?.status).toBe('failure');
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
