import { describe, expect, it } from '@jest/globals';
import {
  chooseCache,
  parseBuildxInspect,
  usesContainerdStore,
} from '../../../../actions/build-push-ecr/src/builder.js';
import { tagIsMutable } from '../../../../actions/build-push-ecr/src/mutability.js';

// `docker buildx inspect` on a GitHub-hosted runner without docker/setup-buildx-action.
const HOSTED_RUNNER_INSPECT = `Name:          default
Driver:        docker
Last Activity: 2026-01-12 08:01:55 +0000 UTC

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.20.2
Platforms:        linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/386
`;

describe('builder detection', () => {
  it('reads the builder name and driver from the header, not from the Nodes section', () => {
    expect(parseBuildxInspect(HOSTED_RUNNER_INSPECT)).toEqual({ name: 'default', driver: 'docker' });
    expect(
      parseBuildxInspect('Name:   builder-1\nDriver: docker-container\n\nNodes:\nName: builder-10\n'),
    ).toEqual({ name: 'builder-1', driver: 'docker-container' });
    expect(parseBuildxInspect('ERROR: no builder')).toBeUndefined();
  });

  it('recognises the containerd image store in docker info', () => {
    expect(usesContainerdStore('[["driver-type","io.containerd.snapshotter.v1"]]')).toBe(true);
    expect(usesContainerdStore('[["Backing Filesystem","extfs"],["Supports d_type","true"]]')).toBe(false);
  });
});

describe('chooseCache', () => {
  const builder = (driver: string, containerdStore = false) => ({ name: 'b', driver, containerdStore });
  it.each(['docker-container', 'remote', 'kubernetes'])('the %s driver gets the registry cache', (driver) => {
    expect(chooseCache('registry', 'buildx', builder(driver)).kind).toBe('registry');
  });
  it('the docker driver gets it only on the containerd image store; else inline, saying what to do', () => {
    expect(chooseCache('registry', 'buildx', builder('docker', true)).kind).toBe('registry');
    const fallback = chooseCache('registry', 'buildx', builder('docker'));
    expect(fallback.kind).toBe('inline');
    expect(fallback.reason).toMatch(/without the containerd image store.*set builder: container/);
  });
  it('a builder buildx cannot describe gets the inline cache, and the reason says so', () => {
    expect(chooseCache('registry', 'buildx', builder('unknown'))).toEqual({
      kind: 'inline',
      reason: expect.stringMatching(/^docker buildx inspect did not name the builder/),
    });
  });
  it('cache: none and the classic builder write no cache; cache: inline is honoured on any driver', () => {
    expect(chooseCache('none', 'buildx', builder('docker-container')).kind).toBe('none');
    expect(chooseCache('registry', 'docker', undefined)).toMatchObject({
      kind: 'none',
      reason: expect.stringMatching(/local layer cache/),
    });
    expect(chooseCache('inline', 'buildx', builder('docker-container')).kind).toBe('inline');
  });
});

describe('tagIsMutable', () => {
  it('follows the mutability setting and its wildcard exclusion filters', () => {
    expect(tagIsMutable({ mutability: 'MUTABLE', exclusionFilters: [] }, 'buildcache')).toBe(true);
    expect(tagIsMutable({ mutability: 'IMMUTABLE', exclusionFilters: [] }, 'buildcache')).toBe(false);
    const withExclusion = { mutability: 'IMMUTABLE_WITH_EXCLUSION', exclusionFilters: ['build*', 'latest'] };
    expect(tagIsMutable(withExclusion, 'buildcache')).toBe(true);
    expect(tagIsMutable(withExclusion, 'latest')).toBe(true);
    expect(tagIsMutable(withExclusion, 'v1.2')).toBe(false);
    expect(tagIsMutable({ mutability: 'MUTABLE_WITH_EXCLUSION', exclusionFilters: ['v*'] }, 'v1')).toBe(
      false,
    );
    expect(tagIsMutable({ mutability: 'IMMUTABLE_WITH_EXCLUSION', exclusionFilters: ['a.b'] }, 'axb')).toBe(
      false,
    );
  });
});
