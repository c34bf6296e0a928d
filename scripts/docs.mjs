// Regenerates the inputs/outputs tables of every action README from its action.yml.
// `--check` fails instead of writing when a README is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries } from './lib/actions.mjs';
import { readMetadata, renderReadme } from './lib/docs.mjs';

const check = process.argv.includes('--check');
let stale = 0;
for (const entry of entries()) {
  const readmePath = join(entry.dir, 'README.md');
  if (!existsSync(readmePath)) {
    console.error(`${readmePath}: missing`);
    stale += 1;
    continue;
  }
  const readme = readFileSync(readmePath, 'utf8');
  const result = renderReadme(readme, readMetadata(entry.metadata));
  if (result.error) {
    console.error(`${readmePath}: ${result.error}`);
    stale += 1;
  } else if (result.text !== readme) {
    if (check) console.error(`${readmePath}: inputs/outputs tables are out of date (npm run docs)`);
    else writeFileSync(readmePath, result.text);
    stale += check ? 1 : 0;
  }
}
process.exit(stale ? 1 : 0);
