import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../../shared/action/inputs.js';
import { inputs } from '../../../actions/build-push-ecr/src/inputs.js';
import { validate } from '../../../actions/build-push-ecr/src/validate.js';

let workspace: string;
const gitEnv = { GITHUB_SHA: 'a'.repeat(40), GITHUB_REF_NAME: 'main', GITHUB_RUN_NUMBER: '7' };

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'bpe-validate-'));
  mkdirSync(join(workspace, 'app'));
  writeFileSync(join(workspace, 'app', 'Dockerfile'), 'FROM scratch\n');
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function env(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
  );
}

async function check(values: Record<string, string>) {
  const read = await readInputs(inputs, env({ repository: 'team/api', context: 'app', ...values }));
  return validate(read, gitEnv, workspace);
}

describe('build-push-ecr inputs', () => {
  it('accepts the defaults: tags are the commit SHA and latest, the Dockerfile is in the context', async () => {
    const result = await check({});
    expect(result.tags).toEqual(['a'.repeat(40), 'latest']);
    expect(result.dockerfile).toBe(join(workspace, 'app', 'Dockerfile'));
    expect(result.failOn).toEqual([]);
  });

  it('reads severities in any case', async () => {
    expect((await check({ 'fail-on-severity': 'critical, High' })).failOn).toEqual(['CRITICAL', 'HIGH']);
  });

  it.each([
    [{ repository: 'Team/API' }, /Input 'repository' has an invalid value "Team\/API"/],
    [{ repository: 'a' }, /Input 'repository'/],
    [{ repository: 'team//api' }, /Input 'repository'/],
    [{ tags: 'v{run-number}, bad tag' }, /Input 'tags' has an invalid value "bad tag"/],
    [
      { 'fail-on-severity': 'CRITICAL,SEVERE' },
      /Input 'fail-on-severity' has an invalid value "SEVERE" \(unknown severity\)/,
    ],
    [
      { dockerfile: 'missing/Dockerfile' },
      /Input 'dockerfile' has an invalid value "missing\/Dockerfile" \(no such file\)/,
    ],
    [{ context: 'nowhere' }, /Input 'context' has an invalid value "nowhere" \(no such directory\)/],
    [{ 'kms-key': 'alias/x' }, /Input 'kms-key'.*encryption is AES256/],
    [{ builder: 'docker', platforms: 'linux/arm64' }, /Input 'platforms'/],
    [{ 'keep-images': '0' }, /Input 'keep-images'/],
    [{ 'image-tag-mutability': 'immutable' }, /Input 'image-tag-mutability'.*one of MUTABLE, IMMUTABLE/],
    [{ registry: 'https://x' }, /Input 'registry'/],
  ])('refuses %j', async (values, message) => {
    await expect(check(values)).rejects.toThrow(message);
  });

  it('a missing Dockerfile in the context is named with the context path', async () => {
    mkdirSync(join(workspace, 'empty'), { recursive: true });
    await expect(check({ context: 'empty' })).rejects.toThrow(
      /Input 'dockerfile' has an invalid value "empty\/Dockerfile"/,
    );
  });
});
