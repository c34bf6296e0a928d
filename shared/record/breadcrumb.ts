// The breadcrumb: what a deploy writes into AWS (a tag, an annotation) next to the resource it
// changes, so that a rollback can tell a record that deploy made from a hand-made or edited one.
// It holds the record's id and a digest of the record's `previous` state; only a principal
// allowed to deploy can write it, and a record whose id or previous state differs is refused.
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DeploymentRecord } from './record.js';

/** Tag key (ECS, Lambda, CloudFormation) and annotation key (Kubernetes) of the breadcrumb. */
export const BREADCRUMB_KEY = 'deploy-actions/record';

export interface Breadcrumb {
  id: string;
  digest: string;
  /** Key of the values a record carries sealed (CloudFormation parameter values), base64url. */
  key?: string;
}

export function newRecordId(): string {
  return randomUUID();
}

/** JSON with sorted keys and no undefined members: the same bytes for the same value. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

type Anchored = Pick<DeploymentRecord, 'target' | 'resource' | 'previous'> & { id: string };

/** The digest a deploy writes and a rollback recomputes: id, target, resource and previous state. */
export function previousDigest(record: Anchored): string {
  const { id, target, resource, previous } = record;
  return sha256(stableJson({ id, target, resource, previous }));
}

export function breadcrumbOf(record: Anchored, key?: string): string {
  return `${record.id}:${previousDigest(record)}${key ? `:${key}` : ''}`;
}

export function parseBreadcrumb(value: string | undefined): Breadcrumb | undefined {
  const match = /^([0-9a-f-]{8,64}):([0-9a-f]{64})(?::([A-Za-z0-9_-]{43}))?$/.exec(value ?? '');
  if (!match) return undefined;
  return { id: match[1] as string, digest: match[2] as string, ...(match[3] ? { key: match[3] } : {}) };
}

export function newSealKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Values a restore needs but a record must not show (parameter values that may be hosts, users,
 * URLs with passwords): AES-256-GCM under a key kept only in the breadcrumb, in AWS.
 */
export function seal(values: Record<string, string>, key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(key, 'base64url'), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unseal(sealed: string, key: string): Record<string, string> {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(key, 'base64url'), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as Record<string, string>;
}

/**
 * Why a record does not match the breadcrumb found on its resource, or undefined when it does.
 * `where` names the place read, e.g. "the tags of task definition web:7".
 */
export function breadcrumbMismatch(
  record: DeploymentRecord,
  found: string | undefined,
  where: string,
): string | undefined {
  if (!record.id)
    return `the record carries no id, so it cannot be matched with the breadcrumb its deploy writes on ${where}; pass the 'deployment' output of a deploy step of this version, or roll back by hand with 'target'`;
  const breadcrumb = parseBreadcrumb(found);
  if (!breadcrumb)
    return `found no breadcrumb ${BREADCRUMB_KEY} on ${where}: the record was not written by a deploy of this resource`;
  if (breadcrumb.id !== record.id)
    return `the breadcrumb on ${where} names record ${breadcrumb.id}, not this record ${record.id}: a later deploy replaced it, or the record was not made by a deploy of this resource`;
  if (breadcrumb.digest !== previousDigest({ ...record, id: record.id }))
    return `the record's previous state is not the one its deploy recorded on ${where} (digest mismatch): the record was edited`;
  return undefined;
}
