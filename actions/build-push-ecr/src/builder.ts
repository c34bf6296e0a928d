// Which builder runs the build, and which cache it can use. BuildKit's `docker` driver (what buildx
// uses on a runner where nothing set up another builder) refuses to export a registry cache unless
// the engine stores images in containerd; the docker-container, remote and kubernetes drivers
// export it. The classic builder has only the engine's local layer cache.
import { ActionError } from '../../../shared/action/errors.js';
import type { Docker } from './docker.js';

export type Builder = 'buildx' | 'docker';
export type BuilderInput = 'auto' | 'buildx' | 'container' | 'docker';
export type CacheInput = 'registry' | 'inline' | 'none';

export interface BuildxBuilder {
  name: string;
  driver: string;
  /** The docker driver only: the engine uses the containerd image store. */
  containerdStore: boolean;
}

export type CachePlan =
  | { kind: 'none' }
  | { kind: 'registry'; reference: string }
  /** The cache travels in the image; earlier images under the moving tags seed the next build. */
  | { kind: 'inline'; from: string[] };

export const REGISTRY_CACHE_DRIVERS = ['docker-container', 'remote', 'kubernetes'];

/** `Name:` and `Driver:` of the builder from `docker buildx inspect` (the first lines, before `Nodes:`). */
export function parseBuildxInspect(output: string): { name: string; driver: string } | undefined {
  const header = output.split(/^Nodes:/m)[0] ?? '';
  const name = /^Name:\s*(\S+)/m.exec(header)?.[1];
  const driver = /^Driver:\s*(\S+)/m.exec(header)?.[1];
  return name && driver ? { name, driver } : undefined;
}

/** `docker info` reports `driver-type io.containerd.snapshotter.v1` with the containerd image store. */
export function usesContainerdStore(driverStatusJson: string): boolean {
  return /io\.containerd\.snapshotter\.v1/.test(driverStatusJson);
}

/**
 * The builder `docker buildx build` would use (or `name`), with its driver. When buildx cannot
 * say, the driver is `unknown`: the build still runs, with the inline cache.
 */
export async function inspectBuilder(cli: Docker, name?: string): Promise<BuildxBuilder> {
  const inspected = await cli.runner(['buildx', 'inspect', ...(name ? [name] : [])], {});
  const builder = inspected.code === 0 ? parseBuildxInspect(inspected.stdout) : undefined;
  if (!builder) return { name: name ?? 'current', driver: 'unknown', containerdStore: false };
  let containerdStore = false;
  if (builder.driver === 'docker') {
    const info = await cli.runner(['info', '--format', '{{json .DriverStatus}}'], {});
    containerdStore = info.code === 0 && usesContainerdStore(info.stdout);
  }
  return { ...builder, containerdStore };
}

export interface CacheDecision {
  kind: CachePlan['kind'];
  /** Why this cache, in words, for the log and the summary. */
  reason: string;
}

/** The cache a build gets: the one asked for where the builder can write it, else the inline cache. */
export function chooseCache(
  wanted: CacheInput,
  builder: Builder,
  buildx: BuildxBuilder | undefined,
): CacheDecision {
  if (wanted === 'none') return { kind: 'none', reason: 'cache: none' };
  if (builder === 'docker' || !buildx)
    return {
      kind: 'none',
      reason: "the classic docker builder has no cache export; it reuses the engine's local layer cache",
    };
  if (wanted === 'inline') return { kind: 'inline', reason: 'cache: inline' };
  if (buildx.driver === 'unknown')
    return {
      kind: 'inline',
      reason:
        'docker buildx inspect did not name the builder and its driver, so the inline cache is used (it works with every driver).',
    };
  const driver = `builder ${buildx.name} uses the ${buildx.driver} driver`;
  if (REGISTRY_CACHE_DRIVERS.includes(buildx.driver))
    return { kind: 'registry', reason: `${driver}, which exports a registry cache` };
  if (buildx.driver === 'docker' && buildx.containerdStore)
    return {
      kind: 'registry',
      reason: `${driver} on the containerd image store, which exports a registry cache`,
    };
  return {
    kind: 'inline',
    reason:
      `${driver}${buildx.driver === 'docker' ? ' without the containerd image store' : ''}, which cannot export a registry cache: ` +
      'the inline cache is used instead. For the registry cache, set builder: container (or run docker/setup-buildx-action before this step).',
  };
}

/** `builder: container`: a docker-container builder for this run only, as docker/setup-buildx-action creates. */
export async function createContainerBuilder(cli: Docker, name: string): Promise<void> {
  await cli.run('Creating a docker-container builder', [
    'buildx',
    'create',
    '--name',
    name,
    '--driver',
    'docker-container',
    '--bootstrap',
  ]);
}

export async function removeBuilder(cli: Docker, name: string): Promise<void> {
  await cli.run('Removing the docker-container builder', ['buildx', 'rm', name]).catch(() => undefined);
}

/** buildx, or the classic builder; `container` and `buildx` need the buildx plugin. */
export async function chooseBuilder(cli: Docker, wanted: BuilderInput): Promise<Builder> {
  if (wanted === 'docker') return 'docker';
  const hasBuildx = await cli.hasBuildx();
  if (wanted !== 'auto' && !hasBuildx)
    throw new ActionError(
      `builder is ${wanted} but docker buildx is not installed on this runner: install it (docker/setup-buildx-action) or set builder: docker.`,
    );
  return hasBuildx ? 'buildx' : 'docker';
}
