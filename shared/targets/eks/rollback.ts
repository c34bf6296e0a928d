// The EKS restore (auto-rollback, the release action's rollback): the Deployment's breadcrumb
// annotation must name the record and its previous state; then its pod template goes back to the
// template of the recorded revision, read from the ReplicaSet the Deployment owns for it (never
// from the record), as `kubectl rollout undo --to-revision` does, and that rollout is followed.
// Refused when the live Deployment has moved past the record's current revision, unless forced; a
// rerun after a restore finds the template already in place and changes nothing.
import type { EksRecord } from '../../record/record.js';
import { BREADCRUMB_KEY, breadcrumbMismatch } from '../../record/breadcrumb.js';
import type { EksConnection, RestoreOptions, RestoreResult, RollbackAdapter } from '../types.js';
import { connectOptions } from './connection.js';
import { connectToCluster, type ClusterConnection } from '../../kube/connect.js';
import { followRollout } from '../../kube/rollout.js';
import { containerImages, restoreTemplate, sameTemplate, templateOfRevision } from '../../kube/undo.js';
import { revisionOf } from '../../kube/types.js';

export interface EksRollbackOptions {
  /** How to reach the record's cluster; default DescribeCluster with the AWS credentials. */
  connect?: (record: EksRecord) => Promise<ClusterConnection>;
  /** How the default connect reaches the cluster (private clusters through a tunnel, a kubeconfig). */
  connection?: EksConnection;
  changeCause?: string;
}

function describeImages(images: Record<string, string>): string {
  return Object.entries(images)
    .map(([container, image]) => `${container}=${image}`)
    .join(', ');
}

export function createEksRollbackAdapter(settings: EksRollbackOptions = {}): RollbackAdapter<EksRecord> {
  const connect =
    settings.connect ??
    ((record: EksRecord) =>
      connectToCluster(connectOptions(record.resource.cluster, record.region, settings.connection)));
  return {
    async restore(record: EksRecord, options: RestoreOptions): Promise<RestoreResult> {
      const { cluster, namespace, deployment: name } = record.resource;
      const label = `${cluster}/${namespace}/${name}`;
      const { previous, current } = record;
      if (!previous || !current)
        return {
          changed: false,
          from: label,
          to: label,
          refused: `the record of ${label} holds no change to undo`,
        };
      const connection = await connect(record);
      try {
        const { client } = connection;
        const live = await client.getDeployment(namespace, name).catch(async (error: unknown) => {
          throw await connection.explain(error, namespace);
        });
        const liveRevision = revisionOf(live);
        const from = `revision ${liveRevision ?? '?'} (${describeImages(containerImages(live.spec.template))})`;
        const to = `revision ${previous.revision} (${describeImages(previous.images)})`;
        if (!options.trustLiveState) {
          const found = live.metadata.annotations?.[BREADCRUMB_KEY];
          const mismatch = breadcrumbMismatch(record, found, `Deployment ${namespace}/${name}`);
          if (mismatch) return { changed: false, from, to, refused: mismatch };
        }
        // a restore renumbers the ReplicaSet of the recorded revision (as Kubernetes does): a rerun
        // finds no such revision, and the previous images already running
        const sameImages = (images: Record<string, string>): boolean =>
          JSON.stringify(Object.entries(images).sort()) ===
          JSON.stringify(Object.entries(previous.images).sort());
        const target = await templateOfRevision(client, live, previous.revision).catch((error: unknown) => {
          if (sameImages(containerImages(live.spec.template))) return undefined;
          throw error;
        });
        if (!target) return { changed: false, from, to };
        if (sameTemplate(live.spec.template, target)) return { changed: false, from, to };
        if (!options.force && liveRevision !== current.revision)
          return {
            changed: false,
            from,
            to,
            refused: `Deployment ${namespace}/${name} is at revision ${liveRevision ?? '?'}, not revision ${current.revision} that this deployment made: someone deployed since. Set 'force: true' to roll back anyway.`,
          };
        await restoreTemplate(
          client,
          live,
          target,
          settings.changeCause ?? `auto-rollback to revision ${previous.revision}`,
        );
        if (!options.wait) return { changed: true, from, to };
        const follow = await followRollout(client, { namespace, name }, options);
        return { changed: true, from, to, follow };
      } finally {
        connection.close();
      }
    },
  };
}
