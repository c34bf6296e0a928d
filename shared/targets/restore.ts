// The one restore loop, for auto-rollback and the root action's rollback step: every record back to
// its previous state through its target (registry.ts), concurrently, each followed until it
// settles. Never throws: one resource failing must not lose the others' rows, the summary or the
// outputs; an AWS error is explained (AccessDenied names the policy file of the action).
import { describeError } from '../aws/errors.js';
import { describeResource, nothingToRestore } from '../record/describe.js';
import type { DeploymentRecord } from '../record/record.js';
import type { Connections, RestoreOptions } from './types.js';
import { restoreRecord } from './registry.js';

export interface RestoreRow {
  target: DeploymentRecord['target'];
  resource: string;
  from: string;
  to: string;
  changed: boolean;
  status: 'restored' | 'already-restored' | 'nothing-to-restore' | 'refused' | 'failed' | 'not-waited';
  message: string;
  elapsedMs: number;
}

/** What the restore of one record concluded, without its resource and timing. */
type Conclusion = Omit<RestoreRow, 'target' | 'resource' | 'elapsedMs'>;

async function restoreOne(
  record: DeploymentRecord,
  options: RestoreOptions,
  connections: Connections,
  action: string,
): Promise<Conclusion> {
  const nothing = nothingToRestore(record);
  if (nothing) return { from: '', to: '', changed: false, status: 'nothing-to-restore', message: nothing };
  let result;
  try {
    result = await restoreRecord(record, options, connections);
  } catch (error) {
    return { from: '', to: '', changed: false, status: 'failed', message: describeError(error, { action }) };
  }
  const span = { from: result.from, to: result.to };
  if (result.refused) return { ...span, changed: false, status: 'refused', message: result.refused };
  if (!result.changed)
    return { ...span, changed: false, status: 'already-restored', message: 'already in the previous state' };
  const follow = result.follow;
  if (!follow)
    return { ...span, changed: true, status: 'not-waited', message: 'restore started; not waited for' };
  if (follow.status === 'succeeded')
    return { ...span, changed: true, status: 'restored', message: 'restored' };
  return {
    ...span,
    changed: true,
    status: 'failed',
    message: `the restore did not settle (${follow.status}): ${follow.reason ?? follow.state}`,
  };
}

/** One row per record, in the records' order. `action` names the IAM policy in an AccessDenied. */
export function restoreAll(
  records: readonly DeploymentRecord[],
  options: RestoreOptions,
  connections: Connections,
  action: string,
): Promise<RestoreRow[]> {
  return Promise.all(
    records.map(async (record): Promise<RestoreRow> => {
      const started = Date.now();
      const conclusion = await restoreOne(record, options, connections, action);
      return {
        target: record.target,
        resource: describeResource(record),
        elapsedMs: Date.now() - started,
        ...conclusion,
      };
    }),
  );
}

/** A restore that did not bring its resource back (refused or failed). */
export function unrestored(row: RestoreRow): boolean {
  return row.status === 'failed' || row.status === 'refused';
}
