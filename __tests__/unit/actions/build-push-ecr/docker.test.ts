import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildArguments,
  digestFromMetadata,
  secretLookingBuildArgs,
  type BuildPlan,
} from '../../../../actions/build-push-ecr/src/build.js';
import {
  Docker,
  parsePushOutput,
  execRunner,
  privateDockerConfig,
  type Runner,
} from '../../../../actions/build-push-ecr/src/docker.js';

const plan: BuildPlan = {
  builder: 'buildx',
  context: 'app',
  dockerfile: 'app/Dockerfile',
  target: 'runtime',
  buildArgs: { NODE_ENV: 'production' },
  labels: { team: 'shop' },
  platforms: ['linux/amd64', 'linux/arm64'],
  references: ['reg/api:abc', 'reg/api:latest'],
  push: true,
  cache: { kind: 'registry', reference: 'reg/api:buildcache' },
  secrets: {},
  provenance: false,
  metadataFile: '/tmp/m.json',
};

describe('build command lines', () => {
  it('buildx: platforms, registry cache in the repository, no provenance, metadata file, push', () => {
    expect(buildArguments(plan)).toEqual([
      'buildx',
      'build',
      '--file',
      'app/Dockerfile',
      '--target',
      'runtime',
      '--build-arg',
      'NODE_ENV=production',
      '--label',
      'team=shop',
      '--tag',
      'reg/api:abc',
      '--tag',
      'reg/api:latest',
      '--provenance=false',
      '--platform',
      'linux/amd64,linux/arm64',
      '--cache-from',
      'type=registry,ref=reg/api:buildcache',
      '--cache-to',
      'type=registry,ref=reg/api:buildcache,mode=max,image-manifest=true,oci-mediatypes=true',
      '--metadata-file',
      '/tmp/m.json',
      '--push',
      'app',
    ]);
  });

  it('buildx without push loads a single-platform image and writes no cache', () => {
    const args = buildArguments({ ...plan, push: false, platforms: [] });
    expect(args).toContain('--load');
    expect(args).not.toContain('--cache-to');
  });

  it('buildx with the inline cache: the cache travels in the image, seeded from the moving tags', () => {
    const args = buildArguments({
      ...plan,
      cache: { kind: 'inline', from: ['reg/api:latest'] },
      builderName: 'build-push-ecr-1a2b3c4d',
    });
    expect(args.join(' ')).toContain(
      '--cache-from type=registry,ref=reg/api:latest --cache-to type=inline --builder build-push-ecr-1a2b3c4d',
    );
    expect(args.join(' ')).not.toContain('type=registry,ref=reg/api:buildcache');
  });

  it('buildx secrets name the environment variable, never the value', () => {
    const args = buildArguments({ ...plan, secrets: { npm: 'NPM_TOKEN', pip: 'PIP_INDEX_PASSWORD' } });
    expect(args.join(' ')).toContain('--secret id=npm,env=NPM_TOKEN --secret id=pip,env=PIP_INDEX_PASSWORD');
  });

  it('build arguments whose names look like secrets are singled out', () => {
    expect(
      secretLookingBuildArgs({
        NODE_ENV: 'production',
        NPM_TOKEN: 'x',
        DB_PASSWORD: 'y',
        GITHUB_AUTH: 'z',
        API_KEY: 'k',
      }),
    ).toEqual(['NPM_TOKEN', 'DB_PASSWORD', 'GITHUB_AUTH', 'API_KEY']);
  });

  it('classic docker build: no buildx-only flags', () => {
    expect(
      buildArguments({
        ...plan,
        builder: 'docker',
        platforms: [],
        cache: { kind: 'none' },
        metadataFile: undefined,
      }),
    ).toEqual([
      'build',
      '--file',
      'app/Dockerfile',
      '--target',
      'runtime',
      '--build-arg',
      'NODE_ENV=production',
      '--label',
      'team=shop',
      '--tag',
      'reg/api:abc',
      '--tag',
      'reg/api:latest',
      'app',
    ]);
  });

  it('reads the digest from the buildx metadata file', () => {
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(digestFromMetadata(JSON.stringify({ 'containerimage.digest': digest }))).toBe(digest);
    expect(digestFromMetadata('{}')).toBeUndefined();
    expect(digestFromMetadata('not json')).toBeUndefined();
  });
});

describe('docker push output', () => {
  const output = [
    'The push refers to repository [reg/api]',
    '6708b683d45d: Preparing',
    'cdcdcdca44fa: Preparing',
    '6708b683d45d: Pushed',
    'cdcdcdca44fa: Layer already exists',
    `v1.2: digest: sha256:${'c'.repeat(64)} size: 731`,
  ].join('\n');

  it('gives the digest of the tag and counts uploaded and reused layers', () => {
    expect(parsePushOutput(output, 'v1.2')).toEqual({
      digest: `sha256:${'c'.repeat(64)}`,
      size: 731,
      layersPushed: 1,
      layersReused: 1,
    });
    expect(parsePushOutput(output, 'v1x2')).toBeUndefined();
  });

  it('logs in with the password on stdin, never as an argument', async () => {
    const calls: Array<{ args: readonly string[]; stdin: string | undefined }> = [];
    const runner: Runner = async (args, options) => {
      calls.push({ args, stdin: options.stdin });
      return { code: 0, stdout: 'Login Succeeded', stderr: '' };
    };
    await new Docker(runner).login('reg', 'AWS', 's3cret');
    expect(calls).toEqual([
      { args: ['login', '--username', 'AWS', '--password-stdin', 'reg'], stdin: 's3cret' },
    ]);
  });

  it('a failed command becomes an error naming what failed and the last line docker printed', async () => {
    const runner: Runner = async () => ({ code: 1, stdout: '', stderr: 'step 1\ndenied: not authorized' });
    await expect(new Docker(runner).push('reg/api:v1', 'v1')).rejects.toThrow(
      'Pushing reg/api:v1 failed (docker push exited with 1): denied: not authorized',
    );
  });
});

describe('privateDockerConfig', () => {
  it("is a fresh directory under RUNNER_TEMP that still finds the user's CLI plugins (buildx)", () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const config = privateDockerConfig({ RUNNER_TEMP: runnerTemp, DOCKER_CONFIG: '/home/runner/.docker' });
    try {
      expect(config.dir.startsWith(join(runnerTemp, 'build-push-ecr-docker-'))).toBe(true);
      expect(JSON.parse(readFileSync(join(config.dir, 'config.json'), 'utf8'))).toEqual({
        cliPluginsExtraDirs: ['/home/runner/.docker/cli-plugins'],
      });
    } finally {
      config.remove();
      rmSync(runnerTemp, { recursive: true, force: true });
    }
    expect(existsSync(config.dir)).toBe(false);
  });
});

describe('execRunner', () => {
  it('reports the exit code, and passes a password-sized input whole (as docker login --password-stdin reads it)', async () => {
    const run = execRunner(process.env, 'sh');
    const password = 'x'.repeat(8 * 1024);
    await expect(
      run(['-c', 'test "$(cat)" = "$0" && exit 3', password], { stdin: password }),
    ).resolves.toMatchObject({ code: 3 });
    await expect(execRunner(process.env, 'false')([], {})).resolves.toMatchObject({ code: 1 });
  });

  it('hands stdin to the command and each output line to onLine, echoing nothing itself', async () => {
    const lines: string[] = [];
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    };
    try {
      const result = await execRunner(process.env, 'sh')(
        ['-c', 'read secret; echo "got $secret"; echo err >&2'],
        {
          stdin: 'hunter2\n',
          onLine: (line) => lines.push(line),
        },
      );
      expect(result).toMatchObject({ code: 0, stdout: 'got hunter2\n' });
    } finally {
      process.stdout.write = write;
    }
    expect(lines.sort()).toEqual(['err', 'got hunter2']);
    expect(written.join('')).not.toContain('hunter2');
  });

  it('says when the command is not installed', async () => {
    await expect(execRunner(process.env, 'no-such-docker-binary')(['version'], {})).rejects.toThrow(
      /no-such-docker-binary command was not found on PATH/,
    );
  });
});
