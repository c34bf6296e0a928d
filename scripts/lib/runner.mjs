// Runs an action bundle as a workflow step would, for the demo: INPUT_* variables (hyphens kept),
// action.yml defaults, fresh GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files, cwd = workspace.
// (The jest harness, __tests__/support/harness.ts, is the tested, fuller version of this.)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { NODE24 } from './setup.mjs';

/** `name=value` and `name<<DELIM … DELIM` entries of a file command. */
export function parseFileCommand(text) {
  const values = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delimiter] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`file command ${key}<<${delimiter} has no closing delimiter`);
      values[key] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('='))
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return values;
}

export function actionPaths(name) {
  const dir = name === 'release' ? '.' : join('actions', name);
  const metadata = parse(readFileSync(join(dir, 'action.yml'), 'utf8'));
  return { dir, metadata, bundle: resolve(dir, metadata.runs.main) };
}

/**
 * @param {string} name action folder name (or 'release' for the root action)
 * @param {Record<string, string>} inputs
 * @param {{ env?: Record<string,string>, workspace?: string, onLine?: (line: string) => void }} options
 */
export async function runStep(name, inputs, options = {}) {
  const { metadata, bundle } = actionPaths(name);
  const root = mkdtempSync(join(tmpdir(), `step-${name}-`));
  const workspace = options.workspace ?? join(root, 'workspace');
  for (const dir of [workspace, join(root, 'temp'), join(root, 'home')]) mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((key) => {
      const path = join(root, key.toLowerCase());
      writeFileSync(path, '');
      return [key, path];
    }),
  );
  const inputEnv = {};
  for (const [id, input] of Object.entries(metadata.inputs ?? {}))
    if (input?.default !== undefined) inputEnv[`INPUT_${id.toUpperCase()}`] = String(input.default);
  for (const [id, value] of Object.entries(inputs))
    inputEnv[`INPUT_${id.replace(/ /g, '_').toUpperCase()}`] = String(value);
  const env = {
    PATH: process.env.PATH,
    HOME: join(root, 'home'),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/demo-api',
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: join(root, 'temp'),
    RUNNER_OS: 'Linux',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...options.env,
    ...files,
    ...inputEnv,
  };
  const started = Date.now();
  // node24, as `runs.using: node24` on the runner, when the project's copy is installed
  const node = existsSync(NODE24) ? NODE24 : process.execPath;
  const child = spawn(node, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let pending = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line);
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((done) => child.on('close', done));
  if (pending) options.onLine?.(pending);
  try {
    return {
      code,
      stdout,
      stderr,
      outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
