// Every workflow that uses one of our actions or reusable workflows passes only declared inputs
// and all required ones, reads only outputs they declare; every workflow passes actionlint.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Inputs = Record<string, { required?: boolean; default?: unknown }>;
interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  steps?: Step[];
  outputs?: Record<string, unknown>;
}

/**
 * Actions that write outputs action.yml cannot declare: deploy-lambda-image writes each stack
 * output under its own name (ApiEndpoint, …), as its action.yml says under `stack-outputs`.
 */
const UNDECLARED_OUTPUTS_ALLOWED = new Set(['actions/deploy-lambda-image/action.yml']);

const WORKFLOW_DIRS = ['.github/workflows', 'workflows-examples'];
const workflowFiles = WORKFLOW_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name)),
);

/** The action.yml (or reusable workflow) a `uses:` names, when it is one of ours. */
function ourTarget(uses: string): { kind: 'action' | 'workflow'; path: string } | undefined {
  const local = /^\.\/(actions\/[a-z0-9-]+)\/?$/.exec(uses);
  if (local) return { kind: 'action', path: join(local[1]!, 'action.yml') };
  if (uses === './' || uses === '.') return { kind: 'action', path: 'action.yml' };
  const remote = /^[\w.-]+\/aws-deploy-actions(\/actions\/[a-z0-9-]+)?@[\w.-]+$/.exec(uses);
  if (remote)
    return { kind: 'action', path: remote[1] ? join(remote[1].slice(1), 'action.yml') : 'action.yml' };
  const workflow =
    /^(?:\.\/|[\w.-]+\/aws-deploy-actions\/)(\.github\/workflows\/[\w.-]+\.ya?ml)(@[\w.-]+)?$/.exec(uses);
  if (workflow) return { kind: 'workflow', path: workflow[1]! };
  return undefined;
}

function declaredInputs(target: { kind: 'action' | 'workflow'; path: string }): Inputs {
  const doc = parse(readFileSync(target.path, 'utf8')) as {
    inputs?: Inputs;
    on?: { workflow_call?: { inputs?: Inputs } };
  };
  return (target.kind === 'action' ? doc.inputs : doc.on?.workflow_call?.inputs) ?? {};
}

function usesIn(file: string): Array<{ where: string; uses: string; with: Record<string, unknown> }> {
  const doc = parse(readFileSync(file, 'utf8')) as { jobs?: Record<string, Job> };
  return Object.entries(doc.jobs ?? {}).flatMap(([jobId, job]) => [
    ...(job.uses ? [{ where: `jobs.${jobId}`, uses: job.uses, with: job.with ?? {} }] : []),
    ...(job.steps ?? []).flatMap((step, i) =>
      step.uses ? [{ where: `jobs.${jobId}.steps[${i}]`, uses: step.uses, with: step.with ?? {} }] : [],
    ),
  ]);
}

function declaredOutputs(target: { kind: 'action' | 'workflow'; path: string }): string[] {
  const doc = parse(readFileSync(target.path, 'utf8')) as {
    outputs?: Record<string, unknown>;
    on?: { workflow_call?: { outputs?: Record<string, unknown> } };
  };
  return Object.keys((target.kind === 'action' ? doc.outputs : doc.on?.workflow_call?.outputs) ?? {});
}

/** Every string anywhere in a YAML value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** `steps.<id>.outputs.<name>` read in a job, for steps that use one of our actions, undeclared. */
function undeclaredStepOutputs(job: Job): string[] {
  const targets = new Map<string, { kind: 'action' | 'workflow'; path: string }>();
  for (const step of job.steps ?? []) {
    const target = step.id && step.uses ? ourTarget(step.uses) : undefined;
    if (step.id && target) targets.set(step.id, target);
  }
  const problems: string[] = [];
  for (const text of stringsIn(job)) {
    for (const [, id = '', name = ''] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const target = targets.get(id);
      if (!target || UNDECLARED_OUTPUTS_ALLOWED.has(target.path)) continue;
      if (!declaredOutputs(target).includes(name)) problems.push(`steps.${id}.outputs.${name}`);
    }
  }
  return problems;
}

/** `needs.<job>.outputs.<name>` and `jobs.<job>.outputs.<name>` naming outputs the job lacks. */
function undeclaredJobOutputs(doc: { jobs?: Record<string, Job>; on?: unknown }): string[] {
  const jobs = doc.jobs ?? {};
  const outputsOf = (jobId: string): string[] => {
    const job = jobs[jobId];
    if (!job) return [];
    const target = job.uses ? ourTarget(job.uses) : undefined;
    return target ? declaredOutputs(target) : Object.keys(job.outputs ?? {});
  };
  const problems: string[] = [];
  for (const text of stringsIn(doc)) {
    for (const [, kind = '', jobId = '', name = ''] of text.matchAll(
      /\b(needs|jobs)\.([\w-]+)\.outputs\.([\w-]+)/g,
    )) {
      if (!outputsOf(jobId).includes(name)) problems.push(`${kind}.${jobId}.outputs.${name}`);
    }
  }
  return problems;
}

describe('workflows', () => {
  it.each(workflowFiles.map((file) => [file]))('%s passes only declared inputs to our actions', (file) => {
    for (const use of usesIn(file)) {
      const target = ourTarget(use.uses);
      if (!target) continue;
      expect([use.where, existsSync(target.path)]).toEqual([use.where, true]);
      const inputs = declaredInputs(target);
      const undeclared = Object.keys(use.with).filter((key) => !(key in inputs));
      expect([use.where, use.uses, undeclared]).toEqual([use.where, use.uses, []]);
      const missing = Object.entries(inputs)
        .filter(([key, input]) => input.required && input.default === undefined && !(key in use.with))
        .map(([key]) => key);
      expect([use.where, use.uses, missing]).toEqual([use.where, use.uses, []]);
    }
  });

  it.each(workflowFiles.map((file) => [file]))('%s reads only outputs that exist', (file) => {
    const doc = parse(readFileSync(file, 'utf8')) as { jobs?: Record<string, Job> };
    const fromSteps = Object.entries(doc.jobs ?? {}).flatMap(([jobId, job]) =>
      undeclaredStepOutputs(job).map((reference) => `jobs.${jobId}: ${reference}`),
    );
    expect([...fromSteps, ...undeclaredJobOutputs(doc)]).toEqual([]);
  });

  it('finds an output a step of ours does not declare, except the stack outputs of deploy-lambda-image', () => {
    const job = (uses: string): Job => ({
      steps: [
        { id: 'x', uses },
        {
          uses: 'octo-org/aws-deploy-actions/actions/smoke-test@v1',
          with: { url: '${{ steps.x.outputs.ApiEndpoint }}' },
        },
      ],
    });
    expect(undeclaredStepOutputs(job('octo-org/aws-deploy-actions/actions/deploy-ecs@v1'))).toEqual([
      'steps.x.outputs.ApiEndpoint',
    ]);
    expect(undeclaredStepOutputs(job('octo-org/aws-deploy-actions/actions/deploy-lambda-image@v1'))).toEqual(
      [],
    );
    expect(undeclaredStepOutputs(job('actions/checkout@v4'))).toEqual([]);
    expect(
      undeclaredJobOutputs({
        jobs: { a: { outputs: { url: 'x' } }, b: { steps: [{ with: { u: '${{ needs.a.outputs.uri }}' } }] } },
      }),
    ).toEqual(['needs.a.outputs.uri']);
  });

  it('recognises references to our actions and reusable workflows', () => {
    expect(ourTarget('./actions/deploy-ecs')).toEqual({
      kind: 'action',
      path: 'actions/deploy-ecs/action.yml',
    });
    expect(ourTarget('octo-org/aws-deploy-actions/actions/smoke-test@v1')).toEqual({
      kind: 'action',
      path: 'actions/smoke-test/action.yml',
    });
    expect(ourTarget('octo-org/aws-deploy-actions@v1')).toEqual({ kind: 'action', path: 'action.yml' });
    expect(ourTarget('./.github/workflows/deploy-ecs.yml')?.kind).toBe('workflow');
    expect(ourTarget('actions/checkout@v4')).toBeUndefined();
  });

  it('all pass actionlint', () => {
    const output = execFileSync(process.execPath, ['scripts/lint-workflows.mjs'], { encoding: 'utf8' });
    expect(output).toMatch(/0 problem/);
  });
});
