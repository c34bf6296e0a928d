// Build command lines for the two builders. Pure functions: the unit tests read them as they are.
import type { Builder, CachePlan } from './builder.js';

export type { Builder } from './builder.js';

export interface BuildPlan {
  builder: Builder;
  context: string;
  dockerfile: string;
  target: string | undefined;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  platforms: string[];
  /** Full references: `<registry>/<repository>:<tag>`. */
  references: string[];
  push: boolean;
  /** buildx only. */
  cache: CachePlan;
  /** BuildKit secret id → the environment variable that holds its value (buildx only). */
  secrets: Record<string, string>;
  /** A builder other than the current one (buildx only). */
  builderName?: string | undefined;
  provenance: boolean;
  /** Where buildx writes its metadata (the pushed digest). */
  metadataFile: string | undefined;
}

export const CACHE_TAG = 'buildcache';

function pairs(flag: string, values: Record<string, string>): string[] {
  return Object.entries(values).flatMap(([key, value]) => [flag, `${key}=${value}`]);
}

export function buildArguments(plan: BuildPlan): string[] {
  const common = [
    '--file',
    plan.dockerfile,
    ...(plan.target ? ['--target', plan.target] : []),
    ...pairs('--build-arg', plan.buildArgs),
    ...pairs('--label', plan.labels),
    ...plan.references.flatMap((reference) => ['--tag', reference]),
  ];
  if (plan.builder === 'docker') return ['build', ...common, plan.context];
  return [
    'buildx',
    'build',
    ...common,
    `--provenance=${plan.provenance}`,
    ...(plan.platforms.length ? ['--platform', plan.platforms.join(',')] : []),
    ...cacheArguments(plan.cache, plan.push),
    // The value stays in the environment: only its name is on the command line.
    ...Object.entries(plan.secrets).flatMap(([id, variable]) => ['--secret', `id=${id},env=${variable}`]),
    ...(plan.builderName ? ['--builder', plan.builderName] : []),
    ...(plan.metadataFile ? ['--metadata-file', plan.metadataFile] : []),
    // A multi-platform image cannot be loaded into the local engine; without push it stays in the cache.
    ...(plan.push ? ['--push'] : plan.platforms.length > 1 ? [] : ['--load']),
    plan.context,
  ];
}

function cacheArguments(cache: CachePlan, push: boolean): string[] {
  switch (cache.kind) {
    case 'none':
      return [];
    case 'registry':
      return [
        '--cache-from',
        `type=registry,ref=${cache.reference}`,
        ...(push
          ? [
              '--cache-to',
              `type=registry,ref=${cache.reference},mode=max,image-manifest=true,oci-mediatypes=true`,
            ]
          : []),
      ];
    case 'inline':
      return [
        ...cache.from.flatMap((reference) => ['--cache-from', `type=registry,ref=${reference}`]),
        ...(push ? ['--cache-to', 'type=inline'] : []),
      ];
  }
}

/**
 * The classic builder must not be replaced silently by BuildKit: DOCKER_BUILDKIT=0 keeps its output
 * and cache. BuildKit reads SOURCE_DATE_EPOCH (buildx passes it on as a build argument) for the
 * timestamps it writes.
 */
export function buildEnvironment(
  builder: Builder,
  env: NodeJS.ProcessEnv,
  sourceEpoch: number | undefined,
): NodeJS.ProcessEnv {
  const withEpoch = sourceEpoch === undefined ? env : { ...env, SOURCE_DATE_EPOCH: String(sourceEpoch) };
  return builder === 'docker' ? { ...withEpoch, DOCKER_BUILDKIT: '0' } : withEpoch;
}

/** OCI labels from the GitHub context; `created` is the source's time (see source-date.ts). The user's labels win. */
export function ociLabels(env: NodeJS.ProcessEnv, created: Date): Record<string, string> {
  const labels: Record<string, string> = {};
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  if (env['GITHUB_REPOSITORY'])
    labels['org.opencontainers.image.source'] = `${server}/${env['GITHUB_REPOSITORY']}`;
  if (env['GITHUB_SHA']) labels['org.opencontainers.image.revision'] = env['GITHUB_SHA'];
  labels['org.opencontainers.image.created'] = created.toISOString();
  return labels;
}

/** `containerimage.digest` from the buildx metadata file. */
export function digestFromMetadata(text: string): string | undefined {
  try {
    const digest = (JSON.parse(text) as Record<string, unknown>)['containerimage.digest'];
    return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}

const SECRET_LOOKING = /SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH/i;

/** Build arguments whose names look like secrets: they stay in the image history for anyone who pulls it. */
export function secretLookingBuildArgs(buildArgs: Record<string, string>): string[] {
  return Object.keys(buildArgs).filter((name) => SECRET_LOOKING.test(name));
}
