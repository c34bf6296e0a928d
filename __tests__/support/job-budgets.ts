// The longest a job of a workflow can take by its steps' own time budgets: each step that uses one of
// the suite's actions adds what that action may wait (its wait-timeout, timeout, bake-time, traffic
// holds…, with the action.yml default where the step sets none), plus a margin per job for what no
// input bounds (checkout, credentials, builds). A job's timeout-minutes must cover it: GitHub
// cancels a job at its timeout, and a cancelled step's `if: failure()` rollback does not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatDuration, parseDuration } from '../../shared/action/duration.js';
import { REPO_ROOT } from './harness.js';

/** Checkout, credentials, docker build and the runner's own overhead, per job. */
export const JOB_MARGIN_MS = 5 * 60_000;
/** The root action's rollback may get a quarter of wait-timeout beyond it (actions/release). */
const ROLLBACK_RESERVE = 1.25;
/** state-bootstrap waits up to 5 minutes for its lock table to become ACTIVE. */
const LOCK_TABLE_WAIT_MS = 5 * 60_000;

/** YAML scalars as the runner passes them to an input (strings, numbers, booleans). */
type Scalar = string | number | boolean | null;
type With = Record<string, Scalar>;
interface Step {
  name?: string;
  uses?: string;
  with?: With;
}
interface Job {
  'timeout-minutes'?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: Record<string, { inputs?: Record<string, { default?: Scalar }> } | null> | string | string[];
  jobs?: Record<string, Job>;
}

export interface JobBudget {
  job: string;
  timeoutMinutes: number | undefined;
  /** Each step's budget, in words, for the failure message. */
  parts: string[];
  totalMs: number;
  /** Why a budget could not be derived (an expression the test cannot resolve). */
  unresolved: string[];
}

/** Which action of the suite a `uses:` names: the root action is 'release'; other uses undefined. */
export function suiteAction(uses: string): string | undefined {
  const match = /(?:^|\/)\.?aws-deploy-actions(?:\/actions\/([a-z0-9-]+))?(?:@|$)/.exec(uses);
  if (!match) return /^\.\/actions\/([a-z0-9-]+)$/.exec(uses)?.[1] ?? (uses === './' ? 'release' : undefined);
  return match[1] ?? 'release';
}

const defaultsCache = new Map<string, Record<string, string>>();

function actionDefaults(action: string): Record<string, string> {
  const cached = defaultsCache.get(action);
  if (cached) return cached;
  const file = action === 'release' ? 'action.yml' : join('actions', action, 'action.yml');
  const metadata = parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as {
    inputs?: Record<string, { default?: Scalar }>;
  };
  const defaults = Object.fromEntries(
    Object.entries(metadata.inputs ?? {}).map(([name, spec]) => [name, String(spec.default ?? '')]),
  );
  defaultsCache.set(action, defaults);
  return defaults;
}

function workflowInputDefaults(workflow: Workflow): Record<string, string> {
  const on = workflow.on;
  if (!on || typeof on !== 'object' || Array.isArray(on)) return {};
  const defaults: Record<string, string> = {};
  for (const trigger of ['workflow_dispatch', 'workflow_call'])
    for (const [name, spec] of Object.entries(on[trigger]?.inputs ?? {}))
      if (spec.default !== undefined) defaults[name] ??= String(spec.default);
  return defaults;
}

/** Sum of the traffic holds of a schedule such as `10%:5m,50%:5m`. */
function trafficHoldsMs(schedule: string): number {
  return schedule
    .split(',')
    .map((step) => step.trim().split(':')[1] ?? '')
    .reduce((sum, duration) => sum + (parseDuration(duration) ?? 0), 0);
}

/** Whether a workflow can be called from another (`on: workflow_call`). */
export function isReusable(text: string): boolean {
  const on = (parse(text) as Workflow).on;
  if (typeof on === 'string') return on === 'workflow_call';
  if (Array.isArray(on)) return on.includes('workflow_call');
  return on !== undefined && 'workflow_call' in on;
}

export function jobBudgets(text: string): JobBudget[] {
  const workflow = parse(text) as Workflow;
  const inputs = workflowInputDefaults(workflow);
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, spec]): JobBudget[] => {
    const parts: string[] = [];
    const unresolved: string[] = [];
    let totalMs = 0;
    for (const step of spec.steps ?? []) {
      const action = step.uses ? suiteAction(step.uses) : undefined;
      if (!action) continue;
      const defaults = actionDefaults(action);
      const value = (input: string): string => {
        const given = step.with?.[input];
        const raw = given === undefined ? (defaults[input] ?? '') : String(given);
        const expression = /^\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(raw.trim());
        // an empty workflow input leaves the action's default, as the runner does
        if (expression) return inputs[expression[1] ?? ''] || (defaults[input] ?? '');
        if (raw.includes('${{')) unresolved.push(`${step.name ?? action}: ${input}: ${raw}`);
        return raw;
      };
      /** Whether the step sets an input whose presence alone matters (an expression counts as set). */
      const given = (input: string): boolean =>
        String(step.with?.[input] ?? defaults[input] ?? '').trim() !== '';
      const add = (label: string, ms: number): void => {
        if (ms <= 0) return;
        totalMs += ms;
        parts.push(`${action} ${label} ${formatDuration(ms)}`);
      };
      const duration = (input: string): number => parseDuration(value(input)) ?? 0;
      switch (action) {
        case 'deploy-ecs':
        case 'eks-rolling-update':
        case 'deploy-ec2':
          add('wait-timeout', duration('wait-timeout'));
          break;
        case 'deploy-lambda-image':
          add('wait-timeout', duration('wait-timeout'));
          add('traffic holds', trafficHoldsMs(value('traffic')));
          break;
        case 'smoke-test':
          add('timeout', duration('timeout'));
          break;
        case 'auto-rollback':
          add('wait-timeout', duration('wait-timeout'));
          add('bake-time', duration('bake-time'));
          break;
        case 'build-push-ecr':
          if (value('scan-on-push') !== 'false') add('scan-timeout', duration('scan-timeout'));
          break;
        case 'state-bootstrap':
          if (given('lock-table')) add('lock table wait', LOCK_TABLE_WAIT_MS);
          break;
        case 'release':
          add(
            'wait-timeout (with the rollback reserve)',
            Math.ceil(duration('wait-timeout') * ROLLBACK_RESERVE),
          );
          if (given('url') || given('checks')) add('smoke timeout', duration('timeout'));
          if (given('alarms')) add('bake-time', duration('bake-time'));
          add('traffic holds', trafficHoldsMs(value('traffic')));
          break;
        default:
          break;
      }
    }
    if (!parts.length && !unresolved.length) return [];
    const minutes = spec['timeout-minutes'];
    return [
      {
        job,
        timeoutMinutes: typeof minutes === 'number' ? minutes : undefined,
        parts,
        totalMs: totalMs + JOB_MARGIN_MS,
        unresolved,
      },
    ];
  });
}

/** The problem of one job, or undefined when its timeout-minutes covers its steps' budgets. */
export function timeoutProblem(budget: JobBudget): string | undefined {
  const needed = Math.ceil(budget.totalMs / 60_000);
  const sum = `${[...budget.parts, `margin ${formatDuration(JOB_MARGIN_MS)}`].join(' + ')} = ${needed} min`;
  if (budget.unresolved.length)
    return `job ${budget.job}: cannot derive its budget from ${budget.unresolved.join(', ')}`;
  if (budget.timeoutMinutes === undefined)
    return `job ${budget.job}: no timeout-minutes (a number); its steps need ${sum}`;
  if (budget.timeoutMinutes < needed)
    return `job ${budget.job}: timeout-minutes ${budget.timeoutMinutes} is less than its steps' budgets: ${sum}`;
  return undefined;
}
