// scripts/test-env: start is idempotent, status tells the truth, stop leaves nothing behind.
// Uses its own state dirs, so the shared emulators other tests use are never touched.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { commandLine, descendants, isAlive } from '../../scripts/lib/processes.mjs';
import { readEnv, REPO_ROOT, start, status, stop } from '../../scripts/lib/test-env.mjs';

const dirs: string[] = [];
function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ada-env-test-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of dirs) {
    await stop({ dir }); // no-op when a test already stopped it
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

/** Runs the CLI against a state dir; resolves exit code and stdout. */
async function cli(dir: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  const env = { ...process.env, TEST_ENV_DIR: dir, AWS_EC2_METADATA_DISABLED: 'true' };
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(REPO_ROOT, 'scripts/test-env.mjs'), ...args],
      { env },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? '' };
  }
}

describe('full environment (moto, dockerd, registry)', () => {
  const dir = stateDir();
  let tree: number[] = [];

  it('starts every component and writes the env file', async () => {
    const { started, env } = await start({ dir });
    expect([...started].sort()).toEqual(['docker', 'moto', 'registry']);
    expect(env).toMatchObject({
      AWS_ENDPOINT_URL: `http://127.0.0.1:${env['MOTO_PORT']}`,
      MOTO_URL: `http://127.0.0.1:${env['MOTO_PORT']}`,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_SESSION_TOKEN: 'testing',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(env['DOCKER_HOST']).toMatch(/^unix:\/\/\/tmp\/ada-docker-[^/]+\/docker\.sock$/);
    expect(env['REGISTRY']).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(readEnv({ dir })).toEqual(env);
    const lines = readFileSync(join(dir, 'env'), 'utf8').trimEnd().split('\n');
    expect(lines).toEqual(Object.entries(env).map(([k, v]) => `${k}=${v}`));
  }, 120_000);

  it('reports every component running, with PIDs (CLI exit 0)', async () => {
    const report = await status({ dir });
    expect(report.allRunning).toBe(true);
    for (const c of report.components) {
      expect(c.state).toBe('running');
      expect(isAlive(c.pid ?? -1)).toBe(true);
      expect(Number(readFileSync(join(dir, `${c.name === 'docker' ? 'dockerd' : c.name}.pid`), 'utf8'))).toBe(
        c.pid,
      );
    }
    const { code, stdout } = await cli(dir, 'status');
    expect(code).toBe(0);
    expect(stdout).toMatch(/moto\s+running\s+pid \d+/);
  }, 30_000);

  it('treats a second start as a no-op (same PIDs)', async () => {
    const before = (await status({ dir })).components.map((c) => c.pid);
    const again = await start({ dir });
    expect(again.started).toEqual([]);
    expect([...again.alreadyRunning].sort()).toEqual(['docker', 'moto', 'registry']);
    const { code, stdout } = await cli(dir, 'start');
    expect(code).toBe(0);
    expect(stdout).toContain('already running');
    expect((await status({ dir })).components.map((c) => c.pid)).toEqual(before);
  }, 60_000);

  it('has a Docker engine that can push to the registry over plain HTTP', async () => {
    const env = readEnv({ dir }) ?? {};
    const context = mkdtempSync(join(tmpdir(), 'ada-ctx-'));
    dirs.push(context);
    writeFileSync(join(context, 'hello.txt'), `hello ${Date.now()}\n`);
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    const image = `${env['REGISTRY']}/env-test:1`;
    const dockerEnv = {
      PATH: process.env['PATH'] ?? '',
      DOCKER_HOST: env['DOCKER_HOST'] ?? '',
      DOCKER_CONFIG: context,
    };
    execFileSync('docker', ['build', '-q', '-t', image, context], { env: dockerEnv, stdio: 'pipe' });
    const push = execFileSync('docker', ['push', image], { env: dockerEnv, encoding: 'utf8' });
    expect(push).toMatch(/digest: sha256:[0-9a-f]{64}/);
    const tags = await (await fetch(`http://${env['REGISTRY']}/v2/env-test/tags/list`)).json();
    expect(tags).toEqual({ name: 'env-test', tags: ['1'] });
  }, 120_000);

  it('stops every process it started, including dockerd children, and cleans up', async () => {
    const report = await status({ dir });
    const pids = report.components.map((c) => c.pid ?? -1);
    const dockerd = report.components.find((c) => c.name === 'docker')?.pid ?? -1;
    expect(descendants(dockerd).map(commandLine).join('\n')).toContain('containerd');
    tree = pids.flatMap((pid) => [pid, ...descendants(pid)]);
    const tmpDir = (readEnv({ dir })?.['DOCKER_HOST'] ?? '')
      .replace(/^unix:\/\//, '')
      .replace(/\/docker\.sock$/, '');
    expect(existsSync(tmpDir)).toBe(true);

    const result = await stop({ dir });
    expect(result.leftovers).toEqual([]);
    expect(result.stopped.map((s) => s.wasRunning)).toEqual([true, true, true]);
    expect(tree.filter(isAlive)).toEqual([]);
    expect(existsSync(tmpDir)).toBe(false);
    for (const file of ['moto.pid', 'dockerd.pid', 'registry.pid', 'env', 'env.json']) {
      expect(existsSync(join(dir, file))).toBe(false);
    }
    expect(readEnv({ dir })).toBeNull();
    expect((await status({ dir })).allRunning).toBe(false);
    expect((await cli(dir, 'status')).code).toBe(1);
  }, 60_000);
});

describe('--only moto', () => {
  const dir = stateDir();

  it('starts just moto and stops it by PID', async () => {
    const { code, stdout } = await cli(dir, 'start', '--only', 'moto');
    expect(code).toBe(0);
    expect(stdout).toMatch(/started moto/);
    const env = readEnv({ dir }) ?? {};
    expect(env['DOCKER_HOST']).toBeUndefined();
    expect(env['REGISTRY']).toBeUndefined();
    expect(await (await fetch(`${env['MOTO_URL']}/moto-api/`)).text()).toBeTruthy();
    expect((await status({ dir, only: 'moto' })).allRunning).toBe(true);
    expect((await status({ dir })).allRunning).toBe(false); // docker and registry not started
    const pid = (await status({ dir, only: 'moto' })).components[0]?.pid ?? -1;

    expect((await cli(dir, 'stop')).code).toBe(0);
    expect(isAlive(pid)).toBe(false);
    expect(readEnv({ dir })).toBeNull();
  }, 90_000);
});
