// __tests__/unit mirrors the source tree, so the unit tests of a module are found by its path:
//   shared/targets/ecs/deploy.ts            → __tests__/unit/shared/targets/ecs/deploy.test.ts
//   actions/build-push-ecr/src/scan.ts      → __tests__/unit/actions/build-push-ecr/scan.test.ts
//   __tests__/support/harness.ts            → __tests__/unit/support/harness.test.ts
// A second file on one module names its aspect: inputs.hostile.test.ts tests inputs.ts.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const UNIT = join(REPO_ROOT, '__tests__/unit');

/** Tests of no one module, each with the reason. Keep this list short. */
const CROSS_CUTTING: Record<string, string> = {
  'contract/actions.test.ts': 'every action.yml against its inputs declaration and README',
  'contract/docs-links.test.ts': 'every link in the documentation',
  'contract/docs-yaml.test.ts': 'every YAML example in the documentation',
  'contract/workflow-outputs.test.ts': 'the outputs the reusable workflows read from the actions',
  'contract/workflows.test.ts': 'every use of the actions in the workflows and examples',
  'contract/sandbox.test.ts': 'the live-verification sandbox templates and workflow (YAML, not code)',
  'contract/job-timeouts.test.ts': "every workflow job's timeout-minutes against its steps' time budgets",
  'contract/test-layout.test.ts': 'this layout rule itself',
};

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? testFiles(join(dir, entry.name))
      : entry.name.endsWith('.test.ts')
        ? [relative(UNIT, join(dir, entry.name))]
        : [],
  );
}

/** The source file a unit test's path mirrors (with and without an `.aspect` part). */
function mirroredSources(testPath: string): string[] {
  const aspect = /\.[^./]+\.test\.ts$/.test(testPath) ? [testPath.replace(/\.[^./]+\.test\.ts$/, '.ts')] : [];
  const bases = [testPath.replace(/\.test\.ts$/, '.ts'), ...aspect];
  return bases.map((base) => {
    const [top, action, ...rest] = base.split('/');
    if (top === 'actions') return ['actions', action, 'src', ...rest].join('/');
    if (top === 'support') return `__tests__/${base}`;
    return base;
  });
}

describe('__tests__/unit mirrors the source tree', () => {
  const files = testFiles(UNIT);

  it('finds the unit tests', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('each unit test file sits at the path of the source file it tests', () => {
    const astray = files
      .filter((file) => !(file in CROSS_CUTTING))
      .filter((file) => !mirroredSources(file).some((source) => existsSync(join(REPO_ROOT, source))));
    expect(astray).toEqual([]);
  });

  it('every cross-cutting exception still exists', () => {
    expect(Object.keys(CROSS_CUTTING).filter((file) => !files.includes(file))).toEqual([]);
  });

  it('maps a path the way the layout says', () => {
    expect(mirroredSources('actions/build-push-ecr/scan.test.ts')).toEqual([
      'actions/build-push-ecr/src/scan.ts',
    ]);
    expect(mirroredSources('shared/action/inputs.hostile.test.ts')).toEqual([
      'shared/action/inputs.hostile.ts',
      'shared/action/inputs.ts',
    ]);
    expect(mirroredSources('support/kube-double/apply.test.ts')).toEqual([
      '__tests__/support/kube-double/apply.ts',
    ]);
  });
});
