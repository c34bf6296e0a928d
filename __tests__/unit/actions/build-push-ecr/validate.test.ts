import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../../../shared/action/inputs.js';
import { inputs } from '../../../../actions/build-push-ecr/src/inputs.js';
import { validate } from '../../../../actions/build-push-ecr/src/validate.js';
import { setInputs } from '../../../support/inputs.js';

let workspace: string;
const gitEnv = { GITHUB_SHA: 'a'.repeat(40), GITHUB_REF_NAME: 'main', GITHUB_RUN_NUMBER: '7' };

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'bpe-validate-'));
  mkdirSync(join(workspace, 'app'));
  writeFileSync(join(workspace, 'app', 'Dockerfile'), 'FROM scratch\n');
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

async function check(values: Record<string, string>) {
  const read = await readInputs(inputs, setInputs({ repository: 'team/api', context: 'app', ...values }, {}));
  return validate(read, gitEnv, workspace);
}

describe('build-push-ecr inputs', () => {
  it('accepts the defaults: tags are the commit SHA and latest, the Dockerfile is in the context', async () => {
    const result = await check({});
    expect(result.tags).toEqual(['a'.repeat(40), 'latest']);
    expect(result.dockerfile).toBe(join(workspace, 'app', 'Dockerfile'));
    expect(result.threshold).toBeUndefined();
    expect(result.ignore).toEqual([]);
  });

  it('puts the tag unique to the build first (it is pushed before the gate; latest waits for it)', async () => {
    expect((await check({ tags: 'latest\n{sha}' })).tags).toEqual(['a'.repeat(40), 'latest']);
    expect((await check({ tags: 'stable, v-{run-number}, {branch}' })).tags).toEqual([
      'v-7',
      'stable',
      'main',
    ]);
    expect((await check({ tags: 'stable\nlatest' })).tags).toEqual(['stable', 'latest']);
  });

  it('reads fail-on-severity in any case as a threshold: a list means its least severe entry', async () => {
    expect((await check({ 'fail-on-severity': 'High' })).threshold).toBe('HIGH');
    expect((await check({ 'fail-on-severity': 'critical, High' })).threshold).toBe('HIGH');
  });

  it('reads ignore entries with and without an expiry date', async () => {
    expect(
      (await check({ 'ignore-vulnerabilities': 'CVE-2024-1\nCVE-2024-2 until 2026-06-30' })).ignore,
    ).toEqual([{ id: 'CVE-2024-1' }, { id: 'CVE-2024-2', until: '2026-06-30' }]);
  });

  it.each([
    [
      { 'ignore-vulnerabilities': 'CVE-1 until 2026-02-30' },
      /Input 'ignore-vulnerabilities' has an invalid value "CVE-1 until 2026-02-30" \(2026-02-30 is not a calendar date\)/,
    ],
    [
      { 'ignore-vulnerabilities': 'CVE-1 after 2026-01-01' },
      /Input 'ignore-vulnerabilities' has an invalid value "CVE-1 after 2026-01-01"/,
    ],
    [{ 'on-scan-unavailable': 'ignore' }, /Input 'on-scan-unavailable' has an invalid value "ignore"/],
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
