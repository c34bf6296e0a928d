// Bundle sizes, download size of the repository, cold start on an input error (spawn → exit),
// and peak memory, for every action, on Node 20 (this machine) and Node 24 (the runner); and
// deploy-ecs side by side with the reference action, aws-actions/amazon-ecs-deploy-task-definition.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
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

/** The runner's environment for one step; the file-command files exist, as the runner creates them. */
function runnerEnv(tempDir) {
  for (const name of ['output', 'state', 'summary']) writeFileSync(join(tempDir, name), '');
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
  if (existsSync('dist/deploy-ecs/index.js')) rows.push(...(await compareWithReference(node24)));
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

// The reference: aws-actions/amazon-ecs-deploy-task-definition v2.6.3 (commit c465972), its dist/,
// action.yml and LICENSE as `git archive` gives them, stored brotli-compressed (417 KB instead of
// 3 MB) so the repository stays small; extracted to a temp directory for the run.
const REFERENCE_ARCHIVE = 'scripts/bench/reference/amazon-ecs-deploy-task-definition-v2.6.3.tar.br';
const REFERENCE_NAME = 'amazon-ecs-deploy-task-definition v2.6.3';

function extractReference() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-reference-'));
  const tar = spawnSync('tar', ['-x', '-C', dir], {
    input: brotliDecompressSync(readFileSync(REFERENCE_ARCHIVE)),
  });
  if (tar.status !== 0) throw new Error(`tar could not extract ${REFERENCE_ARCHIVE}: ${tar.stderr}`);
  return {
    bundle: join(dir, 'dist', 'index.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Each bundle's inputs for a run that reaches its first AWS request, and for one that fails on its inputs. */
const SUBJECTS = {
  ours: {
    success: () => ({
      'INPUT_WAIT-TIMEOUT': '30m',
      INPUT_CLUSTER: 'bench',
      INPUT_SERVICE: 'bench',
      INPUT_IMAGE: '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:v2',
    }),
    inputError: () => ({}),
  },
  reference: {
    success: (workspace) => {
      writeFileSync(
        join(workspace, 'task-definition.json'),
        JSON.stringify({ family: 'bench', containerDefinitions: [{ name: 'app', image: 'bench:v2' }] }),
      );
      return {
        'INPUT_TASK-DEFINITION': 'task-definition.json',
        INPUT_CLUSTER: 'bench',
        INPUT_SERVICE: 'bench',
      };
    },
    inputError: () => ({}),
  },
};

/**
 * One start as the runner does it: times (ms) from spawn to the first AWS request (a local endpoint
 * notes it and answers AccessDenied, so the run ends) and to exit, and the peak RSS (MB).
 */
async function startOnce(node, bundle, inputs) {
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
  const rssFile = join(tempDir, 'rss');
  const env = {
    ...runnerEnv(tempDir),
    ...inputs(tempDir),
    AWS_ENDPOINT_URL: `http://127.0.0.1:${server.address().port}`,
    AWS_MAX_ATTEMPTS: '1',
    BENCH_RSS_FILE: rssFile,
  };
  const started = process.hrtime.bigint();
  const child = spawn(node, ['--import', resolve('scripts/bench/rss-probe.mjs'), resolve(bundle)], {
    cwd: tempDir,
    stdio: 'ignore',
    env,
  });
  const code = await new Promise((done) => child.on('close', done));
  const exited = process.hrtime.bigint();
  server.close();
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : 0;
  rmSync(tempDir, { recursive: true, force: true });
  const ms = (end) => Number(end - started) / 1e6;
  return { request: arrived === undefined ? undefined : ms(arrived), exit: ms(exited), code, rss };
}

/**
 * deploy-ecs and the reference, started alternately (so drift of a shared machine hits both alike),
 * on both paths; the first pair of each only warms the file cache.
 */
async function compareOn(node, reference, runs = RUNS) {
  const results = { ours: { success: [], inputError: [] }, reference: { success: [], inputError: [] } };
  const bundles = { ours: resolve('dist/deploy-ecs/index.js'), reference };
  for (const path of ['success', 'inputError'])
    for (let i = 0; i < runs + 1; i += 1) {
      const order = i % 2 ? ['reference', 'ours'] : ['ours', 'reference'];
      for (const who of order) {
        const run = await startOnce(node, bundles[who], SUBJECTS[who][path]);
        if (i > 0) results[who][path].push(run);
      }
    }
  const summary = (list, key) => {
    const values = list.map((run) => run[key]).filter((value) => value !== undefined);
    return values.length
      ? { median: median(values), min: Math.min(...values), max: Math.max(...values) }
      : undefined;
  };
  const figures = (who) => ({
    request: summary(results[who].success, 'request'),
    exit: summary(results[who].inputError, 'exit'),
    exitCode: results[who].inputError.at(-1)?.code,
    rss: Math.max(...results[who].success.map((r) => r.rss), ...results[who].inputError.map((r) => r.rss)),
  });
  return { ours: figures('ours'), reference: figures('reference') };
}

export async function compareWithReference(node24) {
  if (!existsSync(REFERENCE_ARCHIVE)) return [];
  const reference = extractReference();
  const rows = [];
  try {
    for (const [label, node] of [
      ['Node 24', node24],
      ['Node 20', process.execPath],
    ]) {
      if (!node) continue;
      const { ours, reference: ref } = await compareOn(node, reference.bundle);
      const range = (f) => `${f.min.toFixed(0)}–${f.max.toFixed(0)} ms`;
      const budget = label === 'Node 24';
      if (ours.request && ref.request)
        rows.push({
          figure: `deploy-ecs vs reference: spawn → first AWS request, success path (${label})`,
          value: (ours.request.median / ref.request.median).toFixed(2),
          unit: '×',
          note: `deploy-ecs ${ours.request.median.toFixed(0)} ms (${range(ours.request)}), ${REFERENCE_NAME} ${ref.request.median.toFixed(0)} ms (${range(ref.request)}); median of ${RUNS}${budget ? '; budget ≤ 1.0' : ''}`,
        });
      if (ours.exit && ref.exit)
        rows.push({
          figure: `deploy-ecs vs reference: spawn → exit on an input error (${label})`,
          value: (ours.exit.median / ref.exit.median).toFixed(2),
          unit: '×',
          note: `deploy-ecs ${ours.exit.median.toFixed(0)} ms (exit ${ours.exitCode}), ${REFERENCE_NAME} ${ref.exit.median.toFixed(0)} ms (exit ${ref.exitCode}); median of ${RUNS}${budget ? '; budget ≤ 0.5' : ''}`,
        });
      rows.push({
        figure: `deploy-ecs vs reference: peak RSS, both paths (${label})`,
        value: (ours.rss / ref.rss).toFixed(2),
        unit: '×',
        note: `deploy-ecs ${ours.rss.toFixed(0)} MB, ${REFERENCE_NAME} ${ref.rss.toFixed(0)} MB${budget ? '; budget ≤ 1.0' : ''}`,
      });
    }
  } finally {
    reference.remove();
  }
  return rows;
}
