// The EC2 application pipelines end to end, every job in order as one run of the workflow, with
// the local pipeline runner: `ec2-vm.yml`'s `update` and `rollback` jobs (Keystone) and
// `ec2-app-ssm.yml` (Chronos: stage, then prod). The deploy-ec2, smoke-test and auto-rollback
// bundles run as the runner runs them; `run:` steps in bash; GitHub-only steps as the runner's
// documented stand-ins. The instances are moto instances; SSM Run Command is the stand-in of
// __tests__/support/ssm-runner.ts, which runs deploy-ec2's scripts for real on this machine, each
// instance with its own checkout at the workflow's working directory, its own network namespace
// (workflow-instances.ts: its own localhost, so two instances both serve on port 80) and the real
// Docker engine with Debian's docker-compose. What the instances cannot have here: systemd (the
// Keystone health command asks `systemctl is-active caddy`: a stand-in answers it, see below),
// real EBS (the data volume is a bind mount, so `mountpoint -q /data/postgres` really holds), a
// public address (Caddy's role is played by a local HTTPS front with a test CA).
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  DescribeImagesCommand,
  EC2Client,
  RunInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { makeCertificates, startHttpsServer, type TestServer } from '../support/http-servers.js';
import { REPOSITORY, ROLE_VARS, emulatorEnv, trustPolicies } from '../support/pipeline-fixtures.js';
import { startSsmRunner, type SsmRunner } from '../support/ssm-runner.js';
import {
  ensureBaseImage,
  startInstanceNetwork,
  type InstanceNetwork,
} from '../support/workflow-instances.js';
import {
  describeStep,
  expectJobResults,
  expectNoSecretInRun,
  runJob,
  runWorkflow,
  suiteCommit,
  type JobReport,
  type PipelineContext,
  type RunJobOptions,
  type WorkflowRun,
} from '../support/workflow-runner.js';
import { validateRecord, type Ec2Record } from '../../shared/record/index.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(600_000);

const ID = randomBytes(3).toString('hex');
const temp = mkdtempSync(join(tmpdir(), 'pipelines-ec2-'));
let emulators: Emulators;
let runner: SsmRunner;
let dockerEnv: Record<string, string>;
const cleanups: Array<() => Promise<void> | void> = [];
const runs: WorkflowRun[] = [];
const reports: JobReport[] = [];

beforeAll(async () => {
  emulators = await useEmulators(['moto', 'docker']);
  dockerEnv = { ...(process.env as Record<string, string>), DOCKER_HOST: emulators.env['DOCKER_HOST'] ?? '' };
  const aws = execFileSync('sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).trim();
  runner = await startSsmRunner({
    target: emulators.env['MOTO_URL'] ?? '',
    mountPoint: '/opt/chronos2',
    // The instance's environment: its AWS CLI reads Parameter Store (moto, reached from the
    // instance's namespace through the bridge at the same port).
    env: {
      PATH: `${dirname(aws)}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin`,
      DOCKER_HOST: emulators.env['DOCKER_HOST'] ?? '',
      AWS_ENDPOINT_URL: emulators.env['MOTO_URL'] ?? '',
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_SESSION_TOKEN: 'testing',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
  ensureBaseImage(dockerEnv);
}, 180_000);

afterAll(async () => {
  for (const run of runs) run.cleanup();
  for (const report of reports) report.cleanup();
  for (const cleanup of cleanups.reverse()) await cleanup();
  await runner?.close();
  await emulators?.release();
  rmSync(temp, { recursive: true, force: true });
}, 180_000);

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

const client = (region: string) => motoConfig(emulators.env['MOTO_URL'] ?? '', region);

/** A bare origin whose main holds the given commits in order; each is tagged with its name. */
function createOrigin(name: string, commits: Array<[string, Record<string, string | null>]>) {
  const origin = join(temp, `${name}.git`);
  const work = join(temp, `${name}-work`);
  execFileSync('git', ['init', '-q', '--bare', origin]);
  execFileSync('git', ['clone', '-q', origin, work]);
  const shas: Record<string, string> = {};
  for (const [version, files] of commits) {
    for (const [file, content] of Object.entries(files)) {
      if (content === null) rmSync(join(work, file));
      else {
        mkdirSync(dirname(join(work, file)), { recursive: true });
        writeFileSync(join(work, file), content);
      }
    }
    git(work, 'add', '-A');
    git(work, 'commit', '-qm', version);
    git(work, 'tag', version);
    shas[version] = git(work, 'rev-parse', 'HEAD');
  }
  git(work, 'push', '-q', 'origin', 'HEAD:main', '--tags');
  return { origin, shas };
}

interface TestInstance {
  id: string;
  dir: string;
  network: InstanceNetwork;
}

/**
 * A running moto instance tagged `Name=<name>` in `region`, registered with the SSM stand-in: its
 * checkout of `origin` at `commit` (what the instance ran before), its env file, its network.
 */
async function createInstance(options: {
  name: string;
  region: string;
  origin: string;
  commit: string;
  mountPoint: string;
  envFile: string;
  expose: number[];
  mounts?: Record<string, string>;
  path?: string[];
}): Promise<TestInstance> {
  const ec2 = new EC2Client(client(options.region));
  cleanups.push(() => ec2.destroy());
  const images = await ec2.send(new DescribeImagesCommand({}));
  const launched = await ec2.send(
    new RunInstancesCommand({
      ImageId: images.Images?.[0]?.ImageId ?? 'ami-12c6146b',
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.small',
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: options.name }] }],
    }),
  );
  const id = launched.Instances?.[0]?.InstanceId ?? '';
  cleanups.push(() => ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] })).then(() => undefined));
  const dir = join(temp, options.name);
  execFileSync('git', ['clone', '-q', options.origin, dir]);
  git(dir, 'checkout', '-q', '--detach', options.commit);
  const project = options.name.replace(/[^a-z0-9]/g, '');
  const moto = Number(new URL(emulators.env['MOTO_URL'] ?? '').port);
  const network = await startInstanceNetwork({
    name: `${options.name}-net`,
    dockerEnv,
    reach: [moto],
    expose: options.expose,
  });
  writeFileSync(
    join(dir, options.envFile),
    `COMPOSE_PROJECT_NAME=${project}\nINSTANCE_NETWORK=${network.name}\n`,
  );
  cleanups.push(async () => {
    spawnSync(
      'sh',
      [
        '-c',
        `docker rm -f $(docker ps -aq --filter label=com.docker.compose.project=${project}) 2>/dev/null; ` +
          `docker rmi -f $(docker images -q --filter 'reference=${project}_*') 2>/dev/null; true`,
      ],
      { env: dockerEnv },
    );
    await network.close();
  });
  runner.register(id, dir, {
    region: options.region,
    mountPoint: options.mountPoint,
    network: network.pid,
    ...(options.mounts ? { mounts: options.mounts } : {}),
    ...(options.path ? { path: options.path } : {}),
  });
  return { id, dir, network };
}

async function putSecrets(region: string, values: Record<string, string>): Promise<void> {
  const ssm = new SSMClient(client(region));
  for (const [name, value] of Object.entries(values))
    await ssm.send(new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString' }));
  ssm.destroy();
}

/** GET, trusting `ca` too for https (the test CA of the HTTPS front). */
function get(url: string, ca?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? https : http).get(url, ca ? { ca } : {}, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: body.trim() }));
    });
    request.on('error', reject);
  });
}

const head = (dir: string) => git(dir, 'rev-parse', 'HEAD');

function track(run: WorkflowRun): WorkflowRun {
  runs.push(run);
  return run;
}

/** Step statuses by name, for the steps named. */
function statuses(report: JobReport, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => [name, report.steps.find((step) => step.name.startsWith(name))?.status ?? 'absent']),
  );
}

const recordOf = (report: JobReport): Ec2Record =>
  validateRecord(JSON.parse(report.step('deploy').result?.outputs['deployment'] ?? 'null')) as Ec2Record;

// ---------------------------------------------------------------------------------------------

describe('ec2-vm.yml application jobs (Keystone: update over SSM, manual rollback)', () => {
  const workflow = 'workflows-examples/ec2-vm.yml';
  const region = 'eu-west-3';
  const prefix = `/keystone-${ID}`;
  const secrets = {
    [`${prefix}/openai-api-key`]: `sk-${randomBytes(8).toString('hex')}`,
    [`${prefix}/db-keycloak-password`]: randomBytes(10).toString('hex'),
  };
  let shas: Record<string, string> = {};
  let instance: TestInstance;
  let front: TestServer;
  let ca = '';
  let units = '';
  let options: (github: PipelineContext['github'], inputs: Record<string, string>) => RunJobOptions;

  // The Keystone app as its runbook runs it: the backend on :8000 (/health), the frontend on
  // :3000, both built on the instance; the override file puts them on the instance's network.
  const compose = (backendCommand: string) =>
    [
      'version: "3.7"',
      'services:',
      '  backend:',
      '    build: .',
      `    command: ${backendCommand}`,
      '  frontend:',
      '    build: .',
      '    command: ["httpd", "-f", "-p", "127.0.0.1:3000", "-h", "/www/frontend"]',
      '',
    ].join('\n');
  const serving = '["httpd", "-f", "-p", "127.0.0.1:8000", "-h", "/www/backend"]';

  beforeAll(async () => {
    const origin = createOrigin(`keystone-${ID}`, [
      [
        'v1',
        {
          'docker-compose.yml': compose(serving),
          'docker-compose.override.yml': [
            'version: "3.7"',
            'services:',
            '  backend:',
            '    network_mode: "container:${INSTANCE_NETWORK}"',
            '  frontend:',
            '    network_mode: "container:${INSTANCE_NETWORK}"',
            '',
          ].join('\n'),
          Dockerfile: 'FROM local/busybox:1\nCOPY www /www\n',
          '.gitignore': '.env\n',
          'www/backend/health': '{"status":"healthy"}\n',
          'www/frontend/index.html': 'keystone v1\n',
        },
      ],
      ['v2', { 'www/frontend/index.html': 'keystone v2\n' }],
      // A backend that dies on start (a setting it cannot find): its container exits 1.
      [
        'bad',
        {
          'docker-compose.yml': compose('["sh", "-c", "echo KeyError: DATABASE_URL >&2; exit 1"]'),
          'www/frontend/index.html': 'keystone bad\n',
        },
      ],
    ]);
    shas = origin.shas;
    await putSecrets(region, secrets);

    // systemd stand-in of the instance: `systemctl is-active [--quiet] <unit>` answers from the
    // units the test marks active (Caddy runs here as the test's HTTPS front, not as a unit).
    const bin = join(temp, 'keystone-bin');
    mkdirSync(bin);
    units = join(temp, 'keystone-active-units');
    writeFileSync(units, '');
    writeFileSync(
      join(bin, 'systemctl'),
      [
        '#!/bin/sh',
        '# stand-in: only `is-active`, from the list of active units the test keeps',
        '[ "$1" = is-active ] || { echo "systemctl stand-in: only is-active" >&2; exit 2; }',
        'shift; [ "$1" = --quiet ] && shift',
        `grep -qx "$1" '${units}'`,
        '',
      ].join('\n'),
    );
    chmodSync(join(bin, 'systemctl'), 0o755);
    const data = join(temp, 'keystone-ebs');
    mkdirSync(data);
    instance = await createInstance({
      name: `keystone-${ID}`,
      region,
      origin: origin.origin,
      commit: shas['v1'] ?? '',
      mountPoint: '/opt/keystone',
      envFile: '.env',
      expose: [8000, 3000],
      mounts: { '/data/postgres': data },
      path: [bin],
    });

    // Caddy's routes as the runbook lists them: /api/* to the backend, the rest to the frontend.
    const certificates = makeCertificates();
    cleanups.push(() => certificates.cleanup());
    ca = certificates.ca;
    front = await startHttpsServer(certificates.valid, (request, response) => {
      const url = request.url ?? '/';
      const api = url.startsWith('/api/');
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: instance.network.ports[api ? 8000 : 3000],
          path: api ? url.slice(4) : url,
          method: request.method,
        },
        (reply) => {
          response.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(response);
        },
      );
      upstream.on('error', () => {
        if (!response.headersSent) response.writeHead(502);
        response.end('bad gateway');
      });
      upstream.end();
    });
    cleanups.push(() => front.close());
    writeFileSync(units, 'caddy\n');

    const vars = {
      ...ROLE_VARS,
      DOMAIN: `127.0.0.1:${front.port}`,
      INSTANCE_NAME: `keystone-${ID}`,
      SSM_PREFIX: prefix,
    };
    const workspace = mkdtempSync(join(temp, 'workspace-'));
    options = (github, inputs) => ({
      context: {
        vars,
        github: {
          repository: REPOSITORY,
          event_name: 'workflow_dispatch',
          ref: 'refs/heads/main',
          ...github,
        },
        inputs,
      },
      processEnv: {
        ...emulatorEnv(emulators),
        AWS_ENDPOINT_URL: runner.url,
        NODE_EXTRA_CA_CERTS: certificates.caPath,
      },
      workspace,
      trust: trustPolicies(['production']),
      timeoutMs: 300_000,
    });
  });

  let goodRun: WorkflowRun;
  let goodArtifacts = '';
  const goodRunId = '8001';

  it('update: all deploys the commit to the instance found by its Name tag, checks it there and through Caddy, keeps the record', async () => {
    goodArtifacts = mkdtempSync(join(temp, 'artifacts-'));
    goodRun = track(
      await runWorkflow(workflow, {
        ...options({ sha: shas['v2'] ?? '', run_id: goodRunId }, { update: 'all' }),
        artifacts: goodArtifacts,
      }),
    );
    expectJobResults(goodRun, {
      state: 'skipped',
      plan: 'skipped',
      apply: 'skipped',
      update: 'success',
      rollback: 'skipped',
    });
    const update = goodRun.job('update');
    expect(update.subject).toBe(`repo:${REPOSITORY}:environment:production`);
    expect(update.concurrency).toBe('keystone-application');
    expect(
      statuses(update, ['Deploy to the instance', 'Check https://', 'Roll back after a failed check']),
    ).toEqual({
      'Deploy to the instance': 'success',
      'Check https://': 'success',
      'Roll back after a failed check': 'skipped',
    });
    expect(update.step('deploy').inputs['health-command']).toBe(
      'curl -fsS http://localhost:8000/health && curl -fsS -o /dev/null http://localhost:3000 && systemctl is-active --quiet caddy && mountpoint -q /data/postgres',
    );
    const record = recordOf(update);
    expect(record).toMatchObject({
      target: 'ec2',
      status: 'succeeded',
      resource: { instances: [instance.id], workingDirectory: '/opt/keystone' },
      previous: { instances: { [instance.id]: { commit: shas['v1'] } } },
      current: { instances: { [instance.id]: { commit: shas['v2'] } } },
    });
    expect(update.outputs['deployment']).toBe(update.step('deploy').result?.outputs['deployment']);
    expect(head(instance.dir)).toBe(shas['v2']);
    expect(await get(`${front.url}/`, ca)).toEqual({ status: 200, body: 'keystone v2' });
    expect((await get(`${front.url}/api/health`, ca)).body).toBe('{"status":"healthy"}');
    // The app's secrets reached the instance's env file from Parameter Store, never a log.
    const env = readFileSync(join(instance.dir, '.env'), 'utf8');
    expect(env).toContain(`OPENAI_API_KEY='${secrets[`${prefix}/openai-api-key`] ?? 'none'}'`);
    expect(env).toContain(`INSTANCE_NETWORK=${instance.network.name}`);
    expect(statSync(join(instance.dir, '.env')).mode & 0o777).toBe(0o600);
    expectNoSecretInRun(goodRun, Object.values(secrets));
    expect(readFileSync(join(goodArtifacts, 'keystone-deployment', 'deployment.json'), 'utf8').trim()).toBe(
      update.outputs['deployment'],
    );
  });

  it('a backend that crashes on start: deploy-ec2 puts the instance back, auto-rollback finds it restored, the job fails', async () => {
    const bad = track(
      await runWorkflow(workflow, options({ sha: shas['v2'] ?? '' }, { update: 'backend', ref: 'bad' })),
    );
    expectJobResults(bad, { plan: 'skipped', update: 'failure', rollback: 'skipped' });
    const update = bad.job('update');
    expect(update.step('scope').result?.outputs['services']).toBe('backend');
    expect(
      statuses(update, ['Deploy to the instance', 'Check https://', 'Roll back after a failed check']),
    ).toEqual({
      'Deploy to the instance': 'failure',
      'Check https://': 'skipped',
      'Roll back after a failed check': 'success',
    });
    // It found the instance already back at the commit it ran before: nothing more to undo.
    const rollback = update.steps.find((step) => step.name === 'Roll back after a failed check');
    expect(rollback?.result?.outputs['rolled-back']).toBe('false');
    const deployLog = update.step('deploy').result?.stdout ?? '';
    expect(deployLog).toMatch(/containers are not running|exited with code 1/);
    expect(recordOf(update).status).toBe('failed');
    expect(head(instance.dir)).toBe(shas['v2']);
    expect(await get(`${front.url}/`, ca)).toEqual({ status: 200, body: 'keystone v2' });
    expect((await get(`${front.url}/api/health`, ca)).status).toBe(200);
  });

  it('update: rollback restores exactly what the earlier run replaced, from the record it kept', async () => {
    // A run id without a kept record: the job stops at the download, nothing is sent.
    const sent = runner.sent.length;
    const unknown = track(
      await runWorkflow(workflow, {
        ...options({ sha: shas['v2'] ?? '', run_id: '9000' }, { update: 'rollback', 'rollback-run-id': '7' }),
        earlierRuns: { [goodRunId]: goodArtifacts },
      }),
    );
    expectJobResults(unknown, { rollback: 'failure' });
    expect(unknown.job('rollback').steps.find((step) => step.status === 'failure')?.name).toBe(
      'The record of run 7',
    );
    expect(runner.sent.length).toBe(sent);
    expect(head(instance.dir)).toBe(shas['v2']);

    const rollback = track(
      await runWorkflow(workflow, {
        ...options(
          { sha: shas['v2'] ?? '', run_id: '9001' },
          { update: 'rollback', 'rollback-run-id': goodRunId },
        ),
        earlierRuns: { [goodRunId]: goodArtifacts },
      }),
    );
    expectJobResults(rollback, { plan: 'skipped', update: 'skipped', rollback: 'success' });
    expect(rollback.job('rollback').concurrency).toBe('keystone-application');
    expect(head(instance.dir)).toBe(shas['v1']);
    expect(await get(`${front.url}/`, ca)).toEqual({ status: 200, body: 'keystone v1' });
  });
});

describe('ec2-app-ssm.yml (Chronos: stage, then prod after approval)', () => {
  const workflow = 'workflows-examples/ec2-app-ssm.yml';
  const region = 'us-east-1';
  const environments = ['stage', 'prod'] as const;
  type Environment = (typeof environments)[number];
  const prefix = (environment: Environment) => `/chronos-${ID}/${environment}`;
  const secrets = Object.fromEntries(
    environments.flatMap((environment) => [
      [`${prefix(environment)}/postgres-password`, randomBytes(10).toString('hex')],
      [`${prefix(environment)}/jwt-secret-key`, randomBytes(16).toString('hex')],
    ]),
  );
  let shas: Record<string, string> = {};
  const instances = {} as Record<Environment, TestInstance>;
  const apiUrl = (environment: Environment) =>
    `http://127.0.0.1:${instances[environment].network.ports[80] ?? 0}/api/`;
  let options: (github: PipelineContext['github'], inputs?: Record<string, string>) => RunJobOptions;
  const workspace = () => mkdtempSync(join(temp, 'workspace-'));

  beforeAll(async () => {
    // The dashboard: one service on the instance's port 80, its API under /api/.
    const origin = createOrigin(`chronos-${ID}`, [
      [
        'v1',
        {
          'docker-compose.yml': [
            'version: "3.7"',
            'services:',
            '  dashboard:',
            '    build: .',
            '    network_mode: "container:${INSTANCE_NETWORK}"',
            '    command: ["httpd", "-f", "-p", "127.0.0.1:80", "-h", "/www"]',
            '',
          ].join('\n'),
          Dockerfile: 'FROM local/busybox:1\nCOPY www /www\n',
          '.gitignore': '.env.deployment\n.setup_complete\n',
          'www/index.html': 'chronos v1\n',
          'www/api/index.html': '{"api":"v1"}\n',
        },
      ],
      ['v2', { 'www/index.html': 'chronos v2\n', 'www/api/index.html': '{"api":"v2"}\n' }],
      // The page still loads; the API behind it is gone (404).
      ['broken-api', { 'www/index.html': 'chronos v3\n', 'www/api/index.html': null }],
    ]);
    shas = origin.shas;
    await putSecrets(region, secrets);
    for (const environment of environments)
      instances[environment] = await createInstance({
        name: `chronos-${ID}-${environment}`,
        region,
        origin: origin.origin,
        commit: shas['v1'] ?? '',
        mountPoint: '/opt/chronos2',
        envFile: '.env.deployment',
        expose: [80],
      });
    // prod finished its first setup long ago; stage is still in its user data (see the first test).
    writeFileSync(join(instances.prod.dir, '.setup_complete'), '');

    const vars = (environment: Environment) => ({
      AWS_DEPLOY_ROLE_ARN: ROLE_VARS.AWS_DEPLOY_ROLE_ARN,
      AWS_REGION: region,
      INSTANCE_NAME: `chronos-${ID}-${environment}`,
      SSM_PREFIX: prefix(environment),
      VITE_API_BASE_URL: apiUrl(environment),
      BACKGROUND_COLOR: environment === 'prod' ? '#ffffff' : '#fff3cd',
    });
    options = (github, inputs = {}) => ({
      context: { github: { repository: REPOSITORY, ref: 'refs/heads/main', ...github }, inputs },
      // Variables of each job's GitHub environment.
      scoped: (job: string) => ({ vars: vars(job as Environment) }),
      processEnv: { ...emulatorEnv(emulators), AWS_ENDPOINT_URL: runner.url },
      workspace: workspace(),
      trust: trustPolicies([...environments]),
      timeoutMs: 300_000,
    });
  });

  let manualRecord = '';
  const commandsTo = (instance: TestInstance) =>
    runner.sent.filter((command) => command.instanceIds.includes(instance.id)).length;

  it('a push deploys to stage once its setup is complete, then to prod, each with its own settings and Parameter Store secrets', async () => {
    // stage's user data finishes a few seconds into the run: deploy-ec2 waits for its marker.
    const setup = setTimeout(() => writeFileSync(join(instances.stage.dir, '.setup_complete'), ''), 4000);
    cleanups.push(() => clearTimeout(setup));
    const run = track(
      await runWorkflow(workflow, { ...options({ event_name: 'push', sha: shas['v2'] ?? '' }) }),
    );
    expectJobResults(run, { stage: 'success', prod: 'success' });
    expect(run.job('stage').step('deploy').result?.stdout).toContain(
      'deploy-ec2: waiting for /opt/chronos2/.setup_complete',
    );
    for (const environment of environments) {
      const job = run.job(environment);
      const instance = instances[environment];
      expect(job.subject).toBe(`repo:${REPOSITORY}:environment:${environment}`);
      expect(job.concurrency).toBe(`chronos-${environment}`);
      expect(job.environmentUrl).toBe(apiUrl(environment));
      expect(
        statuses(job, [
          'Deploy the dashboard',
          'Check the dashboard from outside',
          'Roll back after a failed check',
        ]),
      ).toEqual({
        'Deploy the dashboard': 'success',
        'Check the dashboard from outside': 'success',
        'Roll back after a failed check': 'skipped',
      });
      expect(recordOf(job)).toMatchObject({
        target: 'ec2',
        status: 'succeeded',
        resource: { instances: [instance.id] },
        current: { instances: { [instance.id]: { commit: shas['v2'] } } },
      });
      expect(head(instance.dir)).toBe(shas['v2']);
      expect(await get(apiUrl(environment))).toEqual({ status: 200, body: '{"api":"v2"}' });
      const env = readFileSync(join(instance.dir, '.env.deployment'), 'utf8');
      expect(env).toContain(
        `POSTGRES_PASSWORD='${secrets[`${prefix(environment)}/postgres-password`] ?? 'none'}'`,
      );
      expect(env).toContain(`VITE_API_BASE_URL=${apiUrl(environment)}`);
      expect(env).toContain(`BACKGROUND_COLOR='${environment === 'prod' ? '#ffffff' : '#fff3cd'}'`);
      expect(env).toContain(`INSTANCE_NETWORK=${instance.network.name}`);
    }
    expectNoSecretInRun(run, Object.values(secrets));
  });

  it('a release whose API is broken passes the instance check, fails the check from outside on stage, is rolled back there and never reaches prod', async () => {
    const toProd = commandsTo(instances.prod);
    const run = track(
      await runWorkflow(workflow, { ...options({ event_name: 'push', sha: shas['broken-api'] ?? '' }) }),
    );
    expectJobResults(run, { stage: 'failure', prod: 'skipped' });
    const stage = run.job('stage');
    expect(
      statuses(stage, [
        'Deploy the dashboard',
        'Check the dashboard from outside',
        'Roll back after a failed check',
      ]),
    ).toEqual({
      'Deploy the dashboard': 'success',
      'Check the dashboard from outside': 'failure',
      // auto-rollback restored the release and fails its step for it (fail-on-rollback)
      'Roll back after a failed check': 'failure',
    });
    const rollback = stage.steps.find((step) => step.name === 'Roll back after a failed check');
    expect(rollback?.result?.outputs['rolled-back']).toBe('true');
    expect(head(instances.stage.dir)).toBe(shas['v2']);
    expect(await get(apiUrl('stage'))).toEqual({ status: 200, body: '{"api":"v2"}' });
    expect(commandsTo(instances.prod)).toBe(toProd);
    expect(head(instances.prod.dir)).toBe(shas['v2']);
  });

  it('a manual run deploys a chosen ref to prod only', async () => {
    const toStage = commandsTo(instances.stage);
    const run = track(
      await runWorkflow(workflow, {
        ...options(
          { event_name: 'workflow_dispatch', sha: shas['v2'] ?? '' },
          { environment: 'prod', 'git-ref': 'v1' },
        ),
      }),
    );
    expectJobResults(run, { stage: 'skipped', prod: 'success' });
    expect(head(instances.prod.dir)).toBe(shas['v1']);
    expect(await get(apiUrl('prod'))).toEqual({ status: 200, body: '{"api":"v1"}' });
    expect(commandsTo(instances.stage)).toBe(toStage);
    manualRecord = run.job('prod').outputs['deployment'] ?? '';
  });

  it("the reusable rollback.yml takes that run's record and puts prod back, pinned to its own commit, in the deploy group of prod", async () => {
    const report = await runJob('.github/workflows/rollback.yml', 'rollback', {
      context: {
        github: { repository: REPOSITORY, event_name: 'workflow_dispatch', ref: 'refs/heads/main' },
        vars: { AWS_DEPLOY_ROLE_ARN: ROLE_VARS.AWS_DEPLOY_ROLE_ARN, AWS_REGION: region },
        inputs: {
          environment: 'prod',
          deployment: manualRecord,
          'health-command': 'curl -fsS -o /dev/null http://localhost:80/',
          reason: 'v1 was the wrong ref',
        },
      },
      processEnv: { ...emulatorEnv(emulators), AWS_ENDPOINT_URL: runner.url },
      workspace: workspace(),
      trust: trustPolicies([...environments]),
      timeoutMs: 300_000,
    });
    reports.push(report);
    if (report.status !== 'success')
      throw new Error(
        report.steps
          .filter((step) => step.result)
          .map(describeStep)
          .join('\n'),
      );
    expect(report.concurrency).toBe('deploy-prod');
    expect(report.step('rollback').uses).toBe('./.aws-deploy-actions/actions/auto-rollback');
    expect(report.step('suite').result?.outputs['sha']).toBe(suiteCommit());
    expect(report.outputs['rolled-back']).toBe('true');
    expect(head(instances.prod.dir)).toBe(shas['v2']);
    expect(await get(apiUrl('prod'))).toEqual({ status: 200, body: '{"api":"v2"}' });
  });
});
