// Benchmarks of the smoke-test bundle (its start-up and size budgets), run by `npm run bench`:
// 20 checks against a local endpoint answering in 200 ms take about one check's time, not twenty;
// and the request rate of a single check loop. Spawns dist/smoke-test/index.js as the runner does.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const BUNDLE = 'dist/smoke-test/index.js';
const SLOW_MS = 200;
const RUNS = 3;
const LOOP_REQUESTS = 1000;

function startServer(delayMs) {
  const server = createServer((request, response) => {
    request.resume();
    const answer = () => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '15' });
      response.end('{"status":"ok"}');
    };
    if (delayMs > 0) setTimeout(answer, delayMs);
    else answer();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

/** One run of the bundle; resolves wall time (spawn → exit) and the parsed `report` output. */
function runBundle(inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const text = readFileSync(output, 'utf8');
      rmSync(dir, { recursive: true, force: true });
      const match = /^report<<(.+)\n([\s\S]*?)\n\1$/m.exec(text);
      if (code !== 0 || !match) return reject(new Error(`smoke-test exited ${code}: ${stderr}`));
      resolve({ wallMs, report: JSON.parse(match[2]) });
    });
  });
}

async function medianWall(inputs) {
  const walls = [];
  for (let run = 0; run < RUNS; run += 1) walls.push((await runBundle(inputs)).wallMs);
  walls.sort((a, b) => a - b);
  return walls[Math.floor(walls.length / 2)];
}

export async function benchSmoke() {
  if (!existsSync(BUNDLE))
    execFileSync(process.execPath, ['scripts/build.mjs', 'smoke-test'], { stdio: 'inherit' });
  const rows = [];
  const slow = await startServer(SLOW_MS);
  try {
    const one = await medianWall({ url: `${slow.url}/health` });
    const twenty = await medianWall({
      url: Array.from({ length: 20 }, (_, i) => `${slow.url}/check/${i + 1}`).join('\n'),
    });
    rows.push(
      {
        figure: `smoke-test: 1 check, endpoint answering in ${SLOW_MS} ms`,
        value: Math.round(one),
        unit: 'ms',
        note: `spawn → exit, median of ${RUNS}`,
      },
      {
        figure: `smoke-test: 20 checks, endpoint answering in ${SLOW_MS} ms`,
        value: Math.round(twenty),
        unit: 'ms',
        note: `${(twenty / one).toFixed(2)}× one check (budget: about one check's time; one at a time would be ~${Math.round(one + 19 * SLOW_MS)} ms)`,
      },
    );
  } finally {
    await slow.close();
  }
  const fast = await startServer(0);
  try {
    const { report } = await runBundle({
      url: `${fast.url}/health`,
      'consecutive-successes': String(LOOP_REQUESTS),
      interval: '100ms',
    });
    const [check] = report.checks;
    rows.push({
      figure: 'smoke-test: requests per second of one check loop',
      value: Math.round((check.attempts / check.elapsedMs) * 1000),
      unit: 'req/s',
      note: `${check.attempts} sequential requests, new connection each, median latency ${check.latencyMs.median} ms`,
    });
  } finally {
    await fast.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchSmoke());
