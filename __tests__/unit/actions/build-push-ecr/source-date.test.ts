// The created time from a real git repository (git is on every runner), or SOURCE_DATE_EPOCH.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryCommittedAt } from '../../../support/git-repo.js';
import { sourceDate } from '../../../../actions/build-push-ecr/src/source-date.js';
import { execRunner } from '../../../../actions/build-push-ecr/src/docker.js';
import { buildEnvironment, ociLabels } from '../../../../actions/build-push-ecr/src/build.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'source-date-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const git = execRunner(process.env, 'git');

describe('sourceDate', () => {
  it('is the commit time of the checkout', async () => {
    const dir = repositoryCommittedAt(tempDir(), 1_650_000_000);
    await expect(sourceDate({}, dir, git)).resolves.toEqual({
      epoch: 1_650_000_000,
      from: 'the commit time',
    });
  });

  it('SOURCE_DATE_EPOCH wins when set', async () => {
    const dir = repositoryCommittedAt(tempDir(), 1_650_000_000);
    await expect(sourceDate({ SOURCE_DATE_EPOCH: '1700000000' }, dir, git)).resolves.toEqual({
      epoch: 1_700_000_000,
      from: 'SOURCE_DATE_EPOCH',
    });
    await expect(sourceDate({ SOURCE_DATE_EPOCH: '' }, dir, git)).resolves.toMatchObject({
      from: 'the commit time',
    });
  });

  it('is undefined outside a git checkout', async () => {
    await expect(sourceDate({}, tempDir(), git)).resolves.toBeUndefined();
  });

  it('sets the created label and hands SOURCE_DATE_EPOCH to the builder', () => {
    expect(ociLabels({}, new Date(1_650_000_000_000))['org.opencontainers.image.created']).toBe(
      '2022-04-15T05:20:00.000Z',
    );
    expect(buildEnvironment('buildx', { PATH: '/bin' }, 1_650_000_000)).toEqual({
      PATH: '/bin',
      SOURCE_DATE_EPOCH: '1650000000',
    });
    expect(buildEnvironment('docker', {}, undefined)).toEqual({ DOCKER_BUILDKIT: '0' });
  });
});
