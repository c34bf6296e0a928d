// Undo as `kubectl rollout undo --to-revision` does it: the Deployment's pod template is replaced
// (JSON patch) by the template of a recorded revision, without its pod-template-hash label.
import { ActionError } from '../action/errors.js';
import type { KubeClient } from './client.js';
import {
  CHANGE_CAUSE_ANNOTATION,
  REVISION_ANNOTATION,
  TEMPLATE_HASH_LABEL,
  selectorToString,
  type Deployment,
  type PodTemplateSpec,
} from './types.js';

/** The template as a Deployment holds it: the ReplicaSet's pod-template-hash label removed. */
function deploymentTemplate(template: PodTemplateSpec): PodTemplateSpec {
  const copy = structuredClone(template);
  if (copy.metadata?.labels) {
    delete copy.metadata.labels[TEMPLATE_HASH_LABEL];
  }
  return copy;
}

/** Compares templates as the Deployment controller does (key order and the hash label ignored). */
export function sameTemplate(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
  return stableJson(deploymentTemplate(a)) === stableJson(deploymentTemplate(b));
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function containerImages(template: PodTemplateSpec): Record<string, string> {
  return Object.fromEntries(
    template.spec.containers.map((container) => [container.name, container.image ?? '']),
  );
}

/** The template of one revision, from the ReplicaSet the Deployment owns for it. */
export async function templateOfRevision(
  client: KubeClient,
  deployment: Deployment,
  revision: number,
): Promise<PodTemplateSpec> {
  const namespace = deployment.metadata.namespace ?? 'default';
  const sets = await client.listReplicaSets(namespace, selectorToString(deployment.spec.selector));
  const owned = sets.filter((rs) =>
    rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid),
  );
  const match = owned.find((rs) => rs.metadata.annotations?.[REVISION_ANNOTATION] === String(revision));
  if (!match) {
    const known = owned
      .map((rs) => rs.metadata.annotations?.[REVISION_ANNOTATION])
      .filter(Boolean)
      .sort((a, b) => Number(a) - Number(b));
    throw new ActionError(
      `Deployment ${namespace}/${deployment.metadata.name} has no ReplicaSet for revision ${revision} (revisions kept: ${known.join(', ') || 'none'}); it may have been pruned by revisionHistoryLimit.`,
    );
  }
  return deploymentTemplate(match.spec.template);
}

/** Replaces the Deployment's template by `template` exactly; notes why in change-cause. */
export async function restoreTemplate(
  client: KubeClient,
  deployment: Deployment,
  template: PodTemplateSpec,
  changeCause: string,
): Promise<Deployment> {
  const namespace = deployment.metadata.namespace ?? 'default';
  const annotationsPath = '/metadata/annotations';
  const operations: unknown[] = [
    { op: 'test', path: '/metadata/uid', value: deployment.metadata.uid },
    { op: 'replace', path: '/spec/template', value: deploymentTemplate(template) },
    deployment.metadata.annotations
      ? {
          op: 'add',
          path: `${annotationsPath}/${CHANGE_CAUSE_ANNOTATION.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          value: changeCause,
        }
      : { op: 'add', path: annotationsPath, value: { [CHANGE_CAUSE_ANNOTATION]: changeCause } },
  ];
  return client.patchDeployment(namespace, deployment.metadata.name, operations, 'json');
}
