// Every workflow that uses one of our actions or reusable workflows passes only declared inputs
// and all required ones, reads only outputs they declare; every workflow passes actionlint.
// The reusable workflows reach every input of the actions they wrap, run our actions at their
// own commit, and share one concurrency group per environment. The examples keep pull requests
// to the read-only plan role and their own concurrency groups, builds to the build role, and the
// deploy role to jobs of an environment.
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
  const local = /^\.\/(?:\.aws-deploy-actions\/)?(actions\/[a-z0-9-]+)\/?$/.exec(uses);
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
    expect(ourTarget('./.aws-deploy-actions/actions/deploy-ecs')).toEqual({
      kind: 'action',
      path: 'actions/deploy-ecs/action.yml',
    });
    expect(ourTarget('./.github/workflows/deploy-ecs.yml')?.kind).toBe('workflow');
    expect(ourTarget('actions/checkout@v4')).toBeUndefined();
  });

  it('all pass actionlint', () => {
    const output = execFileSync(process.execPath, ['scripts/lint-workflows.mjs'], { encoding: 'utf8' });
    expect(output).toMatch(/0 problem/);
  });
});

interface FullJob extends Job {
  needs?: string | string[];
  if?: string;
  environment?: string | { name?: string };
  concurrency?: string | { group?: string };
  steps?: Array<Step & { run?: string; name?: string; env?: Record<string, string> }>;
}
interface WorkflowDoc {
  on: {
    workflow_call?: { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> };
    pull_request?: unknown;
  };
  jobs: Record<string, FullJob>;
}
const readDoc = (file: string) => parse(readFileSync(file, 'utf8')) as WorkflowDoc;

/** The actions each reusable workflow wraps: every input of theirs must be reachable. */
const WRAPPED: Record<string, string[]> = {
  '.github/workflows/deploy-ecs.yml': ['deploy-ecs', 'smoke-test'],
  '.github/workflows/deploy-eks.yml': ['eks-rolling-update', 'smoke-test'],
  '.github/workflows/deploy-lambda.yml': ['deploy-lambda-image', 'smoke-test'],
  '.github/workflows/rollback.yml': ['auto-rollback'],
  '.github/workflows/bootstrap-state.yml': ['state-bootstrap'],
};
/** Inputs a wrapped step gets from an earlier step, itself fed by a declared input or secret. */
const DERIVED: Record<string, string> = {
  kubeconfig: 'steps.kubeconfig.outputs.path', // written from the `kubeconfig` secret
  url: 'steps.smoke-url.outputs.url', // deploy-lambda: `smoke-urls` with stack outputs filled in
};

describe('reusable workflows', () => {
  it.each(Object.entries(WRAPPED))('%s reaches every input of %p through workflow_call', (file, actions) => {
    const doc = readDoc(file);
    const declared = [
      ...Object.keys(doc.on.workflow_call?.inputs ?? {}).map((name) => `inputs.${name}`),
      ...Object.keys(doc.on.workflow_call?.secrets ?? {}).map((name) => `secrets.${name}`),
    ];
    const steps = Object.values(doc.jobs).flatMap((job) => job.steps ?? []);
    const unreachable = actions.flatMap((action) => {
      const step = steps.find((candidate) => candidate.uses === `./.aws-deploy-actions/actions/${action}`);
      if (!step) return [`${action}: no step uses it`];
      const inputs = declaredInputs({ kind: 'action', path: `actions/${action}/action.yml` });
      return Object.keys(inputs).flatMap((input) => {
        const value = JSON.stringify(step.with?.[input] ?? '');
        const reached =
          declared.some((name) => new RegExp(`\\b${name.replace('.', '\\.')}\\b(?![\\w-])`).test(value)) ||
          (DERIVED[input] !== undefined && value.includes(DERIVED[input]));
        return reached ? [] : [`${action}.${input} = ${JSON.stringify(value)}`];
      });
    });
    expect(unreachable).toEqual([]);
  });

  it.each(Object.keys(WRAPPED))('%s runs our actions at its own commit, never at a tag', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/aws-deploy-actions\/actions\/[a-z-]+@/);
    const steps = Object.values(readDoc(file).jobs).flatMap((job) => job.steps ?? []);
    const checkout = steps.findIndex((step) => step.with?.['path'] === '.aws-deploy-actions');
    expect(checkout).toBeGreaterThan(0);
    expect(steps[checkout]?.with).toMatchObject({
      repository: '${{ steps.suite.outputs.repository }}',
      ref: '${{ steps.suite.outputs.sha }}',
    });
    const suite = steps.findIndex((step) => step.id === 'suite');
    expect(steps[suite]?.run).toMatch(/job_workflow_sha/);
    expect(suite).toBeLessThan(checkout);
    const ours = steps.flatMap((step, index) =>
      step.uses?.startsWith('./.aws-deploy-actions/') ? [index] : [],
    );
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((index) => index > checkout)).toBe(true);
    // No checkout of the caller's files after ours: a checkout at the root would clean it away.
    const rootCheckouts = steps.flatMap((step, index) =>
      step.uses?.startsWith('actions/checkout@') && !step.with?.['path'] ? [index] : [],
    );
    expect(rootCheckouts.every((index) => index < checkout)).toBe(true);
  });

  it('deploy-ecs, deploy-eks, deploy-lambda and rollback share one concurrency group per environment', () => {
    const groups = ['deploy-ecs', 'deploy-eks', 'deploy-lambda', 'rollback'].map((name) => {
      const jobs = Object.values(readDoc(`.github/workflows/${name}.yml`).jobs);
      expect(jobs).toHaveLength(1);
      const concurrency = jobs[0]?.concurrency;
      return typeof concurrency === 'object' ? concurrency.group : concurrency;
    });
    expect(new Set(groups)).toEqual(new Set(['deploy-${{ inputs.environment }}']));
  });
});

describe('example workflows: roles by trust level', () => {
  const examples = workflowFiles.filter((file) => file.startsWith('workflows-examples/'));
  const roleOf = (step: Step) => JSON.stringify(step.with?.['role-to-assume'] ?? '');
  const credentialSteps = (job: FullJob) =>
    (job.steps ?? []).filter((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@'));

  it.each(examples.map((file) => [file]))(
    '%s: the deploy role only in environment jobs, builds with the build role, plans with the plan role',
    (file) => {
      const problems: string[] = [];
      for (const [id, job] of Object.entries(readDoc(file).jobs)) {
        const runsTofu = (job.steps ?? []).some((step) => /\btofu (plan|apply)\b/.test(step.run ?? ''));
        const applies = (job.steps ?? []).some((step) => /\btofu apply\b/.test(step.run ?? ''));
        const builds = (job.steps ?? []).some((step) => step.uses?.includes('/build-push-ecr@'));
        for (const step of credentialSteps(job)) {
          const role = roleOf(step);
          if (role.includes('AWS_DEPLOY_ROLE_ARN') && !job.environment)
            problems.push(`${id}: deploy role outside an environment`);
          if (builds && !job.environment && !role.includes('AWS_BUILD_ROLE_ARN'))
            problems.push(`${id}: builds with ${role}`);
          if (runsTofu && !applies && !role.includes('AWS_PLAN_ROLE_ARN') && !job.environment)
            problems.push(`${id}: plans with ${role}`);
        }
        if (applies && !job.environment) problems.push(`${id}: applies outside an environment`);
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('example workflows: plan → review → apply that plan', () => {
  const infrastructure = workflowFiles.filter(
    (file) => file.startsWith('workflows-examples/') && /\btofu apply\b/.test(readFileSync(file, 'utf8')),
  );

  it('covers the Keystone VM, the Chronos dashboard, ODE and PM Document Intelligence', () => {
    expect(infrastructure.sort()).toEqual([
      'workflows-examples/ec2-dashboard-infra.yml',
      'workflows-examples/ec2-vm.yml',
      'workflows-examples/ecs-infra.yml',
      'workflows-examples/eks-infra.yml',
    ]);
  });

  it.each(infrastructure.map((file) => [file]))(
    '%s: every apply downloads the plan its plan job uploaded, checks its SHA-256 and applies that file',
    (file) => {
      const jobs = readDoc(file).jobs;
      const applies = Object.entries(jobs).filter(([, job]) =>
        (job.steps ?? []).some((step) => /\btofu apply\b/.test(step.run ?? '')),
      );
      expect(applies.length).toBeGreaterThan(0);
      for (const [id, job] of applies) {
        const needs = [job.needs ?? []].flat();
        const planId = needs.find((need) => /^plan/.test(need)) ?? '';
        const plan = jobs[planId];
        expect([id, Boolean(plan)]).toEqual([id, true]);
        const upload = plan?.steps?.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
        const download = job.steps?.find((step) => step.uses?.startsWith('actions/download-artifact@'));
        expect([id, download?.with?.['name']]).toEqual([id, upload?.with?.['name']]);
        const apply = job.steps?.find((step) => /\btofu apply\b/.test(step.run ?? ''));
        expect(apply?.run).toMatch(/sha256sum --check --strict/);
        expect(apply?.run).toMatch(/tofu apply [^\n]*\btfplan\s*$/m);
        expect(apply?.run).not.toMatch(/-auto-approve|-var\b/);
        expect(apply?.env?.['EXPECTED_SHA256']).toBe(`\${{ needs.${planId}.outputs.sha256 }}`);
        const planStep = plan?.steps?.find((step) => /\btofu plan\b/.test(step.run ?? ''));
        expect(planStep?.run).toMatch(/-out=tfplan/);
        expect(planStep?.run).toMatch(/GITHUB_STEP_SUMMARY/);
        expect(planStep?.run).toMatch(/sha256sum tfplan/);
      }
    },
  );

  it.each(infrastructure.map((file) => [file]))(
    '%s: every secret reaches OpenTofu as TF_VAR_*, by name',
    (file) => {
      const doc = readDoc(file);
      const header = readFileSync(file, 'utf8').split('\nname:')[0] ?? '';
      const mapped = Object.values(doc.jobs)
        .flatMap((job) => job.steps ?? [])
        .flatMap((step) => Object.entries(step.env ?? {}))
        .filter(([key]) => key.startsWith('TF_VAR_'))
        .flatMap(([, value]) => [...value.matchAll(/secrets\.([A-Z_]+)/g)].map((match) => match[1]!));
      expect(mapped.length).toBeGreaterThan(0);
      // Each secret the header lists for OpenTofu is mapped.
      for (const secret of mapped) expect(header).toContain(secret);
    },
  );
});
