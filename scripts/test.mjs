// `npm test`: everything CI checks, with its own set-up — dependencies, emulators (moto, Docker,
// a registry) — then lint, typecheck, docs, build, every jest project, and check-dist.
// Emulators started here are stopped here; ones already running are left alone.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDependencies } from './lib/setup.mjs';

ensureDependencies();
const testEnv = await import('./lib/test-env.mjs');

const results = [];
function step(name, command, args, env = {}) {
  process.stdout.write(`\n=== ${name}: ${[command, ...args].join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
}

const emulators = await testEnv.start({ log: (line) => process.stdout.write(`${line}\n`) });
const emulatorEnv = emulators.env;
let jestCounts = { passed: 0, failed: 0 };
try {
  step('lint', process.execPath, ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']);
  step('format', process.execPath, [
    'node_modules/prettier/bin/prettier.cjs',
    '--check',
    '.',
    '--log-level=warn',
  ]);
  step('typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
  step('docs', process.execPath, ['scripts/docs.mjs', '--check']);
  step('build', process.execPath, ['scripts/build.mjs']);
  const report = join(mkdtempSync(join(tmpdir(), 'jest-')), 'report.json');
  step(
    'jest',
    process.execPath,
    [
      '--experimental-vm-modules',
      'node_modules/jest/bin/jest.js',
      '--maxWorkers=2',
      '--json',
      `--outputFile=${report}`,
    ],
    { ...emulatorEnv, AWS_EC2_METADATA_DISABLED: 'true' },
  );
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    jestCounts = {
      passed: json.numPassedTests,
      failed: json.numFailedTests + json.numRuntimeErrorTestSuites,
    };
  } catch {
    jestCounts.failed += 1;
  }
  // the bundles were just rebuilt: dist/ must be what is committed, new files included
  step('check-dist', process.execPath, ['scripts/check-dist.mjs', '--no-build']);
} finally {
  if (emulators.started.length) await testEnv.stop({ only: emulators.started });
}

process.stdout.write('\n=== results\n');
for (const r of results) process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)\n`);
const failedSteps = results.filter((r) => !r.ok).length;
process.stdout.write(`\ntests: ${jestCounts.passed} passed, ${jestCounts.failed + failedSteps} failed\n`);
process.exit(failedSteps ? 1 : 0);
