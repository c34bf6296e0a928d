// The kubeconfig input of the EKS actions: a file in the workspace, the runner's temp folder or
// ~/.kube (where `aws eks update-kubeconfig` writes), checked before anything runs.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { checkInputFile, workspaceRoot } from '../action/paths.js';

const MAX_KUBECONFIG_BYTES = 1024 * 1024;

/** The `kubeconfig` input as the real path of an existing file (relative to the workspace). */
export function kubeconfigPath(value: string, workspace = workspaceRoot()): string | undefined {
  if (!value) return undefined;
  const runnerTemp = process.env['RUNNER_TEMP'];
  return checkInputFile('kubeconfig', value, {
    accepted: 'the path of a kubeconfig file in the workspace, RUNNER_TEMP or ~/.kube',
    maxBytes: MAX_KUBECONFIG_BYTES,
    roots: [workspace, ...(runnerTemp ? [runnerTemp] : []), join(homedir(), '.kube')],
    base: workspace,
  });
}
