// The restore half of the rollback step: every record the deploy made (EKS: one per Deployment)
// back to its previous state through the restore loop every rollback uses
// (shared/targets/restore.ts), reaching the resources as the deploy did. Never throws: each
// record's result says what happened, in words; the details get the same table as auto-rollback's.
import type { DeploymentRecord } from '../../../shared/record/record.js';
import { describeResource } from '../../../shared/record/describe.js';
import type { Summary } from '../../../shared/action/summary.js';
import type { RestoreOptions } from '../../../shared/targets/types.js';
import { restoreAll as restoreRecords, type RestoreRow } from '../../../shared/targets/restore.js';
import { reportRestores } from '../../../shared/targets/summary.js';
import { connectionsOf } from './deploy.js';
import type { DeployPlan } from './plan.js';

export interface RecordRestore {
  record: DeploymentRecord;
  from?: string | undefined;
  to?: string | undefined;
  /** True when the restore changed something (false: the previous state already ran). */
  changed: boolean;
  /** Why this record was not restored: for the timeline (`detail`) and the release's reason. */
  problem?: { detail: string; reason: string } | undefined;
}

function recordRestore(record: DeploymentRecord, row: RestoreRow, name: string): RecordRestore {
  const span = { record, from: row.from || undefined, to: row.to || undefined, changed: row.changed };
  if (row.status === 'refused')
    return {
      ...span,
      problem: {
        detail: `${name}refused: ${row.message}`,
        reason: `the rollback was refused: ${name}${row.message}`,
      },
    };
  if (row.status === 'failed')
    return {
      ...span,
      problem: { detail: `${name}${row.message}`, reason: `the rollback failed: ${name}${row.message}` },
    };
  return span;
}

export async function restoreAll(
  records: DeploymentRecord[],
  options: RestoreOptions,
  deploy: DeployPlan,
  details: Summary,
): Promise<RecordRestore[]> {
  const started = Date.now();
  const rows = await restoreRecords(records, options, connectionsOf(deploy), 'release');
  reportRestores(details, rows, { elapsedMs: Date.now() - started, headingLevel: 3 });
  const prefix = (record: DeploymentRecord): string =>
    records.length > 1 ? `${describeResource(record)}: ` : '';
  return records.map((record, index) => recordRestore(record, rows[index]!, prefix(record)));
}
