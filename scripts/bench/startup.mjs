// Bundle sizes, download size of the repository, cold start on an input error (spawn → exit),
// and peak memory, for every action, on Node 20 (this machine) and Node 24 (the runner).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entries, SUITE_DIR } from '../lib/actions.mjs';
import { NODE24 } from '../lib/setup.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function dirSize(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, d) => sum + (d.isDirectory() ? dirSize(join(dir, d.name)) : statSync(join(dir, d.name)).size),
    0,
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runnerEnv(tempDir) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: tempDir,
    GITHUB_OUTPUT: join(tempDir, 'output'),
    GITHUB_STATE: join(tempDir, 'state'),
    GITHUB_STEP_SUMMARY: join(tempDir, 'summary'),
    GITHUB_WORKSPACE: tempDir,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    // an input no action accepts in this form, so every action stops at input validation
    'INPUT_WAIT-TIMEOUT': '-5m',
  };
}

/** Spawn → exit times (ms) and peak RSS (MB) of a bundle that fails on its inputs. */
export function coldStart(node, bundle, runs = RUNS) {
  const tempDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const rssFile = join(tempDir, 'rss');
  const times = [];
  let rss = 0;
  let exitCode;
  for (let i = 0; i < runs + 1; i += 1) {
    const started = process.hrtime.bigint();
    const child = spawnSync(node, ['--import', resolve('scripts/bench/rss-probe.mjs'), resolve(bundle)], {
      cwd: tempDir,
      env: { ...runnerEnv(tempDir), BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    exitCode = child.status;
    if (i > 0) times.push(ms); // the first run warms the file cache
    if (existsSync(rssFile)) rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8')) / 1024);
  }
  rmSync(tempDir, { recursive: true, force: true });
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), rss, exitCode };
}

export async function benchStartup() {
  const rows = [];
  const node24 = existsSync(NODE24) ? NODE24 : undefined;
  const bare = coldStartBare(process.execPath);
  rows.push({
    figure: 'bare node (Node 20) spawn → exit of an empty module',
    value: bare.toFixed(0),
    unit: 'ms',
    note: 'the floor',
  });
  for (const [label, node] of [
    ['Node 20', process.execPath],
    ['Node 24', node24],
  ]) {
    if (!node || !existsSync('dist/deploy-ecs/index.js')) continue;
    const r = await firstRequest(node);
    rows.push({
      figure: `deploy-ecs: spawn → first AWS request, success path (${label})`,
      value: r.median.toFixed(0),
      unit: 'ms',
      note: `median of ${RUNS}, ${r.min.toFixed(0)}–${r.max.toFixed(0)} ms; budget ≤ 145 ms on Node 24 (reference action: 206 ms)`,
    });
  }
  if (existsSync(SUITE_DIR))
    rows.push({
      figure: 'suite: bundle size',
      value: (dirSize(SUITE_DIR) / 1024).toFixed(0),
      unit: 'KiB',
      note: `all files of ${SUITE_DIR}, shared by every action (each loads only its own chunks)`,
    });
  for (const entry of entries()) {
    if (!existsSync(entry.bundle)) continue;
    rows.push({
      figure: `${entry.name}: bundle size`,
      value: (dirSize(entry.distDir) / 1024).toFixed(0),
      unit: 'KiB',
      note: `all files of dist/${entry.name}${existsSync(SUITE_DIR) ? ` (a shim that starts ${SUITE_DIR})` : ''}`,
    });
    for (const [label, node] of [
      ['Node 20', process.execPath],
      ['Node 24', node24],
    ]) {
      if (!node) continue;
      const r = coldStart(node, entry.bundle);
      rows.push({
        figure: `${entry.name}: cold start on an input error (${label})`,
        value: r.median.toFixed(0),
        unit: 'ms',
        note: `median of ${RUNS}, ${r.min.toFixed(0)}–${r.max.toFixed(0)} ms; exit ${r.exitCode}; peak RSS ${r.rss.toFixed(0)} MB; budget ≤ 90 ms`,
      });
    }
  }
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  const bytes = tracked.filter((f) => existsSync(f)).reduce((sum, f) => sum + statSync(f).size, 0);
  const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD'], { maxBuffer: 1 << 30 });
  rows.push({
    figure: 'repository at a tag: tracked files',
    value: (bytes / 1048576).toFixed(2),
    unit: 'MB',
    note: `${tracked.length} files; budget ≤ 8 MB`,
  });
  if (archive.status === 0)
    rows.push({
      figure: 'repository at a tag: gzip tarball as downloaded',
      value: (gzipSync(archive.stdout).length / 1048576).toFixed(2),
      unit: 'MB',
      note: 'git archive HEAD | gzip',
    });
  return rows;
}

function coldStartBare(node) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const empty = join(dir, 'empty.mjs');
  writeFileSync(empty, '');
  const times = [];
  for (let i = 0; i < RUNS + 1; i += 1) {
    const started = process.hrtime.bigint();
    spawnSync(node, [empty]);
    if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  rmSync(dir, { recursive: true, force: true });
  return median(times);
}

/**
 * Start-up on the success path: spawn → the first AWS request, for deploy-ecs with valid inputs.
 * A local endpoint notes when the first request arrives and answers AccessDenied, so the run ends.
 */
export async function firstRequest(node, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs + 1; i += 1) {
    let arrived;
    const server = createServer((req, res) => {
      arrived ??= process.hrtime.bigint();
      req.resume();
      res.writeHead(400, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': 'AccessDeniedException',
      });
      res.end('{"__type":"AccessDeniedException","message":"bench"}');
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const tempDir = mkdtempSync(join(tmpdir(), 'bench-'));
    const started = process.hrtime.bigint();
    const child = spawn(node, [resolve('dist/deploy-ecs/index.js')], {
      cwd: tempDir,
      stdio: 'ignore',
      env: {
        ...runnerEnv(tempDir),
        'INPUT_WAIT-TIMEOUT': '30m',
        INPUT_CLUSTER: 'bench',
        INPUT_SERVICE: 'bench',
        INPUT_IMAGE: '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:v2',
        AWS_ENDPOINT_URL: `http://127.0.0.1:${server.address().port}`,
        AWS_MAX_ATTEMPTS: '1',
      },
    });
    await new Promise((done) => child.on('close', done));
    server.close();
    rmSync(tempDir, { recursive: true, force: true });
    if (i > 0 && arrived) times.push(Number(arrived - started) / 1e6);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}
