// Every workflow that uses one of our actions or reusable workflows passes only declared inputs
// and all required ones; every workflow passes actionlint.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Inputs = Record<string, { required?: boolean; default?: unknown }>;
interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  steps?: Step[];
}

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
  if (remote) return { kind: 'action', path: remote[1] ? join(remote[1].slice(1), 'action.yml') : 'action.yml' };
  const workflow = /^(?:\.\/|[\w.-]+\/aws-deploy-actions\/)(\.github\/workflows\/[\w.-]+\.ya?ml)(@[\w.-]+)?$/.exec(uses);
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

  it('recognises references to our actions and reusable workflows', () => {
    expect(ourTarget('./actions/deploy-ecs')).toEqual({ kind: 'action', path: 'actions/deploy-ecs/action.yml' });
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
