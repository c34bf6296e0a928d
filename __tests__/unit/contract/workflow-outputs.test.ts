// The reusable workflows' own shell steps that write $GITHUB_OUTPUT, run with bash as the runner
// runs them: a hostile value (a line break that would add an output, a non-URL) is refused and
// nothing is written.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Step {
  id?: string;
  run?: string;
}

function stepScript(workflow: string, id: string): string {
  const document = parse(readFileSync(join('.github/workflows', workflow), 'utf8')) as {
    jobs: Record<string, { steps?: Step[] }>;
  };
  for (const job of Object.values(document.jobs))
    for (const step of job.steps ?? []) if (step.id === id && step.run) return step.run;
  throw new Error(`no step ${id} in ${workflow}`);
}

function runStep(
  script: string,
  env: Record<string, string>,
): { code: number | null; output: string; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'workflow-step-'));
  const output = join(dir, 'output');
  writeFileSync(output, '');
  try {
    // `bash -e {0}` is the runner's shell for run steps
    const result = spawnSync('bash', ['-e', '-c', script], {
      env: { PATH: process.env['PATH'] ?? '', GITHUB_OUTPUT: output, ...env },
      encoding: 'utf8',
    });
    return { code: result.status, output: readFileSync(output, 'utf8'), stdout: result.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('rollback.yml: Resolve the resource', () => {
  const script = stepScript('rollback.yml', 'resource');

  it('writes the identifiers of a plain resource', () => {
    expect(runStep(script, { TARGET: 'ecs', RESOURCE: 'prod/web' })).toMatchObject({
      code: 0,
      output: 'cluster=prod\nservice=web\n',
    });
  });

  it.each(['prod/web\nto=arn:aws:ecs:us-east-1:1:task-definition/evil:1', 'prod/web x', '', '$(id)/web'])(
    'refuses %j and writes nothing',
    (resource) => {
      const run = runStep(script, { TARGET: 'ecs', RESOURCE: resource });
      expect(run.code).toBe(1);
      expect(run.output).toBe('');
      expect(run.stdout).toMatch(/^::error title=resource::Input 'resource' must be one line/);
    },
  );
});

describe('deploy-lambda.yml: Resolve the smoke-test URL', () => {
  const script = stepScript('deploy-lambda.yml', 'smoke-url');

  it('writes the URL built from the stack outputs', () => {
    const run = runStep(script, {
      URL_TEMPLATE: '{ApiUrl}/health',
      STACK_OUTPUTS: JSON.stringify({ ApiUrl: 'https://abc.execute-api.us-east-1.amazonaws.com/prod' }),
    });
    expect(run).toMatchObject({
      code: 0,
      output: 'url<<URLS_END\nhttps://abc.execute-api.us-east-1.amazonaws.com/prod/health\nURLS_END\n',
    });
  });

  it('writes several URLs, one per line', () => {
    const run = runStep(script, {
      URL_TEMPLATE: '{ApiUrl}/health, {ApiUrl}/ready',
      STACK_OUTPUTS: JSON.stringify({ ApiUrl: 'https://a.example.com' }),
    });
    expect(run).toMatchObject({
      code: 0,
      output: 'url<<URLS_END\nhttps://a.example.com/health\nhttps://a.example.com/ready\nURLS_END\n',
    });
  });

  it.each([
    ['a stack output with a line break', { ApiUrl: 'https://a.example.com\nrolled-back=true' }],
    [
      'a stack output that closes the delimiter',
      { ApiUrl: 'https://a.example.com\nURLS_END\nrolled-back=true' },
    ],
    ['a stack output that is no URL', { ApiUrl: 'javascript:alert(1)' }],
    ['a missing stack output', {}],
  ])('refuses %s and writes nothing', (_name, outputs) => {
    const run = runStep(script, { URL_TEMPLATE: '{ApiUrl}/health', STACK_OUTPUTS: JSON.stringify(outputs) });
    expect(run.code).toBe(1);
    expect(run.output).toBe('');
    expect(run.stdout).toMatch(/^::error title=smoke-urls::/);
  });
});
