// Every job of the example workflows and of the reusable workflows that uses the suite has a timeout-minutes at least
// the sum of its steps' time budgets plus a margin: a job that GitHub cancels at its timeout skips
// its `if: failure()` rollback steps, so the budgets must run out first.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/harness.js';
import { isReusable, jobBudgets, suiteAction, timeoutProblem } from '../../support/job-budgets.js';

const yamlIn = (dir: string): string[] =>
  readdirSync(join(REPO_ROOT, dir))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => join(dir, file));
const workflowFiles = [
  ...yamlIn('workflows-examples'),
  // the suite's own CI and live tests are not workflows users run; the reusable ones are
  ...yamlIn('.github/workflows').filter((file) => isReusable(readFileSync(join(REPO_ROOT, file), 'utf8'))),
];

describe('job timeouts cover the steps time budgets', () => {
  it.each(workflowFiles)('%s', (file) => {
    const problems = jobBudgets(readFileSync(join(REPO_ROOT, file), 'utf8')).flatMap((budget) => {
      const problem = timeoutProblem(budget);
      return problem ? [problem] : [];
    });
    expect(problems).toEqual([]);
  });

  it('finds the jobs that use the suite in the examples (the check is not vacuous)', () => {
    const jobs = workflowFiles
      .filter((file) => file.startsWith('workflows-examples'))
      .flatMap((file) => jobBudgets(readFileSync(join(REPO_ROOT, file), 'utf8')));
    expect(jobs.length).toBeGreaterThanOrEqual(8);
  });
});

describe('the derivation', () => {
  const workflow = (timeout: string, extra = '') => `
on:
  workflow_call:
    inputs:
      wait-timeout: { type: string, default: 12m }
jobs:
  deploy:
    runs-on: ubuntu-latest
    ${timeout}
    steps:
      - uses: actions/checkout@v4
      - uses: octo-org/aws-deploy-actions/actions/eks-rolling-update@v1
        with:
          wait-timeout: \${{ inputs.wait-timeout }}
      - uses: octo-org/aws-deploy-actions/actions/smoke-test@v1
      - if: failure()
        uses: octo-org/aws-deploy-actions/actions/auto-rollback@v1
        with:
          bake-time: 3m${extra}
`;

  it('sums the wait-timeout, the action defaults and the margin, resolving workflow inputs', () => {
    // 12m (input default) + 5m (smoke-test default) + 15m (auto-rollback default) + 3m + 5m margin
    expect(timeoutProblem(jobBudgets(workflow('timeout-minutes: 39'))[0]!)).toBe(
      "job deploy: timeout-minutes 39 is less than its steps' budgets: eks-rolling-update wait-timeout 12m + smoke-test timeout 5m + auto-rollback wait-timeout 15m + auto-rollback bake-time 3m + margin 5m = 40 min",
    );
    expect(timeoutProblem(jobBudgets(workflow('timeout-minutes: 40'))[0]!)).toBeUndefined();
  });

  it('fails a job without timeout-minutes', () => {
    expect(timeoutProblem(jobBudgets(workflow(''))[0]!)).toMatch(/^job deploy: no timeout-minutes/);
  });

  it('refuses a budget it cannot derive', () => {
    const text = workflow('timeout-minutes: 60').replace('bake-time: 3m', 'bake-time: ${{ vars.BAKE }}');
    expect(timeoutProblem(jobBudgets(text)[0]!)).toMatch(
      /cannot derive its budget from .*bake-time: \$\{\{ vars.BAKE \}\}/,
    );
  });

  it('knows the suite by any of its uses: forms', () => {
    expect(suiteAction('octo-org/aws-deploy-actions@v1')).toBe('release');
    expect(suiteAction('octo-org/aws-deploy-actions/actions/deploy-ecs@0123abc')).toBe('deploy-ecs');
    expect(suiteAction('./.aws-deploy-actions/actions/smoke-test')).toBe('smoke-test');
    expect(suiteAction('./actions/auto-rollback')).toBe('auto-rollback');
    expect(suiteAction('actions/checkout@v4')).toBeUndefined();
  });
});
