// Supply chain: third-party actions pinned by full commit SHA (with the version in a comment),
// Dependabot for npm and GitHub Actions, `npm audit --omit=dev` in CI, and production
// dependencies limited to what the bundled sources import.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../support/harness.js';

const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const root = join(REPO_ROOT, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)));
}

// Every workflow: the suite's own, the reusable ones, and the examples users copy.
const workflowFiles = [
  ...filesUnder('.github/workflows', (name) => /\.ya?ml$/.test(name)),
  ...filesUnder('workflows-examples', (name) => /\.ya?ml$/.test(name)),
].sort();

/** `uses:` references of third-party actions (not ./local ones, not docker://). */
function thirdPartyUses(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)]
    .map((match) => `${match[1] ?? ''}${match[2] ?? ''}`.trim())
    .filter((use) => !use.startsWith('./') && !use.startsWith('docker://'))
    .filter((use) => !/^[\w-]+\/aws-deploy-actions(\/|@)/.test(use));
}

describe('workflows pin third-party actions', () => {
  it('finds the workflows', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', 'workflows-examples/ecs-fargate.yml']),
    );
  });

  it.each(workflowFiles)('%s: every third-party action by full SHA with # vX.Y.Z', (file) => {
    const unpinned = thirdPartyUses(read(file)).filter(
      (use) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(\.\d+){0,2}\b/.test(use),
    );
    expect(unpinned).toEqual([]);
  });
});

describe('dependency hygiene', () => {
  it('Dependabot watches npm and github-actions', () => {
    const config = parseYaml(read('.github/dependabot.yml')) as {
      version: number;
      updates: Array<{ 'package-ecosystem': string; directory: string }>;
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
  });

  it('CI audits the production dependencies', () => {
    const ci = parseYaml(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { steps: Array<{ run?: string }> }>;
    };
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    expect(runs.some((run) => /\bnpm audit\b.*--omit=dev/.test(run))).toBe(true);
  });

  it('every production dependency is imported by the bundled sources, and nothing else is', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const sources = ['actions', 'shared']
      .flatMap((dir) => filesUnder(dir, (name) => name.endsWith('.ts') && !name.endsWith('.test.ts')))
      .map(read)
      .join('\n');
    const imported = new Set(
      [...sources.matchAll(/(?:from\s+|import\()\s*'((?:@[\w.-]+\/)?[\w.-]+)[^']*'/g)]
        .map((match) => match[1] ?? '')
        .filter((name) => existsSync(join(REPO_ROOT, 'node_modules', name, 'package.json'))),
    );
    // type-only imports are erased by the bundler: a package imported only for types is a devDependency
    const typeOnly = new Set(
      [...sources.matchAll(/import type [^;]*?from\s+'((?:@[\w.-]+\/)?[\w.-]+)/g)].map(
        (match) => match[1] ?? '',
      ),
    );
    const runtime = [...imported].filter(
      (name) =>
        !typeOnly.has(name) ||
        new RegExp(`(?:from\\s+|import\\()\\s*'${name}'`).test(sources.replace(/import type [^;]*;/g, '')),
    );
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...new Set(runtime)].sort());
  });
});
