// deploy-ecs against a service that is already stable (moto): time from UpdateService to the
// action's exit and the number of AWS calls, beside the standard waiter approach
// (`waitUntilServicesStable`, default minDelay 15 s) that the reference action uses.
//
// Two scenarios, both measured, neither modelled:
// - "moto as is": moto keeps one deployment after UpdateService, already COMPLETED, so any
//   approach that checks at once finishes at once.
// - "2 s drain": a counting proxy makes DescribeServices show, for 2 s after UpdateService, what
//   AWS shows while the old tasks drain (the new deployment IN_PROGRESS beside the old ACTIVE one).
//   This is the shape a real already-stable service has right after UpdateService.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';

const BUNDLE = resolve('dist/deploy-ecs/index.js');
const ECS_TARGET = 'AmazonEC2ContainerServiceV20141113.';

/** Forwards to moto, counts calls by operation, and can make DescribeServices show a draining rollout. */
function countingProxy(target, { drainMs }) {
  const calls = [];
  let updatedAt;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const operation =
        String(req.headers['x-amz-target'] ?? '').replace(ECS_TARGET, '') || `${req.method} ${req.url}`;
      const at = performance.now();
      calls.push({ operation, at });
      if (operation === 'UpdateService') updatedAt = at;
      const url = new URL(req.url ?? '/', target);
      const forward = http.request(
        url,
        { method: req.method, headers: { ...req.headers, host: url.host } },
        (answer) => {
          const body = [];
          answer.on('data', (chunk) => body.push(chunk));
          answer.on('end', () => {
            let payload = Buffer.concat(body);
            const draining =
              operation === 'DescribeServices' && updatedAt !== undefined && at - updatedAt < drainMs;
            if (draining) payload = Buffer.from(JSON.stringify(drain(JSON.parse(payload.toString('utf8')))));
            const headers = { ...answer.headers, 'content-length': String(payload.length) };
            delete headers['transfer-encoding'];
            res.writeHead(answer.statusCode ?? 500, headers);
            res.end(payload);
          });
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        calls,
        updatedAt: () => updatedAt,
        close: () => new Promise((done) => server.close(done)),
      });
    }),
  );
}

function drain(response) {
  for (const service of response.services ?? []) {
    const primary = service.deployments?.[0];
    if (!primary) continue;
    primary.rolloutState = 'IN_PROGRESS';
    service.deployments.push({
      ...primary,
      id: 'ecs-svc/draining',
      status: 'ACTIVE',
      rolloutState: 'COMPLETED',
      taskDefinition: 'draining:1',
    });
  }
  return response;
}

async function stableService(ecs, sdk) {
  const cluster = `bench-${randomUUID().slice(0, 8)}`;
  await ecs.send(new sdk.CreateClusterCommand({ clusterName: cluster }));
  const registered = await ecs.send(
    new sdk.RegisterTaskDefinitionCommand({
      family: cluster,
      containerDefinitions: [{ name: 'app', image: 'nginx:1', memory: 128, essential: true }],
    }),
  );
  // desiredCount 0: moto reports this deployment COMPLETED with running == desired (stable).
  await ecs.send(
    new sdk.CreateServiceCommand({
      cluster,
      serviceName: 'web',
      taskDefinition: registered.taskDefinition.taskDefinitionArn,
      desiredCount: 0,
    }),
  );
  return { cluster, service: 'web', family: cluster };
}

function runBundle(inputs, endpoint) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ecs-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    ...files,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(dir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = String(value);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code) => {
      const exitedAt = performance.now();
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) fail(new Error(`deploy-ecs exited ${code}:\n${output.slice(-2000)}`));
      else done(exitedAt);
    });
  });
}

async function measureAction(target, sdk, drainMs) {
  const proxy = await countingProxy(target, { drainMs });
  const direct = new sdk.ECSClient({ region: 'us-east-1', endpoint: target });
  try {
    const { cluster, service } = await stableService(direct, sdk);
    const exitedAt = await runBundle(
      {
        cluster,
        service,
        image: 'nginx:2',
        'max-poll-interval': '15s',
        wait: true,
        'wait-timeout': '5m',
        'if-in-progress': 'wait',
        'force-new-deployment': false,
        'dry-run': false,
      },
      proxy.url,
    );
    const updatedAt = proxy.updatedAt();
    return {
      ms: exitedAt - updatedAt,
      calls: proxy.calls.length,
      after: proxy.calls.filter((call) => call.at >= updatedAt).length,
    };
  } finally {
    direct.destroy();
    await proxy.close();
  }
}

/** The reference approach: register, UpdateService, then the SDK's waitUntilServicesStable with its defaults. */
async function measureWaiter(target, sdk, drainMs) {
  const proxy = await countingProxy(target, { drainMs });
  const direct = new sdk.ECSClient({ region: 'us-east-1', endpoint: target });
  const ecs = new sdk.ECSClient({ region: 'us-east-1', endpoint: proxy.url });
  try {
    const { cluster, service, family } = await stableService(direct, sdk);
    const described = await ecs.send(new sdk.DescribeTaskDefinitionCommand({ taskDefinition: family }));
    const {
      taskDefinitionArn: _arn,
      revision: _r,
      status: _s,
      requiresAttributes: _ra,
      compatibilities: _c,
      registeredAt: _at,
      registeredBy: _by,
      ...base
    } = described.taskDefinition;
    const next = await ecs.send(
      new sdk.RegisterTaskDefinitionCommand({
        ...base,
        containerDefinitions: base.containerDefinitions.map((c) => ({ ...c, image: 'nginx:2' })),
      }),
    );
    await ecs.send(
      new sdk.UpdateServiceCommand({
        cluster,
        service,
        taskDefinition: next.taskDefinition.taskDefinitionArn,
      }),
    );
    await sdk.waitUntilServicesStable({ client: ecs, maxWaitTime: 600 }, { cluster, services: [service] });
    const done = performance.now();
    const updatedAt = proxy.updatedAt();
    return {
      ms: done - updatedAt,
      calls: proxy.calls.length,
      after: proxy.calls.filter((call) => call.at >= updatedAt).length,
    };
  } finally {
    ecs.destroy();
    direct.destroy();
    await proxy.close();
  }
}

export async function benchEcs() {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: node scripts/build.mjs deploy-ecs`);
  const target = process.env.MOTO_URL ?? process.env.AWS_ENDPOINT_URL;
  if (!target) throw new Error('no moto endpoint (MOTO_URL / AWS_ENDPOINT_URL)');
  const sdk = await import('@aws-sdk/client-ecs');
  const rows = [];
  for (const [label, drainMs] of [
    ['moto as is', 0],
    ['2 s drain', 2_000],
  ]) {
    const action = await measureAction(target, sdk, drainMs);
    const waiter = await measureWaiter(target, sdk, drainMs);
    rows.push(
      {
        figure: `deploy-ecs: UpdateService → exit (${label})`,
        value: Math.round(action.ms),
        unit: 'ms',
        note: 'includes process exit',
      },
      {
        figure: `deploy-ecs: AWS calls (${label})`,
        value: action.calls,
        unit: 'calls',
        note: `${action.after} from UpdateService on`,
      },
      {
        figure: `standard waiter: UpdateService → stable (${label})`,
        value: Math.round(waiter.ms),
        unit: 'ms',
        note: 'waitUntilServicesStable, minDelay 15 s',
      },
      {
        figure: `standard waiter: AWS calls (${label})`,
        value: waiter.calls,
        unit: 'calls',
        note: `${waiter.after} from UpdateService on`,
      },
    );
  }
  return rows;
}
