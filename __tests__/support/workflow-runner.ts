// The local pipeline runner: reads a workflow file, takes one job's steps in order and runs them
// with `with:`, `env:`, `if:` and `run:` evaluated as GitHub does from a small context given by
// the test (vars, secrets, github, inputs, matrix, needs) plus the outputs of the steps so far:
// - steps that use one of our actions (`owner/aws-deploy-actions/actions/x@ref`, or a local
//   `./…/actions/x`, e.g. the pinned checkout of the reusable workflows) run through the
//   runner-exact harness (runAction);
// - `run:` steps run in bash with GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY, as on the runner;
// - checkout, upload/download-artifact and configure-aws-credentials run as the documented
//   stand-ins of workflow-stand-ins.ts; the job gets an OIDC token endpoint stand-in;
// - any other third-party action (Slack, repository-dispatch, …) is not run: its `if:` and
//   inputs are evaluated and reported, and it counts as succeeded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { assertNoSecretLeak, REPO_ROOT, runAction, type RunOptions, type RunResult } from './harness.js';
import { oidcSubject, runShell, standInFor, startOidcEndpoint, type OidcJob } from './workflow-stand-ins.js';

// ---------------------------------------------------------------------------------------------
// Expressions: the subset of GitHub's expression language workflows here use.

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'op'; value: string };

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', ',', '.', '*'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error(`unterminated string in expression: ${text}`);
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") {
          i += 1;
          break;
        } else {
          value += text[i];
          i += 1;
        }
      }
      tokens.push({ kind: 'string', value });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const match = /^-?(0x[0-9a-f]+|[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?)/i.exec(text.slice(i));
      const literal = match?.[0] ?? c;
      tokens.push({ kind: 'number', value: Number(literal) });
      i += literal.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i))?.[0] ?? c;
      tokens.push({ kind: 'name', value: name });
      i += name.length;
    } else {
      const op = OPERATORS.find((candidate) => text.startsWith(candidate, i));
      if (!op) throw new Error(`unexpected "${c}" in expression: ${text}`);
      tokens.push({ kind: 'op', value: op });
      i += op.length;
    }
  }
  return tokens;
}

export interface ExpressionContext {
  contexts: Record<string, Value>;
  /** Whether an earlier step of the job failed (for success()/failure()). */
  failed: boolean;
}

function truthy(value: Value | undefined): boolean {
  if (value === null || value === undefined || value === false || value === '' || value === 0) return false;
  return !(typeof value === 'number' && Number.isNaN(value));
}

function toNumber(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return NaN;
}

/** GitHub's loose comparison: strings case-insensitively, mixed types as numbers. */
function compare(left: Value, right: Value): number {
  if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toUpperCase();
    const b = right.toUpperCase();
    return a === b ? 0 : a < b ? -1 : 1;
  }
  if (typeof left === 'object' && left !== null) return left === right ? 0 : NaN;
  const a = toNumber(left);
  const b = toNumber(right);
  return a === b ? 0 : a < b ? -1 : a > b ? 1 : NaN;
}

/** The text a value becomes inside `${{ }}` in a string. */
export function stringify(value: Value | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

function property(target: Value | undefined, key: string): Value {
  if (target === null || target === undefined || typeof target !== 'object') return null;
  if (Array.isArray(target)) {
    const index = Number(key);
    return Number.isInteger(index) ? (target[index] ?? null) : null;
  }
  const found = Object.keys(target).find((name) => name.toLowerCase() === key.toLowerCase());
  return found === undefined ? null : (target[found] ?? null);
}

class Parser {
  private position = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly context: ExpressionContext,
    private readonly source: string,
  ) {}

  parse(): Value {
    const value = this.or();
    if (this.position < this.tokens.length) throw new Error(`unexpected token in expression: ${this.source}`);
    return value;
  }

  private peek(op: string): boolean {
    const token = this.tokens[this.position];
    return token?.kind === 'op' && token.value === op;
  }

  private expect(op: string): void {
    if (!this.peek(op)) throw new Error(`expected "${op}" in expression: ${this.source}`);
    this.position += 1;
  }

  private or(): Value {
    let left = this.and();
    while (this.peek('||')) {
      this.position += 1;
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private and(): Value {
    let left = this.comparison();
    while (this.peek('&&')) {
      this.position += 1;
      const right = this.comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private comparison(): Value {
    let left = this.unary();
    for (;;) {
      const token = this.tokens[this.position];
      if (token?.kind !== 'op' || !['==', '!=', '<', '<=', '>', '>='].includes(token.value)) return left;
      this.position += 1;
      const order = compare(left, this.unary());
      left =
        token.value === '=='
          ? order === 0
          : token.value === '!='
            ? order !== 0
            : token.value === '<'
              ? order < 0
              : token.value === '<='
                ? order <= 0
                : token.value === '>'
                  ? order > 0
                  : order >= 0;
    }
  }

  private unary(): Value {
    if (this.peek('!')) {
      this.position += 1;
      return !truthy(this.unary());
    }
    return this.postfix(this.primary());
  }

  private postfix(start: Value): Value {
    let value = start;
    for (;;) {
      if (this.peek('.')) {
        this.position += 1;
        const token = this.tokens[this.position];
        if (token?.kind !== 'name') throw new Error(`expected a property name in expression: ${this.source}`);
        this.position += 1;
        value = property(value, token.value);
      } else if (this.peek('[')) {
        this.position += 1;
        const key = this.or();
        this.expect(']');
        value = property(value, stringify(key));
      } else return value;
    }
  }

  private primary(): Value {
    const token = this.tokens[this.position];
    if (!token) throw new Error(`unexpected end of expression: ${this.source}`);
    this.position += 1;
    if (token.kind === 'number' || token.kind === 'string') return token.value;
    if (token.kind === 'op') {
      if (token.value !== '(') throw new Error(`unexpected "${token.value}" in expression: ${this.source}`);
      const value = this.or();
      this.expect(')');
      return value;
    }
    if (token.value === 'true') return true;
    if (token.value === 'false') return false;
    if (token.value === 'null') return null;
    if (this.peek('(')) return this.call(token.value);
    const context = this.context.contexts[token.value];
    if (context === undefined)
      throw new Error(`unknown context "${token.value}" in expression: ${this.source}`);
    return context;
  }

  private call(name: string): Value {
    this.expect('(');
    const args: Value[] = [];
    while (!this.peek(')')) {
      args.push(this.or());
      if (!this.peek(')')) this.expect(',');
    }
    this.expect(')');
    const [a = null, b = null] = args;
    switch (name.toLowerCase()) {
      case 'success':
        return !this.context.failed;
      case 'failure':
        return this.context.failed;
      case 'always':
        return true;
      case 'cancelled':
        return false;
      case 'contains':
        return Array.isArray(a)
          ? a.some((item) => compare(item, b) === 0)
          : stringify(a).toLowerCase().includes(stringify(b).toLowerCase());
      case 'startswith':
        return stringify(a).toLowerCase().startsWith(stringify(b).toLowerCase());
      case 'endswith':
        return stringify(a).toLowerCase().endsWith(stringify(b).toLowerCase());
      case 'format':
        return stringify(a).replace(/\{(\d+)\}/g, (_, index: string) => stringify(args[Number(index) + 1]));
      case 'join':
        return Array.isArray(a) ? a.map(stringify).join(args.length > 1 ? stringify(b) : ',') : stringify(a);
      case 'tojson':
        return JSON.stringify(a, null, 2);
      case 'fromjson':
        return JSON.parse(stringify(a)) as Value;
      default:
        throw new Error(`function ${name}() is not supported by the local runner: ${this.source}`);
    }
  }
}

export function evaluate(expression: string, context: ExpressionContext): Value {
  return new Parser(tokenize(expression), context, expression).parse();
}

/** A `with:`/`env:` value: `${{ … }}` parts replaced by their values. */
export function interpolate(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    stringify(evaluate(expression, context)),
  );
}

const STATUS_FUNCTION = /\b(success|failure|always|cancelled)\s*\(/i;

/** A step's `if:` as GitHub reads it: implicitly `success() && (…)` without a status function. */
export function condition(text: string | boolean | undefined, context: ExpressionContext): boolean {
  if (text === undefined) return !context.failed;
  const raw = String(text).trim();
  const expression = /^\$\{\{([\s\S]*)\}\}$/.exec(raw)?.[1] ?? raw;
  const full = STATUS_FUNCTION.test(expression) ? expression : `success() && (${expression})`;
  return truthy(evaluate(full, context));
}

// ---------------------------------------------------------------------------------------------
// Workflows and jobs.

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  'working-directory'?: string;
  if?: string | boolean;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

export interface WorkflowJob {
  name?: string;
  if?: string | boolean;
  needs?: string | string[];
  concurrency?: string | { group?: string; 'cancel-in-progress'?: boolean | string };
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  steps?: WorkflowStep[];
  outputs?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  environment?: string | { name?: string; url?: string };
}

type WorkflowInputs = Record<string, { type?: string; default?: string | boolean | number }>;

export interface Workflow {
  name?: string;
  on?: {
    workflow_call?: { inputs?: WorkflowInputs; secrets?: Record<string, unknown> };
    workflow_dispatch?: { inputs?: WorkflowInputs };
  };
  env?: Record<string, unknown>;
  jobs: Record<string, WorkflowJob>;
}

export function readWorkflow(path: string): Workflow {
  return parseYaml(readFileSync(join(REPO_ROOT, path), 'utf8')) as Workflow;
}

/** The matrix entries of a job: the cartesian product of its array dimensions. */
export function matrixEntries(job: WorkflowJob): Array<Record<string, Value>> {
  const dimensions = Object.entries(job.strategy?.matrix ?? {}).filter(
    ([key, values]) => key !== 'include' && key !== 'exclude' && Array.isArray(values),
  ) as Array<[string, Value[]]>;
  return dimensions.reduce<Array<Record<string, Value>>>(
    (entries, [key, values]) =>
      entries.flatMap((entry) => values.map((value) => ({ ...entry, [key]: value }))),
    [{}],
  );
}

/**
 * The action folder a `uses:` names when it is one of ours: `owner/aws-deploy-actions/actions/x@ref`
 * or a local path ending in `actions/x` (`./actions/x`, `./.aws-deploy-actions/actions/x`).
 */
export function suiteAction(uses: string | undefined): string | undefined {
  if (!uses) return undefined;
  return /^(?:[\w.-]+\/aws-deploy-actions\/actions\/|\.\/(?:[\w.-]+\/)*actions\/)([a-z0-9-]+)(?:@[\w.-]+)?\/?$/.exec(
    uses,
  )?.[1];
}

export interface PipelineContext {
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** github.* values: sha, ref, ref_name, ref_type, run_number, run_id, repository, event_name, event, … */
  github?: Record<string, Value>;
  inputs?: Record<string, string | boolean | number>;
  matrix?: Record<string, Value>;
  needs?: Record<string, { outputs: Record<string, string>; result: 'success' | 'failure' | 'skipped' }>;
}

export interface RunJobOptions {
  context?: PipelineContext;
  /** Environment of every spawned action, beside the workflow's `env:` (emulator endpoints). */
  processEnv?: Record<string, string>;
  workspace?: string;
  timeoutMs?: number;
  /** Called before each of our steps runs, with the inputs it gets. */
  beforeStep?: (step: StepReport) => void | Promise<void>;
  /** Artifact store shared by the jobs of one run (upload/download-artifact stand-ins). */
  artifacts?: string;
  /** The artifact stores of earlier runs, by run id (download-artifact with `run-id`). */
  earlierRuns?: Record<string, string>;
  /** Role ARN → allowed OIDC `sub` patterns, checked by the configure-aws-credentials stand-in. */
  trust?: Record<string, string[]>;
  /** Scripts run instead of a `run:` step, by step name (a download this machine cannot make). */
  replaceRun?: Record<string, string>;
  /** Directories put first on PATH of `run:` steps (a stand-in `tofu`). */
  path?: string[];
  /** The ref a reusable workflow was called at (its OIDC `job_workflow_ref`). Default refs/tags/v1. */
  workflowRef?: string;
}

export type StepStatus = 'success' | 'failure' | 'skipped' | 'not-ours';

export interface StepReport {
  index: number;
  id: string | undefined;
  name: string;
  uses: string | undefined;
  /** Our action's folder name, when the step uses one of our actions. */
  action: string | undefined;
  /** Whether its `if:` held. */
  wouldRun: boolean;
  status: StepStatus;
  inputs: Record<string, string>;
  result?: RunResult;
}

export interface JobReport {
  job: string;
  status: 'success' | 'failure';
  /** `concurrency.group`, evaluated ('' without one). */
  concurrency: string;
  /** The GitHub environment the job runs in ('' without one). */
  environment: string;
  /** The OIDC `sub` its token carries. */
  subject: string;
  steps: StepReport[];
  /** The job's `outputs:`, evaluated after its steps. */
  outputs: Record<string, string>;
  /** `environment.url`, evaluated after its steps. */
  environmentUrl: string;
  step(id: string): StepReport;
  cleanup(): void;
}

const GITHUB_DEFAULTS: Record<string, string> = {
  sha: '0123456789abcdef0123456789abcdef01234567',
  ref: 'refs/heads/main',
  ref_name: 'main',
  ref_type: 'branch',
  run_number: '17',
  run_id: '4242424242',
  run_attempt: '1',
  repository: 'octo-org/octo-app',
  repository_owner: 'octo-org',
  event_name: 'push',
  server_url: 'https://github.com',
  actor: 'octocat',
};

/** GITHUB_* variables the spawned actions read, from the github context. */
function githubEnv(github: Record<string, Value>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(github)
      .filter(([key, value]) => /^[a-z_]+$/.test(key) && key !== 'token' && typeof value !== 'object')
      .map(([key, value]) => [`GITHUB_${key.toUpperCase()}`, stringify(value)]),
  );
}

let suiteSha: string | undefined;
/** The commit of this working tree: what a checkout of aws-deploy-actions "at its own ref" gets. */
export function suiteCommit(): string {
  suiteSha ??= execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  return suiteSha;
}
export const SUITE_REPOSITORY = 'octo-org/aws-deploy-actions';

/** `inputs` as a run of this workflow sees them: the given ones over the declared defaults. */
function inputsWithDefaults(
  workflow: Workflow,
  given: Record<string, string | boolean | number>,
): Record<string, Value> {
  const declared = { ...workflow.on?.workflow_dispatch?.inputs, ...workflow.on?.workflow_call?.inputs };
  const defaults = Object.fromEntries(
    Object.entries(declared).map(([key, input]) => [
      key,
      input?.default ?? (input?.type === 'boolean' ? false : input?.type === 'number' ? 0 : ''),
    ]),
  );
  return { ...defaults, ...given };
}

/** The contexts a job-level expression (`if:`, `concurrency`, `environment`) reads. */
function jobContexts(workflow: Workflow, given: PipelineContext): Record<string, Value> {
  return {
    github: { ...GITHUB_DEFAULTS, ...given.github },
    vars: given.vars ?? {},
    secrets: given.secrets ?? {},
    inputs: inputsWithDefaults(workflow, given.inputs ?? {}),
    matrix: given.matrix ?? {},
    needs: given.needs ?? {},
    env: {},
  };
}

/**
 * Whether a job would start: its `if:` with GitHub's job status functions (success() = every
 * job it needs succeeded; failure() = one failed; cancelled() false), default success().
 */
export function jobCondition(workflowPath: string, jobId: string, given: PipelineContext = {}): boolean {
  const workflow = readWorkflow(workflowPath);
  const job = workflow.jobs[jobId];
  if (!job) throw new Error(`${workflowPath} has no job "${jobId}"`);
  const needs = Object.values(given.needs ?? {});
  const context: ExpressionContext = {
    contexts: jobContexts(workflow, given),
    failed: needs.some((need) => need.result === 'failure'),
  };
  const allSucceeded = needs.every((need) => need.result === 'success');
  if (job.if === undefined) return allSucceeded;
  const raw = String(job.if).trim();
  const expression = /^\$\{\{([\s\S]*)\}\}$/.exec(raw)?.[1] ?? raw;
  if (STATUS_FUNCTION.test(expression)) return truthy(evaluate(expression, context));
  return allSucceeded && truthy(evaluate(expression, context));
}

function environmentName(job: WorkflowJob, context: ExpressionContext): string {
  const name = typeof job.environment === 'object' ? job.environment.name : job.environment;
  return name ? interpolate(name, context) : '';
}

function concurrencyGroup(job: WorkflowJob, context: ExpressionContext): string {
  const group = typeof job.concurrency === 'object' ? job.concurrency.group : job.concurrency;
  return group ? interpolate(group, context) : '';
}

function resolveMap(
  map: Record<string, unknown> | undefined,
  context: ExpressionContext,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map ?? {}).map(([key, value]) => [
      key,
      interpolate(typeof value === 'string' ? value : stringify((value ?? null) as Value), context),
    ]),
  );
}

function resolveInputs(
  map: Record<string, unknown> | undefined,
  context: ExpressionContext,
): Record<string, string> {
  return Object.fromEntries(Object.entries(resolveMap(map, context)).filter(([, value]) => value !== ''));
}

/** Runs the steps of `jobId` in order: ours through the harness, the others as described above. */
export async function runJob(
  workflowPath: string,
  jobId: string,
  options: RunJobOptions = {},
): Promise<JobReport> {
  const workflow = readWorkflow(workflowPath);
  const job = workflow.jobs[jobId];
  if (!job) throw new Error(`${workflowPath} has no job "${jobId}"`);
  const given = options.context ?? {};
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const contexts: Record<string, Value> = {
    ...jobContexts(workflow, given),
    steps,
    runner: { os: 'Linux', arch: 'X64', temp: '' },
    job: { status: 'success' },
    strategy: {},
  };
  const github = contexts['github'] as Record<string, Value>;
  const context: ExpressionContext = { contexts, failed: false };
  // Workflow env first: job env may refer to it (and to matrix, vars, …).
  const workflowEnv = resolveMap(workflow.env, context);
  contexts['env'] = workflowEnv;
  let jobEnv = { ...workflowEnv, ...resolveMap(job.env, context) };
  contexts['env'] = jobEnv;

  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'ada-job-'));
  // RUNNER_TEMP: one directory for the whole job, as on a runner.
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ada-runner-temp-'));
  contexts['runner'] = { os: 'Linux', arch: 'X64', temp: runnerTemp };
  const artifacts = options.artifacts ?? mkdtempSync(join(tmpdir(), 'ada-artifacts-'));
  const repository = stringify(github['repository']);
  const oidcJob: OidcJob = {
    repository,
    eventName: stringify(github['event_name']),
    ref: stringify(github['ref']),
    environment: environmentName(job, context),
    jobWorkflowRef: workflowPath.startsWith('.github/workflows/')
      ? `${SUITE_REPOSITORY}/${workflowPath}@${options.workflowRef ?? 'refs/tags/v1'}`
      : `${repository}/.github/workflows/${workflowPath.split('/').pop() ?? ''}@${stringify(github['ref'])}`,
    jobWorkflowSha: workflowPath.startsWith('.github/workflows/') ? suiteCommit() : stringify(github['sha']),
  };
  const oidc = await startOidcEndpoint(oidcJob);
  const addedPath: string[] = [];
  const addedEnv: Record<string, string> = {};

  const reports: StepReport[] = [];
  const results: RunResult[] = [];
  try {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const stepEnv = {
        ...jobEnv,
        ...resolveMap(step.env, { ...context, contexts: { ...contexts, env: jobEnv } }),
      };
      contexts['env'] = stepEnv;
      const action = suiteAction(step.uses);
      const standIn = standInFor(step.uses);
      const wouldRun = condition(step.if, context);
      const name = step.name
        ? interpolate(step.name, context)
        : (step.uses ?? step.run ?? `step ${index + 1}`);
      const report: StepReport = {
        index,
        id: step.id,
        name,
        uses: step.uses,
        action,
        wouldRun,
        status: !wouldRun ? 'skipped' : action || standIn || step.run !== undefined ? 'success' : 'not-ours',
        inputs: {},
      };
      reports.push(report);
      // An input that evaluates to '' is left unset, as the actions read '' as "not given".
      if (wouldRun) report.inputs = resolveInputs(step.with, context);
      let result: RunResult | undefined;
      const runnerEnv = {
        ...options.processEnv,
        ...githubEnv(github),
        GITHUB_WORKSPACE: workspace,
        ...oidc.env,
        ...addedEnv,
        ...stepEnv,
      };
      if (wouldRun && action) {
        await options.beforeStep?.(report);
        const local = step.uses?.startsWith('./') ? resolve(workspace, step.uses) : undefined;
        const runOptions: RunOptions = {
          env: runnerEnv,
          eventName: stringify(github['event_name']) || 'push',
          timeoutMs: options.timeoutMs ?? 120_000,
          workspace,
          ...(local ? { actionDir: local } : {}),
        };
        result = await runAction(action, report.inputs, runOptions);
      } else if (wouldRun && standIn) {
        result = standIn({
          workspace,
          inputs: report.inputs,
          job: oidcJob,
          artifacts,
          earlierRuns: options.earlierRuns ?? {},
          suite: { repository: SUITE_REPOSITORY, sha: suiteCommit() },
          ...(options.trust ? { trust: options.trust } : {}),
        });
      } else if (wouldRun && step.run !== undefined) {
        const script = options.replaceRun?.[name] ?? interpolate(step.run, context);
        const path = [...(options.path ?? []), ...addedPath.slice().reverse(), process.env['PATH'] ?? ''];
        result = await runShell(script, {
          workspace,
          ...(step['working-directory']
            ? { workingDirectory: interpolate(step['working-directory'], context) }
            : {}),
          env: {
            ...runnerEnv,
            RUNNER_TEMP: runnerTemp,
            PATH: path.join(':'),
            HOME: process.env['HOME'] ?? '/root',
          },
          timeoutMs: options.timeoutMs ?? 120_000,
        });
      }
      if (result) {
        results.push(result);
        report.result = result;
        report.status = result.code === 0 ? 'success' : 'failure';
        if (result.code === 0) {
          addedPath.push(...result.path);
          Object.assign(addedEnv, result.env);
          jobEnv = { ...jobEnv, ...result.env };
        }
        if (report.status === 'failure' && !step['continue-on-error']) {
          context.failed = true;
          contexts['job'] = { status: 'failure' };
        }
      }
      if (step.id) {
        const outcome = report.status === 'not-ours' ? 'success' : report.status;
        steps[step.id] = { outputs: report.result?.outputs ?? {}, outcome, conclusion: outcome };
      }
      contexts['env'] = jobEnv;
    }
  } finally {
    await oidc.close();
  }

  const outputs = resolveMap(job.outputs, context);
  const environmentUrl =
    typeof job.environment === 'object' && job.environment.url
      ? interpolate(job.environment.url, context)
      : '';
  return {
    job: jobId,
    status: context.failed ? 'failure' : 'success',
    concurrency: concurrencyGroup(job, context),
    environment: oidcJob.environment,
    subject: oidcSubject(oidcJob),
    steps: reports,
    outputs,
    environmentUrl,
    step(id: string): StepReport {
      const found = reports.find((report) => report.id === id);
      if (!found) throw new Error(`job ${jobId} has no step with id "${id}"`);
      return found;
    },
    cleanup: () => {
      results.forEach((result) => result.cleanup());
      rmSync(runnerTemp, { recursive: true, force: true });
    },
  };
}

/** What a step did, for a failing assertion's message: status, error lines, tail of the log. */
export function describeStep(step: StepReport): string {
  const result = step.result;
  if (!result) return `${step.name}: ${step.status}`;
  const errors = result.commands
    .filter((command) => command.command === 'error')
    .map((command) => command.data);
  return [
    `${step.name} (${step.action ?? step.uses ?? 'run'}): ${step.status}, exit ${String(result.code)}`,
    ...errors.map((error) => `  error: ${error}`),
    `  stdout tail: ${result.stdout.split('\n').slice(-15).join('\n  ')}`,
  ].join('\n');
}

/** Throws unless each named job ended as expected, with what the failing steps said. */
export function expectJobResults(run: WorkflowRun, expected: Record<string, string>): void {
  const actual = Object.fromEntries(Object.keys(expected).map((id) => [id, run.jobs[id]?.result]));
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(
      `job results ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}\n` +
        Object.values(run.jobs)
          .flatMap((job) => job.reports)
          .flatMap((report) => report.steps.filter((step) => step.status === 'failure'))
          .map((step) => `${describeStep(step)}\n  stderr: ${step.result?.stderr ?? ''}`)
          .join('\n'),
    );
}

/** No secret in any step's log, outputs, summary or script of the run. */
export function expectNoSecretInRun(run: WorkflowRun, secrets: string[]): void {
  for (const job of Object.values(run.jobs))
    for (const report of job.reports)
      for (const step of report.steps)
        if (step.result) assertNoSecretLeak({ ...step.result, workspace: '' }, secrets);
}

export interface WorkflowRun {
  /** Per job: its result as `needs` shows it, and the report of each matrix leg run. */
  jobs: Record<string, { result: 'success' | 'failure' | 'skipped'; reports: JobReport[] }>;
  /** The job (first leg) report, for a job that ran. */
  job(id: string): JobReport;
  cleanup(): void;
}

/**
 * Runs every job of a workflow in file order (each after the jobs it needs), as one run: a job
 * whose `if:` does not hold (with GitHub's job status functions) is skipped; matrix legs run one
 * after the other in matrix order and, as with `fail-fast`, stop at the first that fails; the
 * job's outputs are the last leg's; upload/download-artifact share one store. `leaveOut` names
 * jobs not to execute at all (reported as skipped): the caller says why.
 */
export async function runWorkflow(
  workflowPath: string,
  options: RunJobOptions & {
    leaveOut?: string[];
    /** Variables and secrets of a leg's environment (GitHub environment scope), over the run's. */
    scoped?: (
      job: string,
      matrix: Record<string, Value>,
    ) => { vars?: Record<string, string>; secrets?: Record<string, string> };
  } = {},
): Promise<WorkflowRun> {
  const workflow = readWorkflow(workflowPath);
  const given = options.context ?? {};
  const artifacts = options.artifacts ?? mkdtempSync(join(tmpdir(), 'ada-artifacts-'));
  const jobs: WorkflowRun['jobs'] = {};
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const needs = Object.fromEntries(
      [job.needs ?? []].flat().map((need) => {
        const done = jobs[need];
        if (!done) throw new Error(`${workflowPath}: job ${id} needs ${need}, which comes later in the file`);
        return [need, { result: done.result, outputs: done.reports.at(-1)?.outputs ?? {} }];
      }),
    );
    const context: PipelineContext = { ...given, needs: { ...given.needs, ...needs } };
    if (options.leaveOut?.includes(id) || !jobCondition(workflowPath, id, context)) {
      jobs[id] = { result: 'skipped', reports: [] };
      continue;
    }
    const legs = matrixEntries(job);
    const reports: JobReport[] = [];
    for (const matrix of legs) {
      const scoped = options.scoped?.(id, matrix) ?? {};
      const report = await runJob(workflowPath, id, {
        ...options,
        artifacts,
        context: {
          ...context,
          matrix,
          vars: { ...context.vars, ...scoped.vars },
          secrets: { ...context.secrets, ...scoped.secrets },
        },
      });
      reports.push(report);
      if (report.status === 'failure') break;
    }
    jobs[id] = {
      result: reports.some((report) => report.status === 'failure') ? 'failure' : 'success',
      reports,
    };
  }
  return {
    jobs,
    job(id: string): JobReport {
      const found = jobs[id]?.reports[0];
      if (!found) throw new Error(`job ${id} did not run (${jobs[id]?.result ?? 'unknown job'})`);
      return found;
    },
    cleanup: () => Object.values(jobs).forEach((job) => job.reports.forEach((report) => report.cleanup())),
  };
}
