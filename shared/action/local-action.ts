// The entrypoint for @github/local-action, which stands in for @actions/core and calls the run()
// its entrypoint exports: runs the action whose directory local-action was given, as the action's
// src/index.ts does on the runner. Usage in README.md ("Run an action locally").
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run as runAction, type RunContext } from './run.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

export async function run(): Promise<void> {
  const dir = resolve(process.env['TARGET_ACTION_PATH'] ?? ROOT);
  const name = dir === ROOT ? 'release' : basename(dir);
  const module = (await import(pathToFileURL(join(dir, 'src', 'main.ts')).href)) as {
    main: (context: RunContext) => Promise<void>;
  };
  await runAction(name, module.main);
}
