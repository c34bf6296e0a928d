// Builds one ncc bundle per action (actions/*/src/index.ts → dist/<name>/index.js) and the root
// action (src/index.ts → dist/release/index.js). Usage: node scripts/build.mjs [name ...]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { entries } from './lib/actions.mjs';

const only = process.argv.slice(2);
const selected = entries().filter((entry) => only.length === 0 || only.includes(entry.name));
if (only.length && selected.length !== only.length) {
  console.error(
    `Unknown action in ${only.join(', ')}; known: ${entries()
      .map((e) => e.name)
      .join(', ')}`,
  );
  process.exit(2);
}
if (only.length === 0 && existsSync('dist')) {
  const known = new Set(entries().map((entry) => entry.name));
  for (const dir of readdirSync('dist'))
    if (!known.has(dir)) rmSync(join('dist', dir), { recursive: true, force: true });
}
for (const entry of selected) {
  rmSync(entry.distDir, { recursive: true, force: true });
  process.stdout.write(`building ${entry.name} → ${entry.bundle}\n`);
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry.source,
      '--out',
      entry.distDir,
      '--minify',
      '--target',
      'es2022',
      '--license',
      'licenses.txt',
      '--quiet',
      '--transpile-only',
    ],
    { stdio: 'inherit' },
  );
}
