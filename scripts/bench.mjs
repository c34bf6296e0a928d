// `npm run bench`: prints the start-up and size figures the suite is held to. Benchmarks, never timed tests.
// Start-up figures need only the bundles; each action's own figures run against the emulators.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { ensureDependencies } from './lib/setup.mjs';

ensureDependencies();
if (!existsSync('dist')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

function print(title, rows) {
  console.log(`\n## ${title}\n`);
  const widths = [0, 0, 0];
  const cells = rows.map((r) => [r.figure, `${r.value} ${r.unit}`, r.note ?? '']);
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i], c.length)));
  for (const row of cells) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
}

const { benchStartup } = await import('./bench/startup.mjs');
print('start-up, size, memory', await benchStartup());

const only = process.argv.slice(2);
const suites = readdirSync('scripts/bench')
  .filter((name) => name.endsWith('.mjs') && !['startup.mjs', 'rss-probe.mjs'].includes(name))
  .filter((name) => only.length === 0 || only.includes(name.replace(/\.mjs$/, '')));
if (suites.length) {
  const testEnv = await import('./lib/test-env.mjs');
  const emulators = await testEnv.start();
  Object.assign(process.env, emulators.env, { AWS_EC2_METADATA_DISABLED: 'true' });
  try {
    for (const name of suites) {
      const module = await import(pathToFileURL(resolve('scripts/bench', name)).href);
      const bench = Object.values(module).find(
        (value) => typeof value === 'function' && value.name.startsWith('bench'),
      );
      if (!bench) continue;
      try {
        print(name.replace(/\.mjs$/, ''), await bench());
      } catch (error) {
        console.log(`\n## ${name}: failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    if (emulators.started.length) await testEnv.stop({ only: emulators.started });
  }
}
