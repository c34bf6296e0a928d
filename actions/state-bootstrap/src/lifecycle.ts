// Lifecycle rules for a state bucket. S3 lifecycle filters select objects by key prefix, tags or
// size, never by suffix, so "every *.tflock" cannot be expressed. What can: the lock file of a
// state key is exactly `<key>.tflock`, so a rule whose prefix is that whole key selects it (and
// nothing else in practice). One such rule per state key bootstrapped; a bucket-wide rule expires
// every other noncurrent version. Where rules overlap, S3 applies the shorter expiration.
import { createHash } from 'node:crypto';
import type { LifecycleRule } from '@aws-sdk/client-s3';

export const NONCURRENT_RULE_ID = 'state-bootstrap-noncurrent-versions';
const LOCK_RULE_PREFIX = 'state-bootstrap-tflock:';
const MAX_RULE_ID = 255;
export const LOCK_FILE_NONCURRENT_DAYS = 1;

export function lockFileKey(stateKey: string): string {
  return `${stateKey}.tflock`;
}

export function lockRuleId(stateKey: string): string {
  const id = LOCK_RULE_PREFIX + stateKey;
  if (id.length <= MAX_RULE_ID) return id;
  return LOCK_RULE_PREFIX + createHash('sha256').update(stateKey).digest('hex').slice(0, 32);
}

export function desiredRules(stateKey: string, noncurrentDays: number): LifecycleRule[] {
  return [
    {
      ID: NONCURRENT_RULE_ID,
      Status: 'Enabled',
      Filter: { Prefix: '' },
      NoncurrentVersionExpiration: { NoncurrentDays: noncurrentDays },
    },
    {
      ID: lockRuleId(stateKey),
      Status: 'Enabled',
      Filter: { Prefix: lockFileKey(stateKey) },
      NoncurrentVersionExpiration: { NoncurrentDays: LOCK_FILE_NONCURRENT_DAYS },
      // The delete marker left when the lock is released goes once no version remains behind it.
      Expiration: { ExpiredObjectDeleteMarker: true },
    },
  ];
}

/** The parts of a rule we set, in a comparable form. */
function signature(rule: LifecycleRule): string {
  return JSON.stringify({
    status: rule.Status,
    prefix: rule.Filter?.Prefix ?? rule.Prefix ?? '',
    otherFilter: Object.entries(rule.Filter ?? {}).some(
      ([key, value]) => key !== 'Prefix' && value !== undefined,
    ),
    noncurrentDays: rule.NoncurrentVersionExpiration?.NoncurrentDays,
    newerVersions: rule.NoncurrentVersionExpiration?.NewerNoncurrentVersions,
    expiredDeleteMarker: rule.Expiration?.ExpiredObjectDeleteMarker,
    expirationDays: rule.Expiration?.Days,
    expirationDate: rule.Expiration?.Date?.toISOString(),
    transitions: rule.Transitions?.length ?? 0,
  });
}

/** Our rules that are missing or differ from what we want, by ID. */
export function rulesToWrite(
  current: readonly LifecycleRule[],
  desired: readonly LifecycleRule[],
): LifecycleRule[] {
  return desired.filter((want) => {
    const found = current.find((rule) => rule.ID === want.ID);
    return !found || signature(found) !== signature(want);
  });
}

/** Every current rule kept, ours added or replaced by ID. */
export function mergeRules(
  current: readonly LifecycleRule[],
  desired: readonly LifecycleRule[],
): LifecycleRule[] {
  const ours = new Set(desired.map((rule) => rule.ID));
  return [...current.filter((rule) => !ours.has(rule.ID)), ...desired];
}

export function describeRule(rule: LifecycleRule): string {
  const prefix = rule.Filter?.Prefix ?? rule.Prefix ?? '';
  const scope = prefix === '' ? 'all objects' : `objects under "${prefix}"`;
  return `noncurrent versions of ${scope} expire after ${rule.NoncurrentVersionExpiration?.NoncurrentDays ?? '?'} day(s)`;
}
