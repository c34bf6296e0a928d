// The S3 backend settings for `tofu init -backend-config=<file>` / `terraform init -backend-config=<file>`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Locking } from './inputs.js';

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

/** Writes the file (creating its folder) unless it already holds exactly this text. */
export async function writeBackendConfig(
  path: string,
  text: string,
  cwd = process.cwd(),
): Promise<{ path: string; changed: boolean }> {
  const target = resolve(cwd, path);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === text) return { path: target, changed: false };
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text, 'utf8');
  return { path: target, changed: true };
}
