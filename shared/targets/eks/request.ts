// What an EKS rolling update asks for, read from the inputs of eks-rolling-update and the root
// action: the images, the change-cause, the kubeconfig. Light on purpose: a release plans with it
// before it knows its target, so it must not load the rollout (./deploy.ts).
import { InputError } from '../../action/errors.js';
import { IMAGE_ACCEPTED, imageProblem } from '../ecs/image.js';
import type { ImageRequest } from './images.js';

/** The image inputs, same names in eks-rolling-update and the root release action. */
export interface EksImageInputs {
  image: string;
  container: string;
  images: Record<string, string>;
}

/** `image` (+ `container`) xor `images`, each image checked; no AWS or Kubernetes call. */
export function eksImageRequest(values: EksImageInputs): ImageRequest {
  const images = values.images;
  const hasMap = Object.keys(images).length > 0;
  if (values.image && hasMap)
    throw new InputError(
      'images',
      Object.keys(images).join(','),
      "either 'image' (with 'container') or 'images', not both",
    );
  if (!values.image && !hasMap)
    throw new InputError('image', '', "the new image, or 'images' with container=image lines");
  if (hasMap) {
    if (values.container)
      throw new InputError(
        'container',
        values.container,
        "nothing: with 'images' the container names are the keys of the lines",
      );
    for (const [container, image] of Object.entries(images)) {
      const problem = imageProblem(image);
      if (problem) throw new InputError('images', `${container}=${image}`, IMAGE_ACCEPTED, problem);
    }
    return { kind: 'map', images };
  }
  return values.container
    ? { kind: 'single', image: values.image, container: values.container }
    : { kind: 'single', image: values.image };
}

export { kubeconfigPath } from '../../kube/kubeconfig-path.js';

/** The change-cause annotation by default: repository@commit (workflow) run URL. */
export function defaultChangeCause(
  env: NodeJS.ProcessEnv = process.env,
  fallback = 'eks-rolling-update',
): string {
  const repository = env['GITHUB_REPOSITORY'];
  if (!repository) return fallback;
  const sha = (env['GITHUB_SHA'] ?? '').slice(0, 12);
  const run = env['GITHUB_RUN_ID']
    ? ` run ${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${repository}/actions/runs/${env['GITHUB_RUN_ID']}`
    : '';
  return `${repository}${sha ? `@${sha}` : ''}${env['GITHUB_WORKFLOW'] ? ` (${env['GITHUB_WORKFLOW']})` : ''}${run}`;
}
