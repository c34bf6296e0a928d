// Container image references as Docker and ECS accept them:
// [registry[:port]/]path[:tag][@algorithm:hex], e.g. 123.dkr.ecr.eu-west-3.amazonaws.com/app:v2@sha256:….

export interface ImageReference {
  /** Host (and port) of the registry, when the reference names one. */
  registry?: string | undefined;
  /** Repository path without registry, tag or digest. */
  repository: string;
  tag?: string | undefined;
  digest?: string | undefined;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`,
);

export const IMAGE_ACCEPTED =
  'an image reference such as nginx:1.27, registry.example.com:5000/team/app:v2 or …/app@sha256:<64 hex digits>';

/** Parses an image reference; undefined when it cannot be one. */
export function parseImageReference(text: string): ImageReference | undefined {
  if (text.length > 4096) return undefined;
  const match = REFERENCE.exec(text);
  if (!match) return undefined;
  const [, domain, path = '', tag, digest] = match;
  let registry = domain;
  let repository = path;
  // `localhost:5000/app`, `host.tld/app` name a registry; `team/app` is a Docker Hub path.
  if (registry !== undefined && !/[.:]|^localhost$|^\[/.test(registry)) {
    repository = `${registry}/${repository}`;
    registry = undefined;
  }
  if (registry === undefined && /[A-Z]/.test(repository)) return undefined;
  if (digest?.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest)) return undefined;
  return {
    repository,
    registry,
    tag,
    digest,
  };
}

/** Why a reference is refused, in words; undefined when it is a valid reference. */
export function imageProblem(text: string): string | undefined {
  if (text.trim() !== text || text === '') return 'it has spaces around it or is empty';
  if (/\s/.test(text)) return 'it contains a space';
  if (parseImageReference(text) !== undefined) return undefined;
  if (/@sha256:/.test(text)) return 'a sha256 digest is 64 lower-case hex digits';
  if (/[A-Z]/.test(text.split('/').slice(-1)[0] ?? '')) return 'repository names are lower case';
  return 'it does not parse as [registry[:port]/]repository[:tag][@digest]';
}
