// The digest each deployed image resolved to when the deploy checked it (shared/aws/image-exists.ts),
// kept in the record next to the image as given: a tag can move, the digest says what ran.
import type { DeploymentRecord, EcsState, EksState } from './record.js';

function pinned<S extends EcsState | EksState>(
  state: S | null,
  digests: ReadonlyMap<string, string>,
): S | null {
  if (!state?.images) return state;
  const found = Object.entries(state.images).flatMap(([container, image]) => {
    const digest = digests.get(image);
    return digest ? [[container, digest] as const] : [];
  });
  return found.length ? { ...state, imageDigests: Object.fromEntries(found) } : state;
}

/**
 * The record with `current.imageDigests`: for each container whose image is in `digests`
 * (image reference → sha256:… digest). Only `current`: `previous` is anchored by the breadcrumb.
 */
export function withImageDigests<R extends DeploymentRecord>(
  record: R,
  digests: ReadonlyMap<string, string>,
): R {
  if (record.target !== 'ecs' && record.target !== 'eks') return record;
  return { ...record, current: pinned(record.current, digests) };
}
