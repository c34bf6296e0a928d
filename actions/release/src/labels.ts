// A short label of what a record's previous or current state runs, for the timeline's from → to.
import type { DeploymentRecord } from '../../../shared/record/record.js';

/** The last path segment of an ARN or image reference: `family:7`, `web:v2`, `web@sha256:0123456789ab`. */
function tail(text: string): string {
  const last = text.slice(text.lastIndexOf('/') + 1);
  const at = last.indexOf('@sha256:');
  return at >= 0 ? last.slice(0, at + 20) : last;
}

export function stateLabel(record: DeploymentRecord, which: 'previous' | 'current'): string | undefined {
  switch (record.target) {
    case 'ecs': {
      const state = record[which];
      return state ? `${tail(state.taskDefinitionArn)} × ${state.desiredCount}` : undefined;
    }
    case 'lambda': {
      const state = record[which];
      if (!state) return undefined;
      return state.version ? `version ${state.version} (${tail(state.imageUri)})` : tail(state.imageUri);
    }
    case 'eks': {
      const state = record[which];
      if (!state) return undefined;
      const images = Object.values(state.images).map(tail).join(', ');
      return images ? `revision ${state.revision} (${images})` : `revision ${state.revision}`;
    }
    case 'cloudformation': {
      const state = record[which];
      if (!state) return undefined;
      const image = state.parameters.find((parameter) => /image/i.test(parameter.key))?.value;
      return image ? tail(image) : (state.stackStatus ?? 'stack');
    }
    case 'ec2': {
      const state = record[which];
      if (!state) return undefined;
      const labels = Object.values(state.instances).map(
        (instance) =>
          instance.commit?.slice(0, 12) ??
          Object.values(instance.images ?? {})
            .map(tail)
            .join(', '),
      );
      return [...new Set(labels)].join('; ') || undefined;
    }
  }
}

/** The label of several records (one per EKS Deployment), each named; one record's label as it is. */
export function statesLabel(records: DeploymentRecord[], which: 'previous' | 'current'): string | undefined {
  if (records.length <= 1) return records[0] ? stateLabel(records[0], which) : undefined;
  const labels = records.map((record) => {
    const name = record.target === 'eks' ? record.resource.deployment : undefined;
    const label = stateLabel(record, which) ?? '(none)';
    return name ? `${name} ${label}` : label;
  });
  return labels.join('; ');
}
