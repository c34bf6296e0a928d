// Rebuilds every bundle and fails when dist/ differs from what is committed, new files included.
import { execFileSync } from 'node:child_process';

if (!process.argv.includes('--no-build'))
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const changes = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (changes.trim()) {
  console.error('dist/ does not match the sources. Run `npm run build` and commit dist/:');
  console.error(changes);
  try {
    console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }));
  } catch {
    // the status above already names the files
  }
  process.exit(1);
}
console.log('dist/ matches the sources.');
