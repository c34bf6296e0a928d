// The EKS half of auto-rollback: put a Deployment's pod template back to the recorded previous
// revision (as `kubectl rollout undo --to-revision` does) and follow that rollout. Refused when the
// live Deployment has moved past the record's current revision, unless forced; a rerun after a
// restore finds the template already in place and changes nothing.
import type { EksRecord } from '../../record/record.js';
import type { RestoreOptions, RestoreResult, RollbackAdapter } from '../types.js';
import { connectToCluster, type ClusterConnection } from '../../kube/connect.js';
import { followRollout } from '../../kube/rollout.js';
import { containerImages, restoreTemplate, sameTemplate, templateOfRevision } from '../../kube/undo.js';
import { revisionOf, type PodTemplateSpec } from '../../kube/types.js';

export interface EksRollbackOptions {
  /** How to reach the record's cluster; default DescribeCluster with the AWS credentials. */
  connect?: (record: EksRecord) => Promise<ClusterConnection>;
  /** Endpoint/CA overrides for the default connect (private clusters through a tunnel). */
  apiServer?: string;
  caData?: string;
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
      connectToCluster({
        cluster: record.resource.cluster,
        region: record.region,
        ...(settings.apiServer ? { apiServer: settings.apiServer } : {}),
        ...(settings.caData ? { caData: settings.caData } : {}),
      }));
  return {
    async restore(record: EksRecord, options: RestoreOptions): Promise<RestoreResult> {
      const { cluster, namespace, deployment: name } = record.resource;
      const label = `${cluster}/${namespace}/${name}`;
      const previous = record.previous;
      if (!previous)
        return {
          changed: false,
          from: label,
          to: label,
          refused: `the record of ${label} holds no previous revision to restore`,
        };
      const connection = await connect(record);
      try {
        const { client } = connection;
        const live = await client.getDeployment(namespace, name).catch(async (error: unknown) => {
          throw await connection.explain(error, namespace);
        });
        const liveRevision = revisionOf(live);
        const target: PodTemplateSpec = previous.template
          ? (previous.template as unknown as PodTemplateSpec)
          : await templateOfRevision(client, live, previous.revision);
        const from = `revision ${liveRevision ?? '?'} (${describeImages(containerImages(live.spec.template))})`;
        const to = `revision ${previous.revision} (${describeImages(previous.images)})`;
        if (sameTemplate(live.spec.template, target)) return { changed: false, from, to };
        if (!options.force && record.current && liveRevision !== record.current.revision)
          return {
            changed: false,
            from,
            to,
            refused: `Deployment ${namespace}/${name} is at revision ${liveRevision ?? '?'}, not revision ${record.current.revision} that this deployment made: someone deployed since. Set 'force: true' to roll back anyway.`,
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
