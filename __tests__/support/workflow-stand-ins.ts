// What the local pipeline runner (workflow-runner.ts) does for the steps that are not our actions:
// `run:` scripts run for real in bash as the runner runs them; the GitHub-only actions that cannot
// run here are replaced by stand-ins that reproduce their documented behaviour on this machine.
//
// - actions/checkout: the test prepares the workspace (the caller's checkout), so a checkout of
//   the workflow's own repository does nothing. A checkout of aws-deploy-actions itself at a
//   commit (`repository`, `ref`, `path`, as the reusable workflows do to pin our actions) links
//   this working tree at `path`; any other repository or ref fails, as it would for a missing
//   ref. Cannot reproduce: fetching, `clean`, submodules, credentials.
// - actions/upload-artifact / download-artifact (v4): a directory shared by the jobs of one run.
//   A single file is stored at the artifact's root, a directory by its contents; upload fails on
//   a name already used in the run (without `overwrite: true`) and on no files with
//   `if-no-files-found: error`; download by `name` fails when no artifact has it, by `pattern`
//   takes every match (each in a folder of its name, or merged with `merge-multiple: true`).
//   With `run-id` (and `github-token`), download reads the store of that earlier run, as the
//   test names them; an unknown run fails as a run without that artifact does.
//   Cannot reproduce: retention, compression, the token's permissions on another repository.
// - aws-actions/configure-aws-credentials: the job's OIDC subject is computed as GitHub forms it
//   (`repo:<owner>/<repo>:environment:<name>` for a job in an environment, `…:pull_request` for
//   a pull request, else `…:ref:<ref>`); with a trust map from the test the role is assumed only
//   when one of its `sub` patterns (StringLike: `*` and `?`) matches, else the step fails with
//   STS's AccessDenied text. The credentials stay the emulator's; AWS_REGION and
//   AWS_DEFAULT_REGION are exported as the action does. Cannot reproduce: real STS, session tags.
// - The OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN): a loopback server that checks
//   the bearer token and answers `{ value: <JWT> }` whose claims are GitHub's documented ones
//   (sub, aud, repository, ref, environment, job_workflow_ref, job_workflow_sha); unsigned.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseCommands, parseFileCommands, REPO_ROOT, type RunResult } from './harness.js';

/** A step's result in the harness's shape, for steps that are not one of our bundles. */
function stepResult(
  fields: Partial<Omit<RunResult, 'cleanup' | 'masks' | 'commands'>> & { tempDir: string },
): RunResult {
  const stdout = fields.stdout ?? '';
  const commands = parseCommands(stdout);
  return {
    code: 0,
    signal: null,
    outputs: {},
    state: {},
    env: {},
    path: [],
    summary: '',
    stderr: '',
    workspace: '',
    durationMs: 0,
    ...fields,
    stdout,
    commands,
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.data),
    cleanup: () => rmSync(fields.tempDir, { recursive: true, force: true }),
  };
}

const failed = (message: string): RunResult =>
  stepResult({
    code: 1,
    stdout: `::error::${message}\n`,
    tempDir: mkdtempSync(join(tmpdir(), 'ada-stand-in-')),
  });
const succeeded = (fields: Partial<RunResult> = {}): RunResult =>
  stepResult({ code: 0, ...fields, tempDir: mkdtempSync(join(tmpdir(), 'ada-stand-in-')) });

export interface ShellOptions {
  workspace: string;
  /** Working directory, relative to the workspace. */
  workingDirectory?: string;
  env: Record<string, string>;
  timeoutMs: number;
}

/** A `run:` step: `bash --noprofile --norc -eo pipefail <script>`, with the runner's file commands. */
export async function runShell(script: string, options: ShellOptions): Promise<RunResult> {
  const tempDir = mkdtempSync(join(tmpdir(), 'ada-run-step-'));
  const files = {
    GITHUB_OUTPUT: join(tempDir, 'set_output'),
    GITHUB_ENV: join(tempDir, 'set_env'),
    GITHUB_PATH: join(tempDir, 'add_path'),
    GITHUB_STEP_SUMMARY: join(tempDir, 'step_summary'),
    GITHUB_STATE: join(tempDir, 'save_state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const scriptFile = join(tempDir, 'script.sh');
  writeFileSync(scriptFile, script);
  const cwd = resolve(options.workspace, options.workingDirectory ?? '.');
  if (!existsSync(cwd))
    return stepResult({
      code: 1,
      stdout: `::error::working-directory ${options.workingDirectory ?? ''} does not exist\n`,
      tempDir,
    });
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (done, reject) => {
      const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
        cwd,
        env: { ...options.env, ...files, RUNNER_TEMP: options.env['RUNNER_TEMP'] ?? tempDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`run step did not finish within ${options.timeoutMs} ms\n${out}\n${err}`));
      }, options.timeoutMs);
      child.on('error', reject);
      child.on('close', (exit) => {
        clearTimeout(timer);
        done({ code: exit ?? 1, stdout: out, stderr: err });
      });
    },
  );
  const read = (file: string) => readFileSync(file, 'utf8');
  return stepResult({
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    env: parseFileCommands(read(files.GITHUB_ENV)),
    path: read(files.GITHUB_PATH)
      .split('\n')
      .filter((line) => line !== ''),
    summary: read(files.GITHUB_STEP_SUMMARY),
    workspace: options.workspace,
    tempDir,
    durationMs: performance.now() - started,
  });
}

// ---------------------------------------------------------------------------------------------
// The OIDC subject and token.

export interface OidcJob {
  repository: string;
  eventName: string;
  ref: string;
  environment: string;
  /** `owner/repo/.github/workflows/file.yml@ref` of the workflow file the job is defined in. */
  jobWorkflowRef: string;
  jobWorkflowSha: string;
}

/** The `sub` claim of a job's OIDC token, as GitHub forms it by default. */
export function oidcSubject(job: Pick<OidcJob, 'repository' | 'eventName' | 'ref' | 'environment'>): string {
  if (job.environment) return `repo:${job.repository}:environment:${job.environment}`;
  if (job.eventName === 'pull_request') return `repo:${job.repository}:pull_request`;
  return `repo:${job.repository}:ref:${job.ref}`;
}

/** IAM StringLike: `*` any run of characters, `?` one character. */
export function stringLike(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(value);
}

export interface OidcEndpoint {
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  close(): Promise<void>;
}

export async function startOidcEndpoint(job: OidcJob): Promise<OidcEndpoint> {
  const bearer = randomBytes(16).toString('hex');
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.headers.authorization?.toLowerCase() !== `bearer ${bearer}`) {
      res.writeHead(401).end('{"message":"bad token"}');
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      aud: url.searchParams.get('audience') ?? `https://github.com/${job.repository.split('/')[0] ?? ''}`,
      sub: oidcSubject(job),
      repository: job.repository,
      ref: job.ref,
      environment: job.environment || undefined,
      event_name: job.eventName,
      job_workflow_ref: job.jobWorkflowRef,
      job_workflow_sha: job.jobWorkflowSha,
      iat: now,
      exp: now + 300,
    };
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ value: `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.` }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('OIDC stand-in has no address');
  return {
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${address.port}/_apis/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: bearer,
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

// ---------------------------------------------------------------------------------------------
// The GitHub-only actions.

export interface StandInContext {
  workspace: string;
  inputs: Record<string, string>;
  job: OidcJob;
  /** Shared by the jobs of one run: upload-artifact writes here, download-artifact reads. */
  artifacts: string;
  /** The stores of earlier runs, by run id: download-artifact with `run-id` reads there. */
  earlierRuns?: Record<string, string>;
  /** Role ARN → `sub` patterns its trust policy allows; without it every role is assumed. */
  trust?: Record<string, string[]>;
  /** The repository and commit a checkout of aws-deploy-actions may ask for. */
  suite: { repository: string; sha: string };
}

export type StandIn = (context: StandInContext) => RunResult;

const artifactDir = (context: StandInContext, name: string) =>
  join(context.artifacts, encodeURIComponent(name));

/** The artifact store download-artifact reads: this run's, or with `run-id` that run's. */
function downloadStore(context: StandInContext): StandInContext | undefined {
  const runId = context.inputs['run-id'];
  if (!runId) return context;
  const store = context.earlierRuns?.[runId];
  return store ? { ...context, artifacts: store } : undefined;
}

function checkout({ workspace, inputs, job, suite }: StandInContext): RunResult {
  const repository = inputs['repository'] ?? job.repository;
  if (repository.toLowerCase() === job.repository.toLowerCase() && !inputs['path']) return succeeded();
  if (repository.toLowerCase() !== suite.repository.toLowerCase() || inputs['ref'] !== suite.sha)
    return failed(
      `checkout stand-in serves ${job.repository} (the test's workspace) and ${suite.repository} at ${suite.sha}; asked for ${repository} at ${inputs['ref'] ?? '(default branch)'}`,
    );
  const target = resolve(workspace, inputs['path'] ?? '.');
  if (target === resolve(workspace)) return failed('checking aws-deploy-actions out over the workspace');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(REPO_ROOT, target, 'dir');
  return succeeded({ stdout: `stand-in: ${suite.repository}@${suite.sha} at ${inputs['path'] ?? ''}\n` });
}

function upload(context: StandInContext): RunResult {
  const name = context.inputs['name'] || 'artifact';
  const store = artifactDir(context, name);
  if (existsSync(store) && context.inputs['overwrite'] !== 'true')
    return failed(
      `Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`,
    );
  const paths = (context.inputs['path'] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((path) => resolve(context.workspace, path))
    .filter((path) => existsSync(path));
  if (paths.length === 0) {
    const mode = context.inputs['if-no-files-found'] ?? 'warn';
    const message = `No files were found with the provided path: ${context.inputs['path'] ?? ''}. No artifacts will be uploaded.`;
    return mode === 'error' ? failed(message) : succeeded({ stdout: `::warning::${message}\n` });
  }
  rmSync(store, { recursive: true, force: true });
  mkdirSync(store, { recursive: true });
  for (const path of paths) {
    if (statSync(path).isDirectory()) cpSync(path, store, { recursive: true });
    else cpSync(path, join(store, basename(path)));
  }
  return succeeded({ outputs: { 'artifact-id': String(readdirSync(context.artifacts).length) } });
}

function download(given: StandInContext): RunResult {
  const context = downloadStore(given);
  if (!context)
    return failed(
      `Unable to download artifact(s): Artifact not found for name: ${given.inputs['name'] ?? ''} in run ${given.inputs['run-id'] ?? ''}`,
    );
  const name = context.inputs['name'];
  const pattern = context.inputs['pattern'];
  const target = resolve(context.workspace, context.inputs['path'] ?? '.');
  if (name) {
    const store = artifactDir(context, name);
    if (!existsSync(store))
      return failed(`Unable to download artifact(s): Artifact not found for name: ${name}`);
    mkdirSync(target, { recursive: true });
    cpSync(store, target, { recursive: true });
    return succeeded({ outputs: { 'download-path': target } });
  }
  if (!pattern)
    return failed(
      'download-artifact stand-in: give `name` or `pattern` (downloading every artifact is not reproduced)',
    );
  const glob = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  const names = existsSync(context.artifacts)
    ? readdirSync(context.artifacts)
        .map((entry) => decodeURIComponent(entry))
        .filter((artifact) => glob.test(artifact))
    : [];
  const merge = context.inputs['merge-multiple'] === 'true';
  for (const artifact of names) {
    const into = merge ? target : join(target, artifact);
    mkdirSync(into, { recursive: true });
    cpSync(artifactDir(context, artifact), into, { recursive: true });
  }
  return succeeded({
    stdout: `Found ${names.length} artifact(s)\n`,
    outputs: { 'download-path': target },
  });
}

function configureAwsCredentials(context: StandInContext): RunResult {
  const role = context.inputs['role-to-assume'] ?? '';
  const region = context.inputs['aws-region'] ?? '';
  if (!region) return failed('Input required and not supplied: aws-region');
  if (!role)
    return failed(
      'Credentials could not be loaded, please check your action inputs: role-to-assume is empty',
    );
  const subject = oidcSubject(context.job);
  if (context.trust) {
    const patterns = context.trust[role];
    if (!patterns?.some((pattern) => stringLike(pattern, subject)))
      return failed(
        `Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity (role ${role}, sub ${subject})`,
      );
  }
  return succeeded({
    stdout: `stand-in: assumed ${role} as ${subject}\n`,
    env: { AWS_REGION: region, AWS_DEFAULT_REGION: region },
    outputs: { 'aws-account-id': /:(\d{12}):/.exec(role)?.[1] ?? '' },
  });
}

const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': upload,
  'actions/download-artifact': download,
  'aws-actions/configure-aws-credentials': configureAwsCredentials,
};

/** The stand-in for a `uses:` (any ref), if there is one. */
export function standInFor(uses: string | undefined): StandIn | undefined {
  return uses ? STAND_INS[uses.split('@')[0] ?? ''] : undefined;
}
