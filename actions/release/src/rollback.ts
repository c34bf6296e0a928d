// The restore half of the rollback step: every record the deploy made (EKS: one per Deployment)
// back to its previous state through shared/targets/registry.ts, concurrently, each followed until
// it settles. Never throws: each record's result says what happened, in words.
import type { DeploymentRecord } from '../../../shared/record/record.js';
import { describeResource } from '../../../shared/record/describe.js';
import type { RestoreOptions, RestoreResult } from '../../../shared/targets/types.js';
import type { DeployPlan } from './plan.js';

export interface RecordRestore {
  record: DeploymentRecord;
  from?: string;
  to?: string;
  /** True when the restore changed something (false: the previous state already ran). */
  changed: boolean;
  /** Why this record was not restored: for the timeline (`detail`) and the release's reason. */
  problem?: { detail: string; reason: string };
}

/** How to restore one record: the registry, reaching an EKS cluster as the deploy did. */
async function restorer(
  deploy: DeployPlan,
): Promise<(record: DeploymentRecord, options: RestoreOptions) => Promise<RestoreResult>> {
  const { restoreRecord } = await import('../../../shared/targets/registry.js');
  const connections =
    deploy.target === 'eks'
      ? {
          eks: {
            ...(deploy.apiServer ? { apiServer: deploy.apiServer } : {}),
            ...(deploy.caData ? { caData: deploy.caData } : {}),
            ...(deploy.kubeconfig ? { kubeconfig: deploy.kubeconfig } : {}),
          },
        }
      : deploy.target === 'ec2'
        ? {
            ec2: {
              ...(deploy.plan.healthCommand ? { healthCommand: deploy.plan.healthCommand } : {}),
              healthTimeoutMs: deploy.plan.healthTimeoutMs,
            },
          }
        : {};
  return (record, options) => restoreRecord(record, options, connections);
}

export async function restoreAll(
  records: DeploymentRecord[],
  options: RestoreOptions,
  deploy: DeployPlan,
): Promise<RecordRestore[]> {
  const restore = await restorer(deploy);
  const prefix = (record: DeploymentRecord): string =>
    records.length > 1 ? `${describeResource(record)}: ` : '';
  return Promise.all(
    records.map(async (record): Promise<RecordRestore> => {
      const name = prefix(record);
      try {
        const restored = await restore(record, options);
        const span = { from: restored.from, to: restored.to, changed: restored.changed };
        if (restored.refused)
          return {
            record,
            ...span,
            problem: {
              detail: `${name}refused: ${restored.refused}`,
              reason: `the rollback was refused: ${name}${restored.refused}`,
            },
          };
        const settled = restored.follow;
        if (settled && settled.status !== 'succeeded')
          return {
            record,
            ...span,
            problem: {
              detail: `${name}the restore did not settle (${settled.status}): ${settled.reason ?? settled.state}`,
              reason: `the rollback did not settle: ${name}${settled.reason ?? settled.state}`,
            },
          };
        return { record, ...span };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          record,
          changed: false,
          problem: { detail: `${name}${message}`, reason: `the rollback failed: ${name}${message}` },
        };
      }
    }),
  );
}
