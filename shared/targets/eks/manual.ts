// A rollback without a record (auto-rollback with target: eks): the live Deployment is `current`,
// and `previous` is the revision asked for (`to`) or the newest revision kept below the live one.
import { ActionError } from '../../action/errors.js';
import { RECORD_SCHEMA, type EksRecord } from '../../record/record.js';
import { connectToCluster, type ClusterConnection } from '../../kube/connect.js';
import { containerImages, templateOfRevision } from '../../kube/undo.js';
import { REVISION_ANNOTATION, revisionOf, selectorToString } from '../../kube/types.js';

export interface ManualEksTarget {
  cluster: string;
  namespace: string;
  deployment: string;
  /** Revision to go back to; default the one before the live revision. */
  to?: number | undefined;
}

export async function manualEksRecord(
  region: string,
  target: ManualEksTarget,
  connect: () => Promise<ClusterConnection> = () => connectToCluster({ cluster: target.cluster, region }),
): Promise<EksRecord> {
  const connection = await connect();
  try {
    const { client } = connection;
    const live = await client
      .getDeployment(target.namespace, target.deployment)
      .catch(async (error: unknown) => {
        throw await connection.explain(error, target.namespace);
      });
    const liveRevision = revisionOf(live) ?? 0;
    let revision = target.to;
    if (revision === undefined) {
      const sets = await client.listReplicaSets(target.namespace, selectorToString(live.spec.selector));
      const kept = sets
        .filter((rs) =>
          rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === live.metadata.uid),
        )
        .map((rs) => Number(rs.metadata.annotations?.[REVISION_ANNOTATION]))
        .filter((value) => Number.isInteger(value) && value < liveRevision);
      if (kept.length === 0)
        throw new ActionError(
          `Deployment ${target.namespace}/${target.deployment} keeps no revision before ${liveRevision}: there is nothing to roll back to.`,
        );
      revision = Math.max(...kept);
    }
    const template = await templateOfRevision(client, live, revision);
    return {
      schema: RECORD_SCHEMA,
      target: 'eks',
      region,
      resource: { cluster: target.cluster, namespace: target.namespace, deployment: target.deployment },
      previous: { revision, images: containerImages(template) },
      current: { revision: liveRevision, images: containerImages(live.spec.template) },
      status: 'succeeded',
      startedAt: new Date().toISOString(),
    };
  } finally {
    connection.close();
  }
}
