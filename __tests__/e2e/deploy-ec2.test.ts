// The deploy-ec2 and auto-rollback bundles run exactly as the runner runs them, against real
// parts: instances created in moto (RunInstances), SSM Run Command answered by the stand-in of
// __tests__/support/ssm-runner.ts (it runs the scripts for real, each "instance" seeing its own
// git clone of a small Compose app at the same working directory), the real Docker engine of the
// test environment and Debian's docker-compose (Compose v1). moto does not implement
// DescribeInstanceInformation: the stand-in answers it for the instances registered with it, from
// their state and tags in moto's EC2, as SSM does.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  EC2Client,
  DescribeImagesCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, isMutating, type Proxy, type RecordedCall } from '../support/proxy.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { startSsmRunner, type SsmRunner } from '../support/ssm-runner.js';
import {
  assertNoSecretLeak,
  errorLines,
  runAction,
  type InputValue,
  type RunResult,
} from '../support/harness.js';
import { validateRecord, type Ec2Record } from '../../shared/record/index.js';
import { motoConfig } from '../support/moto.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
jest.setTimeout(240_000);

const ID = randomBytes(3).toString('hex');
const MOUNT = `/opt/ec2t-${ID}`;
const temp = mkdtempSync(join(tmpdir(), 'deploy-ec2-e2e-'));
let emulators: Emulators;
let runner: SsmRunner;
let proxy: Proxy;
let ec2: EC2Client;
let ssm: SSMClient;
let dockerEnv: Record<string, string>;
const recorded: RecordedCall[] = [];
const commits: Record<'v1' | 'v2' | 'bad', string> = { v1: '', v2: '', bad: '' };
const instances: Array<{ id: string; dir: string; port: number }> = [];

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** local/busybox:1 from Debian's busybox-static: the base image of the app, without a registry. */
function ensureBaseImage(): void {
  if (spawnSync('docker', ['image', 'inspect', 'local/busybox:1'], { env: dockerEnv }).status === 0) return;
  const root = join(temp, 'rootfs');
  mkdirSync(join(root, 'bin'), { recursive: true });
  copyFileSync('/usr/bin/busybox', join(root, 'bin', 'busybox'));
  chmodSync(join(root, 'bin', 'busybox'), 0o755);
  for (const tool of ['sh', 'httpd', 'cat', 'sleep']) symlinkSync('busybox', join(root, 'bin', tool));
  execFileSync('sh', ['-c', `tar -C '${root}' -c . | docker import - local/busybox:1`], { env: dockerEnv });
}

/** A bare origin with three commits of a busybox httpd app: v1, v2, and one whose /health is gone. */
function createApp(): string {
  const origin = join(temp, 'origin.git');
  const work = join(temp, 'work');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  execFileSync('git', ['clone', '-q', origin, work]);
  mkdirSync(join(work, 'www'));
  writeFileSync(
    join(work, 'docker-compose.yml'),
    [
      'version: "3.7"',
      'services:',
      '  web:',
      '    build: .',
      '    network_mode: host',
      '    command: ["httpd", "-f", "-p", "127.0.0.1:${WEB_PORT}", "-h", "/www"]',
      '',
    ].join('\n'),
  );
  writeFileSync(join(work, 'Dockerfile'), 'FROM local/busybox:1\nCOPY www /www\n');
  writeFileSync(join(work, '.gitignore'), '.env\n');
  writeFileSync(
    join(work, 'health.sh'),
    'port=$(sed -n "s/^WEB_PORT=//p" .env)\ncurl -fsS "http://127.0.0.1:$port/health"\n',
  );
  const commit = (version: string, files: Record<string, string | null>) => {
    for (const [file, content] of Object.entries(files)) {
      if (content === null) rmSync(join(work, file));
      else writeFileSync(join(work, file), content);
    }
    git(work, 'add', '-A');
    git(work, 'commit', '-qm', version);
    git(work, 'tag', version);
    return git(work, 'rev-parse', 'HEAD');
  };
  commits.v1 = commit('v1', { 'www/index.html': 'v1\n', 'www/health': 'ok\n' });
  commits.v2 = commit('v2', { 'www/index.html': 'v2\n' });
  commits.bad = commit('bad', { 'www/index.html': 'bad\n', 'www/health': null });
  git(work, 'push', '-q', 'origin', 'HEAD:main', '--tags');
  return origin;
}

async function createInstance(
  origin: string,
  index: number,
): Promise<{ id: string; dir: string; port: number }> {
  const images = await ec2.send(new DescribeImagesCommand({}));
  const imageId = images.Images?.[0]?.ImageId ?? 'ami-12c6146b';
  const launched = await ec2.send(
    new RunInstancesCommand({
      ImageId: imageId,
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.micro',
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: `ec2t-${ID}` }] }],
    }),
  );
  const id = launched.Instances![0]!.InstanceId!;
  const dir = join(temp, `instance-${index}`);
  execFileSync('git', ['clone', '-q', origin, dir]);
  git(dir, 'checkout', '-q', '--detach', commits.v1);
  const port = await freePort();
  writeFileSync(join(dir, '.env'), `COMPOSE_PROJECT_NAME=ec2t${ID}i${index}\nWEB_PORT=${port}\n`);
  runner.register(id, dir);
  return { id, dir, port };
}

beforeAll(async () => {
  emulators = await useEmulators(['moto', 'docker']);
  const moto = emulators.env['MOTO_URL']!;
  dockerEnv = { ...(process.env as Record<string, string>), DOCKER_HOST: emulators.env['DOCKER_HOST']! };
  const aws = execFileSync('sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).trim();
  runner = await startSsmRunner({
    target: moto,
    mountPoint: MOUNT,
    env: {
      PATH: `${dirname(aws)}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin`,
      DOCKER_HOST: emulators.env['DOCKER_HOST']!,
      AWS_ENDPOINT_URL: moto,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_SESSION_TOKEN: 'testing',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
  proxy = await startProxy({ target: runner.url });
  const client = motoConfig(moto);
  ec2 = new EC2Client(client);
  ssm = new SSMClient(client);
  ensureBaseImage();
  const origin = createApp();
  for (const index of [1, 2]) instances.push(await createInstance(origin, index));
}, 120_000);

afterAll(async () => {
  for (const instance of instances)
    spawnSync('docker-compose', ['down', '--rmi', 'local', '--timeout', '1'], {
      cwd: instance.dir,
      env: dockerEnv,
    });
  await ec2
    ?.send(new TerminateInstancesCommand({ InstanceIds: instances.map((i) => i.id) }))
    .catch(() => undefined);
  ec2?.destroy();
  ssm?.destroy();
  await proxy?.close();
  await runner?.close();
  await emulators?.release();
  rmSync(temp, { recursive: true, force: true });
  rmSync(MOUNT, { recursive: true, force: true });
}, 120_000);

async function run(
  action: string,
  inputs: Record<string, InputValue>,
  options: Parameters<typeof runAction>[2] = {},
): Promise<{ result: RunResult; calls: RecordedCall[] }> {
  proxy.reset();
  const result = await runAction(action, inputs, {
    timeoutMs: 180_000,
    ...options,
    env: { AWS_ENDPOINT_URL: proxy.url, AWS_MAX_ATTEMPTS: '3', ...options.env },
  });
  const calls = [...proxy.calls];
  recorded.push(...calls);
  return { result, calls };
}

const deploy = (inputs: Record<string, InputValue>, options: Parameters<typeof runAction>[2] = {}) =>
  run('deploy-ec2', { 'working-directory': MOUNT, 'max-poll-interval': '1s', ...inputs }, options);

const recordOf = (result: RunResult): Ec2Record =>
  validateRecord(JSON.parse(result.outputs['deployment'] ?? 'null')) as Ec2Record;

const served = async (port: number): Promise<string> =>
  (await fetch(`http://127.0.0.1:${port}/`)).text().then((text) => text.trim());

const head = (dir: string) => git(dir, 'rev-parse', 'HEAD');

const HEALTH = 'sh ./health.sh';

describe('deploy-ec2 bundle', () => {
  let v2Record: Ec2Record;

  it('brings up the app on both instances, then rolls them one after the other to a new commit', async () => {
    const [one, two] = instances as [(typeof instances)[0], (typeof instances)[0]];
    const first = await deploy({ targets: `tag:Name=ec2t-${ID}`, ref: 'v1', 'health-command': HEALTH });
    expect(errorLines(first.result)).toEqual([]);
    expect(first.result.code).toBe(0);
    expect(await served(one.port)).toBe('v1');
    expect(await served(two.port)).toBe('v1');

    const sentBefore = runner.sent.length;
    const { result, calls } = await deploy({
      'instance-ids': `${one.id}\n${two.id}`,
      ref: 'v2',
      'health-command': HEALTH,
    });
    expect(errorLines(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect(await served(one.port)).toBe('v2');
    expect(await served(two.port)).toBe('v2');
    expect(head(one.dir)).toBe(commits.v2);

    // rolling: the second instance got its command only after the first one's had ended
    const sends = runner.sent.slice(sentBefore);
    expect(sends.map((s) => s.instanceIds)).toEqual([[one.id], [two.id]]);
    const firstEnded = runner.invocations().find((i) => i.commandId === sends[0]!.commandId)!.finishedAt!;
    expect(sends[1]!.at).toBeGreaterThanOrEqual(firstEnded);
    expect(calls.filter(isMutating).map((c) => c.operation)).toEqual(['SendCommand', 'SendCommand']);

    v2Record = recordOf(result);
    expect(v2Record).toMatchObject({
      target: 'ec2',
      status: 'succeeded',
      resource: { instances: [one.id, two.id], workingDirectory: MOUNT },
      previous: { instances: { [one.id]: { commit: commits.v1 }, [two.id]: { commit: commits.v1 } } },
      current: { instances: { [one.id]: { commit: commits.v2 }, [two.id]: { commit: commits.v2 } } },
    });
    expect(result.outputs['previous-ref']).toBe(commits.v1);
    const rows = JSON.parse(result.outputs['instances']!) as Array<{
      instanceId: string;
      status: string;
      commandId: string;
    }>;
    expect(rows.map((r) => [r.instanceId, r.status])).toEqual([
      [one.id, 'deployed'],
      [two.id, 'deployed'],
    ]);
    expect(rows[0]!.commandId).toBe(sends[0]!.commandId);
    // one log group per instance, one summary row per instance
    expect(result.stdout).toContain(`::group::${one.id}: deploy — Success, exit 0`);
    expect(result.stdout).toContain('deploy-ec2: healthy');
    expect(result.summary).toContain(
      `| \`${one.id}\` | ${commits.v1.slice(0, 12)} | ${commits.v2.slice(0, 12)} | ✅ deployed |`,
    );
  });

  it('rolls back only the instance whose health check failed and leaves the other untouched (max-errors 0)', async () => {
    const [one, two] = instances as [(typeof instances)[0], (typeof instances)[0]];
    const sentBefore = runner.sent.length;
    const { result } = await deploy({
      'instance-ids': `${one.id},${two.id}`,
      ref: commits.bad,
      'health-command': HEALTH,
      'health-timeout': '6s',
    });
    expect(result.code).toBe(1);
    const record = recordOf(result);
    const sends = runner.sent.slice(sentBefore);
    // the SSM commands are named after the record's id, as its breadcrumb on the instance is
    expect(sends.map((s) => [s.instanceIds[0], s.comment.split(' ')[1]])).toEqual([
      [one.id, record.id],
      [one.id, 'restore'],
    ]);
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await served(one.port)).toBe('v2');
    expect(head(one.dir)).toBe(commits.v2);
    expect(await served(two.port)).toBe('v2');
    expect(head(two.dir)).toBe(commits.v2);
    expect(record.status).toBe('failed');
    expect(Object.keys(record.previous!.instances)).toEqual([one.id]);
    const rows = JSON.parse(result.outputs['instances']!) as Array<{ status: string }>;
    expect(rows.map((r) => r.status)).toEqual(['rolled-back', 'skipped']);
    expect(errorLines(result).join('\n')).toMatch(/health command exited .*rolled back to/);
    expect(result.summary).toContain('↩️ rolled back');
  });

  it('waits on each instance for wait-for-file before deploying', async () => {
    const [one] = instances as [(typeof instances)[0]];
    const marker = join(one.dir, '.setup_complete');
    const timer = setTimeout(() => writeFileSync(marker, ''), 4000);
    try {
      const { result } = await deploy({
        'instance-ids': one.id,
        ref: 'v2',
        'wait-for-file': `${MOUNT}/.setup_complete`,
        'health-command': HEALTH,
      });
      expect(errorLines(result)).toEqual([]);
      expect(result.stdout).toContain(`deploy-ec2: waiting for ${MOUNT}/.setup_complete`);
      expect(result.stdout).toContain(`deploy-ec2: found ${MOUNT}/.setup_complete`);
    } finally {
      clearTimeout(timer);
    }
  });

  it('reads secrets from Parameter Store on the instance: never in the command text', async () => {
    const [one] = instances as [(typeof instances)[0]];
    const secret = `s3cr3t-${randomBytes(8).toString('hex')}`;
    const name = `/ec2t-${ID}/db-password`;
    await ssm.send(new PutParameterCommand({ Name: name, Value: secret, Type: 'SecureString' }));
    const sentBefore = runner.sent.length;
    const { result } = await deploy({
      'instance-ids': one.id,
      ref: 'v2',
      environment: `DB_PASSWORD=ssm:${name}\nLOG_LEVEL=debug`,
      'health-command': HEALTH,
    });
    expect(errorLines(result)).toEqual([]);
    const sent = runner.sent.slice(sentBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.commands.join('\n')).toContain(name);
    expect(JSON.stringify(sent)).not.toContain(secret);
    expect(readFileSync(join(one.dir, '.env'), 'utf8')).toContain(`DB_PASSWORD='${secret}'`);
    expect(readFileSync(join(one.dir, '.env'), 'utf8')).toContain(`WEB_PORT=${one.port}`);
    expect(statSync(join(one.dir, '.env')).mode & 0o777).toBe(0o600);
    assertNoSecretLeak(result, [secret]);
  });

  it('refuses a literal secret, a hostile ref and a hostile service name before any call', async () => {
    for (const [inputs, input] of [
      [{ ref: 'v2; touch /tmp/pwned' }, 'ref'],
      [{ ref: '$(id)' }, 'ref'],
      [{ ref: 'v2', services: "web'; reboot; '" }, 'services'],
      [{ ref: 'v2', environment: 'API_TOKEN=literal-token-value' }, 'environment'],
    ] as const) {
      const { result, calls } = await deploy({ 'instance-ids': instances[0]!.id, ...inputs });
      expect(result.code).toBe(1);
      expect(errorLines(result).join('\n')).toContain(`Input '${input}'`);
      expect(calls).toEqual([]);
      if (input === 'environment') {
        expect(result.masks).toContain('literal-token-value');
        assertNoSecretLeak(result, ['literal-token-value']);
      }
    }
  });

  it('names the filter that matches no instance, and changes nothing', async () => {
    const { result, calls } = await deploy({ targets: `tag:Name=nothing-${ID}`, ref: 'v2' });
    expect(result.code).toBe(1);
    expect(errorLines(result).join('\n')).toContain(
      `no running SSM-managed instance matches tag:Name=nothing-${ID}`,
    );
    expect(calls.map((c) => c.operation)).toEqual(['DescribeInstanceInformation']);
  });

  it('auto-rollback refuses a forged ec2 record, then restores the genuine one on every instance', async () => {
    const [one, two] = instances as [(typeof instances)[0], (typeof instances)[0]];
    const forged: Ec2Record = JSON.parse(JSON.stringify(v2Record)) as Ec2Record;
    forged.previous!.instances[one.id] = { commit: commits.bad };
    const refused = await run('auto-rollback', {
      deployment: JSON.stringify(forged),
      'health-command': HEALTH,
    });
    expect(refused.result.code).toBe(1);
    expect(errorLines(refused.result).join('\n')).toContain('does not match the record');
    expect(head(one.dir)).toBe(commits.v2);
    expect(await served(one.port)).toBe('v2');

    const { result } = await run('auto-rollback', {
      deployment: JSON.stringify(v2Record),
      'health-command': HEALTH,
      // a requested rollback: restoring is success here
      'fail-on-rollback': 'false',
    });
    expect(errorLines(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect(head(one.dir)).toBe(commits.v1);
    expect(head(two.dir)).toBe(commits.v1);
    expect(await served(one.port)).toBe('v1');
    expect(await served(two.port)).toBe('v1');
    expect(result.outputs['rolled-back']).toBe('true');
  });

  it('the root release action deploys with target: ec2 and restores the instance when the smoke test fails', async () => {
    const one = instances[0]!;
    const { result } = await run(
      '.',
      {
        target: 'ec2',
        'instance-ids': one.id,
        'working-directory': MOUNT,
        ref: 'v2',
        'health-command': HEALTH,
        url: `http://127.0.0.1:${one.port}/missing`,
        timeout: '3s',
        'max-poll-interval': '1s',
      },
      {},
    );
    expect(result.code).toBe(1);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(head(one.dir)).toBe(commits.v1);
    expect(await served(one.port)).toBe('v1');
    const record = validateRecord(JSON.parse(result.outputs['deployment']!)) as Ec2Record;
    expect(record).toMatchObject({ target: 'ec2', status: 'rolled-back' });
  });

  it('cancels the SSM command when the job is cancelled mid-update, and still records', async () => {
    const two = instances[1]!;
    const { result } = await deploy(
      { 'instance-ids': two.id, ref: 'v2', 'health-command': 'sleep 120' },
      {
        signalAfter: {
          signal: 'SIGINT',
          when: (out) => out.includes('deploy-ec2: health check') || out.includes(`${two.id}: InProgress`),
        },
      },
    );
    expect(result.code).toBe(1);
    const last = runner.sent.at(-1)!;
    expect(runner.cancelled).toContain(last.commandId);
    expect(runner.invocations().find((i) => i.commandId === last.commandId)?.status).toBe('Cancelled');
    expect(recordOf(result).status).toBe('cancelled');
    expect(JSON.parse(result.outputs['instances']!)).toEqual([
      expect.objectContaining({ status: 'cancelled' }),
    ]);
  });

  it('with rollback-on-cancel: true, SIGTERM mid-update cancels the command and sends the restore to v1', async () => {
    const two = instances[1]!;
    expect(head(two.dir)).toBe(commits.v1);
    const sentBefore = runner.sent.length;
    let signalledAt = 0;
    // slow to prove v2 healthy (the deploy is cancelled during it), quick for v1 (the restore)
    const health = `grep -q v1 www/index.html || sleep 120; ${HEALTH}`;
    const { result, calls } = await deploy(
      { 'instance-ids': two.id, ref: 'v2', 'health-command': health, 'rollback-on-cancel': true },
      {
        signalAfter: {
          signal: 'SIGTERM',
          // once the script checked out v2 (and reported both commits): it is proving v2 healthy
          when: () => {
            if (head(two.dir) !== commits.v2) return false;
            signalledAt = performance.now();
            return true;
          },
          recheckMs: 200,
        },
      },
    );
    const signalToExitMs = performance.now() - signalledAt;
    expect(result.code).toBe(1);
    expect(signalToExitMs).toBeLessThan(2500);
    const [deployCommand, restoreCommand, ...more] = runner.sent.slice(sentBefore);
    expect(more).toEqual([]);
    expect(runner.cancelled).toContain(deployCommand!.commandId);
    expect(restoreCommand!.instanceIds).toEqual([two.id]);
    expect(restoreCommand!.comment).toMatch(/^deploy-ec2 restore /);
    // nobody follows it: the instance gets the whole default wait-timeout, not the grace left
    expect(restoreCommand!.executionTimeoutSeconds).toBe(1800);
    expect(calls.filter(isMutating).map((c) => c.operation)).toEqual([
      'SendCommand',
      'CancelCommand',
      'SendCommand',
    ]);
    expect(result.outputs['rolled-back']).toBe('true');
    const record = recordOf(result);
    expect(record).toMatchObject({
      status: 'rolled-back',
      previous: { instances: { [two.id]: { commit: commits.v1 } } },
    });
    expect(record.message).toMatch(/cancelled; restore started \d+ ms after SIGTERM .*, not followed/);
    expect(errorLines(result)).toEqual([
      expect.stringMatching(/Cancelled \(SIGTERM\): the restore of the previous state was started/),
    ]);
    // started, not followed: the restore runs on after the step ended
    const deadline = Date.now() + 120_000;
    const restoring = () => runner.invocations().find((i) => i.commandId === restoreCommand!.commandId);
    while (!restoring()?.finishedAt && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(restoring()).toMatchObject({ status: 'Success', responseCode: 0 });
    expect(head(two.dir)).toBe(commits.v1);
    expect(await served(two.port)).toBe('v1');
  });

  it('made only calls its IAM policy allows', () => {
    const allowed = new Set(policyActions('actions/deploy-ec2/iam-policy.json'));
    const made = new Set(recordedActions(recorded.filter((c) => c.service !== 'unknown')));
    expect([...made].filter((action) => !allowed.has(action))).toEqual([]);
  });
});
