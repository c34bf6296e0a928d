import { restoreRecord, type Connections } from '../../../shared/targets/registry.js';
import { describeError } from '../../../shared/aws/errors.js';
import { describeResource, nothingToRestore } from '../../../shared/record/describe.js';
import type { DeploymentRecord } from '../../../shared/record/record.js';
import type { RestoreOptions } from '../../../shared/targets/types.js';

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

async function restoreOne(
  record: DeploymentRecord,
  options: RestoreOptions,
  connections: Connections,
): Promise<RestoreRow> {
  const resource = describeResource(record);
  const started = Date.now();
  const row = (fields: Omit<RestoreRow, 'target' | 'resource' | 'elapsedMs'>): RestoreRow => ({
    target: record.target,
    resource,
    elapsedMs: Date.now() - started,
    ...fields,
  });
  const nothing = nothingToRestore(record);
  if (nothing)
    return row({ from: '', to: '', changed: false, status: 'nothing-to-restore', message: nothing });
  let result;
  try {
    result = await restoreRecord(record, options, connections);
  } catch (error) {
    // one resource failing must not lose the others' rows, the summary or the outputs
    return row({
      from: '',
      to: '',
      changed: false,
      status: 'failed',
      message: describeError(error, { action: 'auto-rollback' }),
    });
  }
  if (result.refused)
    return row({
      from: result.from,
      to: result.to,
      changed: false,
      status: 'refused',
      message: result.refused,
    });
  if (!result.changed)
    return row({
      from: result.from,
      to: result.to,
      changed: false,
      status: 'already-restored',
      message: 'already in the previous state',
    });
  const follow = result.follow;
  if (!follow)
    return row({
      from: result.from,
      to: result.to,
      changed: true,
      status: 'not-waited',
      message: 'restore started; not waited for',
    });
  if (follow.status === 'succeeded')
    return row({ from: result.from, to: result.to, changed: true, status: 'restored', message: 'restored' });
  return row({
    from: result.from,
    to: result.to,
    changed: true,
    status: 'failed',
    message: `the restore did not settle (${follow.status}): ${follow.reason ?? follow.state}`,
  });
}

export async function restoreAll(
  records: DeploymentRecord[],
  options: RestoreOptions,
  connections: Connections = {},
): Promise<RestoreRow[]> {
  return Promise.all(records.map((record) => restoreOne(record, options, connections)));
}
