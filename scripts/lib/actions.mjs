// The list of actions, from the folders under actions/ that hold an action.yml, plus the root action
// (its action.yml at the repository root, its source in actions/release/src/).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The one ncc bundle every action's dist/<name>/index.js shim starts (see scripts/build.mjs). */
export const SUITE_DIR = 'dist/suite';

/** @returns {{name: string, dir: string, source: string, distDir: string, bundle: string, metadata: string}[]} */
export function entries(root = '.') {
  const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
    .map((d) => ({
      name: d.name,
      dir: join('actions', d.name),
      source: join('actions', d.name, 'src', 'index.ts'),
      distDir: join('dist', d.name),
      bundle: join('dist', d.name, 'index.js'),
      metadata: join('actions', d.name, 'action.yml'),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (existsSync(join(root, 'action.yml')) && existsSync(join(root, 'actions', 'release', 'src', 'index.ts')))
    actions.push({
      name: 'release',
      dir: '.',
      source: join('actions', 'release', 'src', 'index.ts'),
      distDir: join('dist', 'release'),
      bundle: join('dist', 'release', 'index.js'),
      metadata: 'action.yml',
    });
  return actions;
}
