// Planning an image change on a Deployment: which container gets which image, checked against
// the live containers before anything is patched, and the strategic-merge patch that does it.
import { InputError } from '../../action/errors.js';
import { CHANGE_CAUSE_ANNOTATION, type Deployment } from '../../kube/types.js';

export type ImageRequest =
  /** `image` (+ optional `container`: default, the Deployment's only container). */
  | { kind: 'single'; image: string; container?: string }
  /** `images`: container → image. */
  | { kind: 'map'; images: Record<string, string> };

export interface ImageChange {
  container: string;
  from: string;
  to: string;
}

export interface ImagePlan {
  changes: ImageChange[];
  /** Strategic-merge patch: containers merged by name, plus the change-cause annotation. */
  patch: Record<string, unknown>;
  /** True when every container already runs the requested image. */
  unchanged: boolean;
}

/**
 * Resolves the request against the live containers; InputError names the input and the containers
 * that exist. With `shared` (several Deployments in one step), `images` lines naming a container
 * this Deployment lacks are left to the others; the caller checks that every line found one.
 */
export function planImageUpdate(
  deployment: Deployment,
  request: ImageRequest,
  changeCause: string,
  shared = false,
): ImagePlan {
  const containers = deployment.spec.template.spec.containers;
  const names = containers.map((container) => container.name);
  const where = `Deployment ${deployment.metadata.namespace ?? 'default'}/${deployment.metadata.name}`;
  let wanted: Array<[string, string]>;
  if (request.kind === 'single') {
    if (request.container === undefined) {
      const only = names.length === 1 ? names[0] : undefined;
      if (only === undefined)
        throw new InputError(
          'container',
          '',
          `the name of one of the containers of ${where}: ${names.join(', ')}`,
        );
      wanted = [[only, request.image]];
    } else wanted = [[request.container, request.image]];
  } else {
    wanted = Object.entries(request.images);
    if (shared) {
      const own = wanted.filter(([name]) => names.includes(name));
      if (own.length === 0)
        throw new InputError(
          'images',
          Object.keys(request.images).join(', '),
          `container=image lines naming containers of ${where}: ${names.join(', ')}`,
          'no line names one of its containers',
        );
      wanted = own;
    }
  }
  const input = request.kind === 'single' ? 'container' : 'images';
  const changes = wanted.map(([name, image]) => {
    const container = containers.find((candidate) => candidate.name === name);
    if (!container)
      throw new InputError(input, name, `a container of ${where}: ${names.join(', ')}`, 'no such container');
    return { container: name, from: container.image ?? '', to: image };
  });
  return {
    changes,
    unchanged: changes.every((change) => change.from === change.to),
    patch: {
      metadata: { annotations: { [CHANGE_CAUSE_ANNOTATION]: changeCause } },
      spec: {
        template: {
          spec: {
            containers: changes.map((change) => ({ name: change.container, image: change.to })),
          },
        },
      },
    },
  };
}

/** Every image a request names. */
export function imagesOfRequest(request: ImageRequest): string[] {
  return request.kind === 'single' ? [request.image] : Object.values(request.images);
}
