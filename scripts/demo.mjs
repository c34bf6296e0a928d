// `npm run demo`: the ECS release pipeline of workflows-examples/ecs-fargate.yml, end to end against local emulators, as
// the example workflow runs it — real Docker build and push (registry + ECR in moto) → deploy-ecs
// → smoke-test of a local stand-in for the service → a second release that is broken → the
// smoke test catches it → auto-rollback restores the first release; then the infrastructure
// side: state-bootstrap, twice (the second run changes nothing).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDependencies } from './lib/setup.mjs';

// The SDK's notice that it will need Node 22 in 2027 is noise here (the steps run on Node 24).
process.removeAllListeners('warning');
ensureDependencies();
if (!existsSync('dist')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const testEnv = await import('./lib/test-env.mjs');
const { startEcrMirror } = await import('./lib/ecr-mirror.mjs');
const { runStep } = await import('./lib/runner.mjs');
const { startStandIn } = await import('./demo/standin.mjs');
const { renderSummary, logLine, bold } = await import('./demo/render.mjs');
const { ECSClient, CreateClusterCommand, RegisterTaskDefinitionCommand, CreateServiceCommand } =
  await import('@aws-sdk/client-ecs');

const REGION = 'us-east-1';
const CLUSTER = 'demo';
const SERVICE = 'demo-api';
const REPOSITORY = 'demo-api';
const timeline = [];

console.log(
  bold(
    '\naws-deploy-actions demo: the ECS release pipeline (workflows-examples/ecs-fargate.yml) against local emulators\n',
  ),
);
// Its own emulators (beside any the tests use): moto told that services run their desired tasks.
const DEMO_ENV_DIR = join('.test-env', 'demo');
const emulators = await testEnv.start({
  dir: DEMO_ENV_DIR,
  motoEnv: { MOTO_ECS_SERVICE_RUNNING: '2' },
  log: (line) => console.log(`  ${line}`),
});
const env = { ...emulators.env, AWS_REGION: REGION, AWS_EC2_METADATA_DISABLED: 'true' };
Object.assign(process.env, env);
for (const [name, value] of Object.entries({
  moto: env.MOTO_URL,
  docker: env.DOCKER_HOST,
  registry: env.REGISTRY,
}))
  console.log(`  ${name.padEnd(9)} ${value}`);

const mirror = await startEcrMirror({ registry: env.REGISTRY, motoUrl: env.MOTO_URL, region: REGION });
const workspace = mkdtempSync(join(tmpdir(), 'demo-workspace-'));
cpSync('scripts/demo/app', workspace, { recursive: true });
let standIn;
let failed;

async function step(title, action, inputs, options = {}) {
  console.log(`\n${bold(`▶ ${title}`)}  ${`(${action})`}`);
  const result = await runStep(action, inputs, {
    env,
    workspace,
    ...options,
    onLine: (line) => {
      const shown = logLine(line);
      if (shown) console.log(shown);
    },
  });
  console.log(`\n  job summary:\n${renderSummary(result.summary)}`);
  console.log(`  → exit ${result.code} in ${result.seconds.toFixed(1)}s`);
  timeline.push({ title, ok: result.code === 0, seconds: result.seconds });
  return result;
}

/** The first id of an EC2 query answer, e.g. a subnet of moto's default VPC. */
async function firstEc2Id(action, element) {
  const response = await fetch(env.MOTO_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/${REGION}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({ Action: action, Version: '2016-11-15' }),
  });
  const id = new RegExp(`<${element}>([\\w-]+)</${element}>`).exec(await response.text())?.[1];
  if (!id) throw new Error(`moto answered ${action} with no ${element}`);
  return id;
}

async function infrastructure() {
  // What the infrastructure code (Terraform, in the ECS example) creates before the first release.
  const ecs = new ECSClient({ region: REGION });
  // the network of the ECS example's Terraform: here moto's default VPC
  const subnet = await firstEc2Id('DescribeSubnets', 'subnetId');
  const securityGroup = await firstEc2Id('DescribeSecurityGroups', 'groupId');
  await ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
  await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: SERVICE,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: 'api',
          image: `${mirror.address}/${REPOSITORY}:bootstrap`,
          essential: true,
          portMappings: [{ containerPort: 8000 }],
          healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8000/health/live || exit 1'] },
        },
      ],
    }),
  );
  await ecs.send(
    new CreateServiceCommand({
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: SERVICE,
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: [subnet],
          securityGroups: [securityGroup],
          assignPublicIp: 'DISABLED',
        },
      },
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    }),
  );
  ecs.destroy();
}

async function release(number, healthy) {
  const sha = `${String(number).repeat(7)}${'0123456789abcdef0123456789abcdef0'}`.slice(0, 40);
  console.log(
    bold(`\n━━ release ${number}: commit ${sha.slice(0, 7)}${healthy ? '' : ' (this one has a bug)'} ━━`),
  );
  const image = await step(
    'Build and push the image',
    'build-push-ecr',
    {
      repository: REPOSITORY,
      registry: mirror.address,
      'build-args': `RELEASE=v${number}\nHEALTHY=${healthy}`,
      'scan-on-push': 'false',
    },
    { sha },
  );
  if (image.code !== 0) return { ok: false };
  const deploy = await step(
    'Deploy to ECS',
    'deploy-ecs',
    {
      cluster: CLUSTER,
      service: SERVICE,
      image: image.outputs['image-uri-digest'],
      'max-poll-interval': '2s',
      'wait-timeout': '2m',
    },
    { sha },
  );
  if (deploy.code !== 0) return { ok: false, deploy };
  const smoke = await step('Smoke test', 'smoke-test', {
    url: ['/health/live', '/health/ready', '/api/v1/health'].map((path) => standIn.url + path).join('\n'),
    timeout: '12s',
    interval: '1s',
  });
  return { ok: smoke.code === 0, deploy };
}

try {
  await infrastructure();
  standIn = await startStandIn({
    cluster: CLUSTER,
    service: SERVICE,
    region: REGION,
    registry: env.REGISTRY,
  });
  console.log(`  service stand-in: ${standIn.url} (answers as the release ECS runs)`);

  const first = await release(1, true);
  if (!first.ok) throw new Error('the first release should have gone out cleanly');
  const goodState = await standIn.state();

  const second = await release(2, false);
  if (second.ok) throw new Error('the broken release was not caught');
  if (!second.deploy) throw new Error('the second release failed before deploying');
  const rollback = await step('Roll back (if: failure())', 'auto-rollback', {
    deployment: second.deploy.outputs.deployment,
    reason: 'smoke test failed after release 2',
  });
  const after = await step('Smoke test after the rollback', 'smoke-test', {
    url: `${standIn.url}/health/ready`,
    timeout: '10s',
  });
  const restored = await standIn.state();

  // The infrastructure side of the examples: the remote state Terraform/OpenTofu keeps, made
  // once and checked on every run after (the second run must change nothing).
  console.log(bold('\n━━ the infrastructure side: Terraform/OpenTofu remote state ━━'));
  const stateInputs = {
    bucket: 'demo-api-tfstate',
    'aws-region': REGION,
    'backend-config-file': 'backend-prod.hcl',
  };
  const state = await step('Bootstrap the Terraform state', 'state-bootstrap', stateInputs);
  const stateAgain = await step(
    'Bootstrap the Terraform state again (idempotent)',
    'state-bootstrap',
    stateInputs,
  );
  const stateCreated = JSON.parse(stateAgain.outputs.created ?? 'null');

  console.log(bold('\n━━ what happened ━━'));
  for (const entry of timeline)
    console.log(`  ${entry.ok ? '✅' : '❌'} ${entry.title.padEnd(48)} ${entry.seconds.toFixed(1)}s`);
  console.log(`\n  deployed:  release v1 (${goodState.revision}), then release v2`);
  console.log(`  caught:    the smoke test failed on release v2 (/health/ready answered 503)`);
  const restoredRows = JSON.parse(rollback.outputs.restored ?? '[]');
  for (const row of restoredRows)
    console.log(`  restored:  ${row.resource}: ${row.from} → ${row.to} (${row.status})`);
  console.log(
    `  now:       ${restored.release} on ${restored.revision}, health ${after.code === 0 ? 'ok' : 'failing'}`,
  );
  console.log(
    `  state:     s3://demo-api-tfstate, backend-prod.hcl written; the rerun created ${JSON.stringify(stateCreated)}`,
  );
  failed =
    rollback.outputs['rolled-back'] !== 'true' ||
    after.code !== 0 ||
    restored.release !== 'v1' ||
    state.code !== 0 ||
    stateAgain.code !== 0 ||
    !Array.isArray(stateCreated) ||
    stateCreated.length !== 0;
  console.log(
    failed ? '\n❌ the demo did not end as expected\n' : '\n✅ the bad release was caught and undone\n',
  );
} catch (error) {
  failed = true;
  console.error(`\n❌ demo failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await standIn?.close();
  await mirror.close();
  rmSync(workspace, { recursive: true, force: true });
  if (emulators.started.length) await testEnv.stop({ dir: DEMO_ENV_DIR, only: emulators.started });
}
process.exit(failed ? 1 : 0);
