// The kubeconfig input of the EKS actions: a path in the workspace, checked before anything runs.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../action/errors.js';

/** The `kubeconfig` input as an absolute path of an existing file (relative to the workspace). */
export function kubeconfigPath(
  value: string,
  workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
): string | undefined {
  if (!value) return undefined;
  const path = isAbsolute(value) ? value : resolve(workspace, value);
  if (!existsSync(path))
    throw new InputError('kubeconfig', value, 'the path of a kubeconfig file', 'no such file');
  return path;
}
