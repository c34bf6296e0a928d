// state-bootstrap figures: AWS calls on a first run and on a rerun with the same inputs (budget:
// no mutating call on a rerun), and the rerun's wall time (spawn → exit). Runs the bundle as the
// runner does against moto (AWS_ENDPOINT_URL from scripts/test-env), through a small counting
// forwarder on 127.0.0.1. The full behaviour is covered by __tests__/integration/state-bootstrap.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BUNDLE = resolve('dist/state-bootstrap/index.js');
const MUTATING = /^(Create|Put|Update|Tag|Delete)/;

/** Forwards every request to `target` untouched and counts it, mutating or not. */
async function countingForwarder(target) {
  const upstream = new URL(target);
  if (upstream.hostname !== '127.0.0.1' && upstream.hostname !== 'localhost')
    throw new Error(`not a loopback target: ${target}`);
  const calls = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = String(req.headers['x-amz-target'] ?? '');
      const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body.toString('latin1'))?.[1];
      const operation = target ? (target.split('.')[1] ?? '') : (action ?? '');
      const mutating = operation ? MUTATING.test(operation) : !['GET', 'HEAD'].includes(req.method ?? 'GET');
      calls.push({ method: req.method, operation, mutating });
      const forward = request(
        {
          hostname: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}`, calls, close: () => new Promise((done) => server.close(done)) };
}

function runBundle(inputs, env, workspace) {
  const files = {
    GITHUB_OUTPUT: join(workspace, '..', 'output'),
    GITHUB_STEP_SUMMARY: join(workspace, '..', 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  const started = process.hrtime.bigint();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUNDLE], {
      cwd: workspace,
      env: { ...env, ...files, ...inputEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) fail(new Error(`state-bootstrap exited ${code}: ${output.trim().split('\n').at(-1)}`));
      else done(Number(process.hrtime.bigint() - started) / 1e6);
    });
  });
}

export async function benchState() {
  const target = process.env.AWS_ENDPOINT_URL;
  if (!target) throw new Error('benchState needs AWS_ENDPOINT_URL (node scripts/test-env.mjs start)');
  const forwarder = await countingForwarder(target);
  const dir = mkdtempSync(join(tmpdir(), 'bench-state-'));
  const workspace = join(dir, 'workspace');
  const suffix = randomBytes(4).toString('hex');
  const inputs = {
    bucket: `bench-state-${suffix}`,
    'aws-region': 'eu-west-3',
    locking: 'both',
    'lock-table': `bench-locks-${suffix}`,
    tags: 'team=bench',
    'backend-config-file': 'backend.hcl',
  };
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    AWS_ENDPOINT_URL: forwarder.url,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(dir, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'aws-credentials'),
  };
  try {
    mkdirSync(workspace);
    await runBundle(inputs, env, workspace);
    const first = forwarder.calls.splice(0);
    const rerunMs = await runBundle(inputs, env, workspace);
    const rerun = forwarder.calls.splice(0);
    const mutating = (calls) => calls.filter((call) => call.mutating).length;
    return [
      {
        figure: 'state-bootstrap: AWS calls on a first run (bucket + lock table, tags)',
        value: first.length,
        unit: 'calls',
        note: `${mutating(first)} mutating`,
      },
      {
        figure: 'state-bootstrap: AWS calls on a rerun with the same inputs',
        value: rerun.length,
        unit: 'calls',
        note: `${mutating(rerun)} mutating (budget: 0)`,
      },
      {
        figure: 'state-bootstrap: rerun time, spawn → exit',
        value: Math.round(rerunMs),
        unit: 'ms',
        note: 'reads run in parallel',
      },
    ];
  } finally {
    await forwarder.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
