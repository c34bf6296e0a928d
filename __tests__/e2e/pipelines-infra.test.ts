// The infrastructure examples end to end, every job in order as one run of the workflow, with
// the local pipeline runner: our actions against moto, `run:` steps in bash, `tofu` as the
// stand-in of __tests__/support/tofu-stand-in (OpenTofu cannot be downloaded here: it checks the
// arguments and reproduces init, saved plans, stale-plan refusal and apply; it creates no
// resources), GitHub-only steps as the runner's documented stand-ins. Roles are assumed only
// where the trust policies of docs/workflows.md let the job's OIDC subject in.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, GetBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { makeCertificates, startHttpsServer, type TestServer } from '../support/http-servers.js';
import {
  INSTALL_TOFU_STAND_IN,
  REPOSITORY,
  ROLE_VARS,
  emulatorEnv,
  trustPolicies,
} from '../support/pipeline-fixtures.js';
import {
  expectJobResults,
  expectNoSecretInRun,
  runJob,
  runWorkflow,
  type PipelineContext,
  type RunJobOptions,
  type WorkflowRun,
} from '../support/workflow-runner.js';
import { motoConfig } from '../support/moto.js';

jest.setTimeout(600_000);

let emulators: Emulators;
const cleanups: Array<() => Promise<void> | void> = [];
const runs: WorkflowRun[] = [];

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
}, 180_000);

afterAll(async () => {
  for (const run of runs) run.cleanup();
  for (const cleanup of cleanups.reverse()) await cleanup();
  await emulators?.release();
}, 120_000);

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An OpenTofu root module: the given variables (without defaults unless named) and resources. */
function module(dir: string, variables: string[], resources: string[], defaults: string[] = []): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'main.tf'),
    [
      ...variables.map((name) =>
        defaults.includes(name)
          ? `variable "${name}" {\n  default = ""\n}\n`
          : `variable "${name}" {\n  type = string\n}\n`,
      ),
      ...resources.map((address) => {
        const [type, name] = address.split('.');
        return `resource "${type ?? ''}" "${name ?? ''}" {\n}\n`;
      }),
    ].join('\n'),
  );
}

const pullRequest = (number: number): PipelineContext['github'] => ({
  event_name: 'pull_request',
  ref: `refs/pull/${number}/merge`,
  event: { pull_request: { number } },
});
const manual: PipelineContext['github'] = { event_name: 'workflow_dispatch', ref: 'refs/heads/main' };

const applied = (state: string): string[] =>
  readFileSync(join(state, 'applied.log'), 'utf8').trim().split('\n');

describe('ec2-vm.yml (Keystone: one VM, OpenTofu)', () => {
  const workflow = 'workflows-examples/ec2-vm.yml';
  const suffix = randomBytes(4).toString('hex');
  const secrets = {
    AI_API_KEY: `sk-${randomBytes(8).toString('hex')}`,
    DB_POSTGRES_PASSWORD: randomBytes(10).toString('hex'),
    DB_KEYCLOAK_PASSWORD: randomBytes(10).toString('hex'),
    DB_APP_PASSWORD: randomBytes(10).toString('hex'),
    KEYSTONE_ADMIN_PASSWORD: randomBytes(10).toString('hex'),
    KEYCLOAK_ADMIN_PASSWORD: randomBytes(10).toString('hex'),
  };
  const variables = [
    'domain_name',
    'caddy_s3_bucket',
    'eip_allocation_id',
    ...Object.keys(secrets).map((name) => name.toLowerCase()),
  ];
  let workspace = '';
  let state = '';
  let site: TestServer;
  let vars: Record<string, string> = {};
  let options: (github: PipelineContext['github'], inputs?: PipelineContext['inputs']) => RunJobOptions;

  beforeAll(async () => {
    workspace = tempDir('pipeline-keystone-');
    state = tempDir('tofu-state-');
    module(
      join(workspace, 'infra'),
      variables,
      ['aws_instance.keystone', 'aws_ebs_volume.data'],
      ['eip_allocation_id'],
    );
    const certificates = makeCertificates();
    cleanups.push(() => certificates.cleanup());
    // Caddy's routes as ec2-vm.yml checks them: the frontend, /api/* to the backend, /realms/* to Keycloak.
    site = await startHttpsServer(certificates.valid, (request, response) => {
      const routes: Record<string, string> = {
        '/': '<html>Keystone</html>',
        '/api/health': '{"status":"healthy"}',
        '/realms/keystone': '{"realm":"keystone","public_key":"MIIB"}',
      };
      const body = routes[request.url ?? ''];
      response.writeHead(body ? 200 : 404).end(body ?? 'not found');
    });
    cleanups.push(() => site.close());
    vars = {
      ...ROLE_VARS,
      STATE_BUCKET: `keystone-state-${suffix}`,
      CERTS_BUCKET: `keystone-certs-${suffix}`,
      DOMAIN: `127.0.0.1:${site.port}`,
    };
    options = (github, inputs = {}) => ({
      context: { vars, secrets, github: { repository: REPOSITORY, ...github }, inputs },
      processEnv: {
        ...emulatorEnv(emulators),
        TOFU_STAND_IN_STATE: state,
        NODE_EXTRA_CA_CERTS: certificates.caPath,
      },
      workspace,
      trust: trustPolicies(['production']),
      replaceRun: INSTALL_TOFU_STAND_IN,
    });
  });

  // Every job of the workflow is evaluated in these runs: the application jobs (`update`,
  // `rollback`: deploy-ec2 over SSM) skip themselves here, as `update` stays `infrastructure`;
  // pipelines-ec2.test.ts runs them against instances.
  const run = (github: PipelineContext['github'], inputs?: PipelineContext['inputs']) =>
    runWorkflow(workflow, options(github, inputs)).then((result) => {
      runs.push(result);
      return result;
    });

  it('first manual run: bootstraps the buckets, plans with the plan role, applies that plan after approval, checks the routes', async () => {
    const first = await run(manual, { operation: 'apply', confirm: '', 'bootstrap-state': true });
    expectJobResults(first, {
      state: 'success',
      plan: 'success',
      apply: 'success',
      update: 'skipped',
      rollback: 'skipped',
    });
    const s3 = new S3Client({
      ...motoConfig(emulators.env['MOTO_URL'] ?? '', 'eu-west-3'),
      forcePathStyle: true,
    });
    cleanups.push(() => s3.destroy());
    for (const bucket of [vars['STATE_BUCKET'], vars['CERTS_BUCKET']])
      expect((await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status).toBe('Enabled');

    const plan = first.job('plan');
    expect(plan.subject).toBe(`repo:${REPOSITORY}:ref:refs/heads/main`);
    const sha = plan.outputs['sha256'] ?? '';
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.outputs['changes']).toBe('true');
    expect(plan.step('plan').result?.summary).toContain(`SHA-256 \`${sha}\``);
    expect(plan.step('plan').result?.summary).toContain('Plan: 2 to add, 0 to change, 0 to destroy.');

    const apply = first.job('apply');
    expect([first.job('state').environment, apply.environment]).toEqual(['production', 'production']);
    expect(apply.subject).toBe(`repo:${REPOSITORY}:environment:production`);
    expect(apply.concurrency).toBe('tofu-production');
    expect(applied(state)).toEqual([`${vars['STATE_BUCKET'] ?? ''}/keystone/terraform.tfstate ${sha}`]);
    const smoke = apply.step('smoke');
    expect(smoke.status).toBe('success');
    expect(JSON.parse(smoke.result?.outputs['report'] ?? '{}')).toMatchObject({ passed: true });
    expect(site.requests.map((request) => request.url)).toEqual(
      expect.arrayContaining(['/', '/api/health', '/realms/keystone']),
    );
    expect(apply.environmentUrl).toBe(`https://${vars['DOMAIN'] ?? ''}`);
    expectNoSecretInRun(first, Object.values(secrets));
  });

  it('a pull request plans read-only in its own concurrency group and never applies', async () => {
    const pr = await run(pullRequest(7));
    expectJobResults(pr, {
      state: 'skipped',
      plan: 'success',
      apply: 'skipped',
      update: 'skipped',
      rollback: 'skipped',
    });
    const plan = pr.job('plan');
    expect(plan.subject).toBe(`repo:${REPOSITORY}:pull_request`);
    expect(plan.concurrency).toBe('tofu-plan-pr-7');
    expect(plan.outputs['changes']).toBe('false');
    // The same job with the deploy role would be refused: the trust policy has no pull_request.
    const refused = await runJob(workflow, 'plan', {
      ...options(pullRequest(7)),
      context: {
        ...options(pullRequest(7)).context,
        vars: { ...vars, AWS_PLAN_ROLE_ARN: vars['AWS_DEPLOY_ROLE_ARN'] ?? '' },
      },
    });
    expect(refused.status).toBe('failure');
    expect(refused.steps.find((step) => step.status === 'failure')?.result?.stdout).toMatch(
      /Not authorized to perform sts:AssumeRoleWithWebIdentity/,
    );
    refused.cleanup();
  });

  it('applies exactly the reviewed file: a stale plan and a swapped plan file are refused', async () => {
    module(
      join(workspace, 'infra'),
      variables,
      ['aws_instance.keystone', 'aws_ebs_volume.data', 'aws_eip_association.ip'],
      ['eip_allocation_id'],
    );
    const stores = new Map<WorkflowRun, string>();
    const planOnly = async () => {
      const artifacts = tempDir('artifacts-');
      const result = await runWorkflow(workflow, {
        ...options(manual, { operation: 'apply' }),
        artifacts,
        leaveOut: ['apply'],
      });
      runs.push(result);
      stores.set(result, artifacts);
      return result;
    };
    const older = await planOnly();
    // The branch moves on: a second reviewed plan, made against the same state.
    module(
      join(workspace, 'infra'),
      variables,
      ['aws_instance.keystone', 'aws_ebs_volume.data', 'aws_eip_association.ip', 'aws_iam_role.ssm'],
      ['eip_allocation_id'],
    );
    const newer = await planOnly();
    expect(older.job('plan').outputs['sha256']).not.toBe(newer.job('plan').outputs['sha256']);
    const applyWith = (plan: WorkflowRun, artifactsOf: WorkflowRun) =>
      runJob(workflow, 'apply', {
        ...options(manual, { operation: 'apply' }),
        context: {
          ...options(manual, { operation: 'apply' }).context,
          needs: { plan: { result: 'success', outputs: plan.job('plan').outputs } },
        },
        artifacts: stores.get(artifactsOf) ?? '',
      });

    // The reviewed plan is `older`, but the artifact store holds `newer`'s file: the SHA-256 differs.
    const swapped = await applyWith(older, newer);
    expect(swapped.status).toBe('failure');
    expect(swapped.steps.find((step) => step.status === 'failure')?.name).toBe('tofu apply');
    expect(swapped.steps.find((step) => step.status === 'failure')?.result?.stderr).toMatch(
      /FAILED|did NOT match/,
    );
    swapped.cleanup();

    const good = await applyWith(newer, newer);
    expect(good.status).toBe('success');
    good.cleanup();
    expect(applied(state).at(-1)).toContain(newer.job('plan').outputs['sha256'] ?? 'none');

    const stale = await applyWith(older, older);
    expect(stale.status).toBe('failure');
    expect(stale.steps.find((step) => step.status === 'failure')?.result?.stderr).toMatch(
      /Saved plan is stale/,
    );
    stale.cleanup();
  });

  it('destroy needs the typed confirmation, then applies a reviewed destroy plan', async () => {
    const unconfirmed = await run(manual, { operation: 'destroy', confirm: 'prod' });
    expectJobResults(unconfirmed, { plan: 'failure', apply: 'skipped' });
    const plan = unconfirmed.job('plan');
    expect(plan.steps[0]?.result?.stdout).toMatch(/operation destroy needs confirm = production/);
    expect(plan.step('plan').status).toBe('skipped');

    const before = applied(state).length;
    const confirmed = await run(manual, { operation: 'destroy', confirm: 'production' });
    expectJobResults(confirmed, { plan: 'success', apply: 'success' });
    expect(confirmed.job('plan').step('plan').result?.summary).toMatch(/to destroy\./);
    expect(applied(state)).toHaveLength(before + 1);
    expect(applied(state).at(-1)).toMatch(/ destroy$/);
    expect(confirmed.job('apply').step('smoke').status).toBe('skipped');
  });
});

describe.each([
  {
    workflow: 'workflows-examples/eks-infra.yml',
    title: 'ODE: VPC, EKS, RDS, Redis',
    environment: 'production',
    dir: 'infrastructure/terraform',
    variables: [
      'aws_region',
      'project',
      'environment',
      'database_name',
      'database_username',
      'database_password',
    ],
    secrets: { DATABASE_PASSWORD: randomBytes(12).toString('hex') },
    plans: ['plan'],
    applies: ['apply'],
  },
  {
    workflow: 'workflows-examples/ecs-infra.yml',
    title: 'PM Document Intelligence: VPC, ECS, ALB, RDS, Redis',
    environment: 'staging',
    dir: 'infrastructure/terraform',
    variables: [
      'project_name',
      'environment',
      'db_password',
      'openai_api_key',
      'jwt_secret_key',
      'domain_name',
    ],
    secrets: {
      DB_PASSWORD: randomBytes(12).toString('hex'),
      OPENAI_API_KEY: `sk-${randomBytes(8).toString('hex')}`,
      JWT_SECRET_KEY: randomBytes(16).toString('hex'),
    },
    plans: ['plan'],
    applies: ['apply'],
  },
  {
    workflow: 'workflows-examples/ec2-dashboard-infra.yml',
    title: 'Chronos: shared resources, then the dashboard of one environment',
    environment: 'stage',
    dir: 'terraform',
    variables: ['deptype', 'public_key', 'git_ref', 'postgres_password', 'jwt_secret_key'],
    secrets: {
      POSTGRES_PASSWORD: randomBytes(12).toString('hex'),
      JWT_SECRET_KEY: randomBytes(16).toString('hex'),
    },
    plans: ['plan-shared', 'plan-dashboard'],
    applies: ['apply-shared', 'apply-dashboard'],
  },
])('$workflow ($title)', ({ workflow, environment, dir, variables, secrets, plans, applies }) => {
  it('plans read-only on a pull request; a manual run applies each reviewed plan in its environment', async () => {
    const suffix = randomBytes(4).toString('hex');
    const workspace = tempDir('pipeline-infra-');
    const state = tempDir('tofu-state-');
    const bucket = `infra-state-${suffix}`;
    const s3 = new S3Client({ ...motoConfig(emulators.env['MOTO_URL'] ?? ''), forcePathStyle: true });
    cleanups.push(() => s3.destroy());
    // The state bucket bootstrap-state.yml creates, and the backend files it writes.
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    module(join(workspace, dir), variables, [`aws_instance.${environment}`]);
    if (workflow.endsWith('ec2-dashboard-infra.yml')) {
      module(join(workspace, 'terraform/shared'), [], ['aws_vpc.shared', 'aws_eip.stage', 'aws_eip.prod']);
      mkdirSync(join(workspace, 'terraform/deployments'));
      writeFileSync(
        join(workspace, 'terraform/deployments', `backend-${environment}.hcl`),
        `bucket = "${bucket}"\nregion = "us-east-1"\ndynamodb_table = "locks"\nencrypt = true\n`,
      );
    }
    const options = (
      github: PipelineContext['github'],
      inputs: PipelineContext['inputs'] = {},
    ): RunJobOptions => ({
      context: {
        vars: {
          ...ROLE_VARS,
          STATE_BUCKET: bucket,
          STATE_LOCK_TABLE: 'locks',
          PUBLIC_KEY: 'ssh-ed25519 AAAA test',
        },
        secrets,
        github: { repository: REPOSITORY, ...github },
        inputs,
      },
      processEnv: { ...emulatorEnv(emulators), TOFU_STAND_IN_STATE: state },
      workspace,
      trust: trustPolicies([environment]),
      replaceRun: INSTALL_TOFU_STAND_IN,
    });

    const pr = await runWorkflow(workflow, options(pullRequest(12)));
    runs.push(pr);
    expectJobResults(pr, {
      ...Object.fromEntries(plans.map((id) => [id, 'success'])),
      ...Object.fromEntries(applies.map((id) => [id, 'skipped'])),
    });
    for (const id of plans) {
      expect(pr.job(id).subject).toBe(`repo:${REPOSITORY}:pull_request`);
      expect(pr.job(id).concurrency).toMatch(/^tofu-plan-pr-12/);
    }

    const release = await runWorkflow(
      workflow,
      options(manual, { environment, operation: 'apply', confirm: '' }),
    );
    runs.push(release);
    expectJobResults(release, Object.fromEntries([...plans, ...applies].map((id) => [id, 'success'])));
    const applyGroups = applies.map((id) => release.job(id).concurrency);
    for (const id of plans) expect(applyGroups).not.toContain(pr.job(id).concurrency);
    for (const [index, id] of applies.entries()) {
      const apply = release.job(id);
      expect(apply.environment).toBe(environment);
      expect(apply.subject).toBe(`repo:${REPOSITORY}:environment:${environment}`);
      expect(applied(state)[index]).toContain(release.job(plans[index] ?? '').outputs['sha256'] ?? 'none');
    }
    expect(applied(state)).toHaveLength(applies.length);
    expectNoSecretInRun(release, Object.values(secrets));
  });
});
