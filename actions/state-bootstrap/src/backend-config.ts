// The S3 backend settings for `tofu init -backend-config=<file>` / `terraform init -backend-config=<file>`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkOutputFile, workspaceRoot } from '../../../shared/action/paths.js';
import type { Locking } from './inputs.js';

/** First line of every file this action writes: a file without it is someone else's. */
export const BACKEND_CONFIG_MARKER =
  '# Written by aws-deploy-actions/state-bootstrap: S3 backend settings for `init -backend-config`.\n';

/**
 * The checked path of the backend-config file (before any AWS call): in the workspace, and a file
 * this action wrote unless `overwrite-backend-config-file` is true.
 */
export function backendConfigTarget(path: string, overwrite: boolean, workspace?: string): string {
  return checkOutputFile('backend-config-file', path, {
    accepted: 'a file path in the workspace such as backend-prod.hcl',
    overwriteInput: 'overwrite-backend-config-file',
    overwrite,
    isOurs: (text) => text.startsWith(BACKEND_CONFIG_MARKER),
    workspace: workspace || undefined,
  });
}

export interface BackendSettings {
  bucket: string;
  key: string;
  region: string;
  locking: Locking;
  lockTable: string | undefined;
  kmsKey: string | undefined;
}

/** An HCL string literal: quotes, backslashes, line breaks and template sequences escaped. */
export function hclString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
  return `"${escaped}"`;
}

export function renderBackendConfig(settings: BackendSettings): string {
  const entries: Array<[string, string]> = [
    ['bucket', hclString(settings.bucket)],
    ['key', hclString(settings.key)],
    ['region', hclString(settings.region)],
    ['encrypt', 'true'],
  ];
  if (settings.kmsKey) entries.push(['kms_key_id', hclString(settings.kmsKey)]);
  if (settings.locking !== 'dynamodb') entries.push(['use_lockfile', 'true']);
  if (settings.locking !== 's3' && settings.lockTable)
    entries.push(['dynamodb_table', hclString(settings.lockTable)]);
  const width = Math.max(...entries.map(([name]) => name.length));
  return entries.map(([name, value]) => `${name.padEnd(width)} = ${value}\n`).join('');
}

/**
 * Writes the file (creating its folder) unless it already holds exactly this text; refuses to
 * replace a file it did not write unless `overwrite` (backendConfigTarget).
 */
export async function writeBackendConfig(
  path: string,
  text: string,
  workspace = workspaceRoot(),
  overwrite = false,
): Promise<{ path: string; changed: boolean }> {
  const target = backendConfigTarget(path, overwrite, workspace);
  const content = BACKEND_CONFIG_MARKER + text;
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === content) return { path: target, changed: false };
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content, 'utf8');
  return { path: target, changed: true };
}
