// build-push-ecr against a real Docker engine, a real registry (fronted by the ECR mirror, which
// tells moto about every pushed manifest) and moto's ECR API behind the recording proxy.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { useEmulators, type Emulators } from '../../support/emulators.js';
import { startProxy, isMutating, type Proxy } from '../../support/proxy.js';
import { policyActions } from '../../support/iam.js';
import { startEcrMirror, type EcrMirror } from '../../support/ecr-mirror.js';
import { parseFileCommands } from '../../support/workflow-commands.js';
import {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
} from '@aws-sdk/client-ecr';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { run } from '../../../shared/action/run.js';
import { repositoryCommittedAt } from '../../support/git-repo.js';
import { setInputs } from '../../support/inputs.js';
import { DOCKER_DRIVER_REFUSAL, startDockerStandIn } from '../../support/docker-standin.js';
import { main } from '../../../actions/build-push-ecr/src/main.js';
import { motoConfig } from '../../support/moto.js';

jest.setTimeout(180_000);

const SHA = 'c0ffee0123456789abcdef0123456789abcdef01';
const PASSWORD = '123456789012-auth-token'; // what moto's GetAuthorizationToken hands out
let emulators: Emulators;
let proxy: Proxy;
let mirror: EcrMirror;
let workspace: string;
let counter = 0;

interface Result {
  failed: boolean;
  outputs: Record<string, string>;
  stdout: string;
  summary: string;
}

function uniqueRepository(stem: string): string {
  counter += 1;
  return `it-${stem}-${process.pid}-${counter}`;
}

/** Runs the action in this process exactly as its entry point does, with inputs as the runner sets them. */
async function runAction(inputs: Record<string, string>): Promise<Result> {
  const files = mkdtempSync(join(tmpdir(), 'bpe-run-'));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const saved = { ...process.env };
  const env = emulators.env as unknown as Record<string, string>;
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: proxy.url,
    DOCKER_HOST: env['DOCKER_HOST'],
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SHA: SHA,
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_NUMBER: '12',
    GITHUB_REPOSITORY: 'acme/shop',
    SOURCE_DATE_EPOCH: '1700000000',
    RUNNER_TEMP: files,
  });
  // UPPER_CASE keys are environment variables of the step (PATH is put in front of the runner's).
  const isEnv = ([name]: [string, string]) => /^[A-Z][A-Z0-9_]*$/.test(name);
  const actionInputs = Object.fromEntries(Object.entries(inputs).filter((entry) => !isEnv(entry)));
  for (const [name, value] of Object.entries(inputs).filter(isEnv))
    process.env[name] = name === 'PATH' ? `${value}:${process.env['PATH'] ?? ''}` : value;
  setInputs({ registry: mirror.address, 'scan-timeout': '20s', ...actionInputs });
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  try {
    await run('build-push-ecr', main);
  } finally {
    process.stdout.write = write;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  const result = {
    failed,
    outputs: parseFileCommands(readFileSync(outputFile, 'utf8')),
    stdout: chunks.join(''),
    summary: readFileSync(summaryFile, 'utf8'),
  };
  rmSync(files, { recursive: true, force: true });
  return result;
}

function context(files: Record<string, string>): string {
  const dir = mkdtempSync(join(workspace, 'ctx-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const DOCKERFILE = 'FROM scratch\nCOPY hello.txt /hello.txt\nCOPY data.txt /srv/data.txt\n';

function registryDigest(repository: string, tag: string): Promise<string> {
  const [host, port] = mirror.address.split(':');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host,
        port: Number(port),
        method: 'HEAD',
        path: `/v2/${repository}/manifests/${tag}`,
        headers: {
          Accept:
            'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
        },
      },
      (res) => {
        res.resume();
        resolve(String(res.headers['docker-content-digest'] ?? `status ${res.statusCode}`));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Tag → digest as moto's ECR API lists them (PutImage tags never reach the registry behind the mirror). */
async function ecrTags(repository: string): Promise<Record<string, string>> {
  const ecr = new ECRClient(motoConfig(emulators.env.AWS_ENDPOINT_URL ?? ''));
  const { imageDetails = [] } = await ecr.send(new DescribeImagesCommand({ repositoryName: repository }));
  ecr.destroy();
  return Object.fromEntries(
    imageDetails.flatMap((detail) => (detail.imageTags ?? []).map((tag) => [tag, detail.imageDigest ?? ''])),
  );
}

async function setScanFindings(
  repository: string,
  digest: string,
  findings: Array<{ name: string; severity: string; pkg: string }>,
  status = 'COMPLETE',
) {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const response = await fetch(`${emulators.env.AWS_ENDPOINT_URL}/moto-api/static/ecr/scan-finding-results`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      region: 'us-east-1',
      results: [
        {
          registryId: '123456789012',
          repositoryName: repository,
          imageId: { imageDigest: digest },
          imageScanStatus: { status, description: `The scan ended ${status}.` },
          imageScanFindings: {
            findings: findings.map((f) => ({
              name: f.name,
              severity: f.severity,
              attributes: [
                { key: 'package_name', value: f.pkg },
                { key: 'package_version', value: '1.0.0' },
              ],
            })),
            findingSeverityCounts: counts,
          },
        },
      ],
    }),
  });
  expect(response.ok).toBe(true);
}

beforeAll(async () => {
  emulators = await useEmulators(['moto', 'docker', 'registry']);
  proxy = await startProxy({ target: emulators.env.AWS_ENDPOINT_URL ?? '' });
  const env = emulators.env as unknown as Record<string, string>;
  mirror = await startEcrMirror({
    registry: env['REGISTRY'] ?? '',
    motoUrl: emulators.env.AWS_ENDPOINT_URL ?? '',
  });
  workspace = mkdtempSync(join(tmpdir(), 'bpe-ws-'));
  mkdirSync(workspace, { recursive: true });
});

afterAll(async () => {
  await mirror?.close();
  await proxy?.close();
  rmSync(workspace, { recursive: true, force: true });
  await emulators?.release();
});

beforeEach(() => {
  proxy.reset();
  mirror.reset();
});

const allCalls: string[] = [];
function remember(): void {
  for (const call of proxy.calls) allCalls.push(`${call.service}:${call.operation}`);
  for (const call of mirror.calls) if (call.iamAction) allCalls.push(call.iamAction);
}

/** A new repository with one pushed image (tag probe): its digest is what later builds of the same context get. */
async function probeImage(stem: string): Promise<{ repository: string; dir: string; digest: string }> {
  const repository = uniqueRepository(stem);
  const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': `${stem}\n`, 'data.txt': `${repository}\n` });
  const probe = await runAction({ repository, context: dir, tags: 'probe' });
  remember();
  return { repository, dir, digest: probe.outputs['image-digest'] ?? '' };
}

describe('build-push-ecr (Docker, registry, moto)', () => {
  it('builds a real image, pushes two tags, and image-digest is the registry digest and what ECR reports', async () => {
    const repository = uniqueRepository('push');
    const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'hello\n', 'data.txt': `${repository}\n` });
    const first = await runAction({ repository, context: dir, tags: '{sha}\nlatest', 'keep-images': '5' });
    remember();
    expect(first.failed).toBe(false);
    expect(mirror.errors).toEqual([]);
    const digest = first.outputs['image-digest'] ?? '';
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await registryDigest(repository, SHA)).toBe(digest);
    // Only the SHA tag is pushed; latest is added to the same manifest after the (report-only) scan.
    expect(mirror.pushes.map((p) => [p.tag, p.digest])).toEqual([[SHA, digest]]);
    expect(await ecrTags(repository)).toEqual({ [SHA]: digest, latest: digest });
    expect(first.summary).toMatch(/report only \(fail-on-severity is empty\) — HIGH 1/);
    expect(first.summary).toContain('`latest` added after the gate');
    expect(first.outputs['repository-uri']).toBe(`${mirror.address}/${repository}`);
    expect(first.outputs['image-uri']).toBe(`${mirror.address}/${repository}:${SHA}`);
    expect(first.outputs['image-uri-digest']).toBe(`${mirror.address}/${repository}@${digest}`);
    expect(JSON.parse(first.outputs['tags'] ?? '[]')).toEqual([
      `${mirror.address}/${repository}:${SHA}`,
      `${mirror.address}/${repository}:latest`,
    ]);
    const ops = proxy.calls.map((c) => c.operation);
    expect(ops).toEqual(
      expect.arrayContaining([
        'DescribeRepositories',
        'CreateRepository',
        'PutLifecyclePolicy',
        'GetAuthorizationToken',
        'DescribeImages',
        'DescribeImageScanFindings',
        'BatchGetImage',
        'PutImage',
      ]),
    );
    const ops2 = proxy.calls.map((c) => c.operation);
    expect(ops2.indexOf('PutImage')).toBeGreaterThan(ops2.lastIndexOf('DescribeImageScanFindings'));
    expect(first.summary).toContain(digest);
    expect(first.summary).toMatch(/created/);

    // Second run, unchanged sources: the engine's cache builds it, the registry already has every layer.
    proxy.reset();
    mirror.reset();
    const second = await runAction({ repository, context: dir, tags: '{sha}\nlatest', 'keep-images': '5' });
    remember();
    expect(second.failed).toBe(false);
    expect(second.outputs['image-digest']).toBe(digest);
    expect(second.stdout).toMatch(/Layer already exists/);
    expect(mirror.calls.filter((c) => c.method === 'POST' && /blobs\/uploads/.test(c.path))).toEqual([]);
    expect(mirror.uploadedBlobs).toEqual([]);
    expect(proxy.calls.map((c) => c.operation)).not.toContain('CreateRepository');
    expect(second.summary).toMatch(/0 layer\(s\) uploaded/);

    // setSecret masks a value once per process: the first run registered it before any other output of it.
    expect(first.stdout).toContain(`::add-mask::${PASSWORD}`);
    for (const result of [first, second]) {
      const withoutMaskCommands = result.stdout.replace(/^::add-mask::.*$/gm, '');
      expect(withoutMaskCommands).not.toContain(PASSWORD);
      expect(result.summary).not.toContain(PASSWORD);
      expect(JSON.stringify(result.outputs)).not.toContain(PASSWORD);
    }
  });

  it('without SOURCE_DATE_EPOCH, created is the commit time: a rebuild of the commit has the same digest and uploads no blob', async () => {
    const repository = uniqueRepository('repro');
    const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'repro\n', 'data.txt': `${repository}\n` });
    repositoryCommittedAt(dir, 1_650_000_000);
    const first = await runAction({ repository, context: dir, tags: '{sha}', SOURCE_DATE_EPOCH: '' });
    remember();
    expect(first.failed).toBe(false);
    expect(first.stdout).toContain('Image created time: 2022-04-15T05:20:00.000Z (the commit time).');
    const digest = first.outputs['image-digest'] ?? '';
    // Seconds later, as a rerun of the workflow would be: the build time must not reach the image.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    mirror.reset();
    const second = await runAction({ repository, context: dir, tags: '{sha}', SOURCE_DATE_EPOCH: '' });
    remember();
    expect(second.failed).toBe(false);
    expect(second.outputs['image-digest']).toBe(digest);
    expect(mirror.uploadedBlobs).toEqual([]);
    const { stdout: inspected } = await promisify(execFile)(
      'docker',
      ['image', 'inspect', '--format', '{{json .Config.Labels}}', `${mirror.address}/${repository}:${SHA}`],
      {
        env: {
          ...process.env,
          DOCKER_HOST: (emulators.env as unknown as Record<string, string>)['DOCKER_HOST'],
        },
      },
    );
    expect(JSON.parse(inspected)).toMatchObject({
      'org.opencontainers.image.created': '2022-04-15T05:20:00.000Z',
    });
  });

  it('a build argument that looks like a secret is masked and gets a warning that it stays in the image history', async () => {
    const repository = uniqueRepository('buildarg');
    const dir = context({
      Dockerfile: 'FROM scratch\nARG DB_PASSWORD\nCOPY hello.txt /hello.txt\n',
      'hello.txt': 'arg\n',
    });
    const result = await runAction({
      repository,
      context: dir,
      tags: 'a1',
      'build-args': 'DB_PASSWORD=pa55-w0rd-x9',
    });
    remember();
    expect(result.failed).toBe(false);
    expect(result.stdout).toMatch(
      /::warning::build-args: DB_PASSWORD looks like a secret, and a build argument stays in the image history.*secrets: db_password=DB_PASSWORD/,
    );
    expect(result.stdout).toContain('::add-mask::pa55-w0rd-x9');
  });

  it('an IMMUTABLE repository that holds a tag fails before building and pushes nothing', async () => {
    const repository = uniqueRepository('immutable');
    const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'hello\n', 'data.txt': `${repository}\n` });
    const first = await runAction({
      repository,
      context: dir,
      tags: 'v1',
      'image-tag-mutability': 'IMMUTABLE',
    });
    remember();
    expect(first.failed).toBe(false);
    writeFileSync(join(dir, 'data.txt'), 'changed\n');
    proxy.reset();
    mirror.reset();
    const second = await runAction({
      repository,
      context: dir,
      tags: 'v2,v1',
      'image-tag-mutability': 'IMMUTABLE',
    });
    remember();
    expect(second.failed).toBe(true);
    expect(second.stdout).toMatch(/Tag v1 already exists in the IMMUTABLE repository/);
    expect(second.stdout).not.toMatch(/Step \d+\/\d+ : FROM/);
    expect(mirror.calls).toEqual([]);
    expect(proxy.calls.filter(isMutating)).toEqual([]);
  });

  it('the gate is a threshold: HIGH fails on a CRITICAL finding, and latest never names the rejected image', async () => {
    const { repository, dir, digest } = await probeImage('threshold');
    await setScanFindings(repository, digest, [
      { name: 'CVE-2024-0009', severity: 'CRITICAL', pkg: 'glibc' },
    ]);
    const result = await runAction({
      repository,
      context: dir,
      tags: 'build-7\nlatest\nstable',
      'fail-on-severity': 'HIGH',
      'ignore-vulnerabilities': 'CVE-2024-0009 until 2020-01-31',
    });
    remember();
    expect(result.failed).toBe(true);
    expect(result.stdout).toMatch(
      /The scan gate failed: 1 finding\(s\) at HIGH or above not in ignore-vulnerabilities: CVE-2024-0009 \(CRITICAL\)\. The image was pushed as .*:build-7 \(sha256:[a-f0-9]{64}\) but must not be deployed; tags withheld: latest, stable\./,
    );
    expect(result.stdout).toMatch(/CVE-2024-0009 \(until 2020-01-31\) has expired and no longer applies/);
    expect(result.summary).toContain('- CVE-2024-0009 (until 2020-01-31)');
    expect(result.summary).toContain('**withheld** (the gate refused the image): `latest`, `stable`');
    expect(await ecrTags(repository)).toEqual({ probe: digest, 'build-7': digest });
    expect(JSON.parse(result.outputs['tags'] ?? '[]')).toEqual([`${mirror.address}/${repository}:build-7`]);
  });

  it('a scan that cannot complete fails the gate, unless on-scan-unavailable is warn', async () => {
    const { repository, dir, digest } = await probeImage('unavailable');
    await setScanFindings(repository, digest, [], 'UNSUPPORTED_IMAGE');
    const strict = await runAction({
      repository,
      context: dir,
      tags: 'a1\nlatest',
      'fail-on-severity': 'CRITICAL',
    });
    remember();
    expect(strict.failed).toBe(true);
    expect(strict.stdout).toMatch(
      /The scan gate could not check the image: the scan ended with status UNSUPPORTED_IMAGE.*Set on-scan-unavailable: warn/,
    );
    expect(Object.keys(await ecrTags(repository)).sort()).toEqual(['a1', 'probe']);
    const lenient = await runAction({
      repository,
      context: dir,
      tags: 'a2\nlatest',
      'fail-on-severity': 'CRITICAL',
      'on-scan-unavailable': 'warn',
    });
    remember();
    expect(lenient.failed).toBe(false);
    expect(lenient.stdout).toMatch(/::warning::The image scan gave no result/);
    expect(JSON.parse(lenient.outputs['scan-findings'] ?? '{}')).toMatchObject({ status: 'unavailable' });
    expect(await ecrTags(repository)).toMatchObject({ a2: digest, latest: digest });
  });

  it('the scan gate fails on a listed severity that is not ignored, and passes when it is ignored', async () => {
    // Learn the digest the image will have (a build-only run would not tell ECR), then configure moto.
    const { repository, dir, digest } = await probeImage('scan');
    await setScanFindings(repository, digest, [
      { name: 'CVE-2024-0001', severity: 'HIGH', pkg: 'openssl' },
      { name: 'CVE-2024-0002', severity: 'LOW', pkg: 'zlib' },
    ]);
    proxy.reset();
    const failing = await runAction({
      repository,
      context: dir,
      tags: 'gate',
      'fail-on-severity': 'CRITICAL,HIGH',
    });
    remember();
    expect(failing.failed).toBe(true);
    expect(failing.stdout).toMatch(
      /The scan gate failed: 1 finding\(s\) at HIGH or above.*CVE-2024-0001 \(HIGH\)/,
    );
    expect(JSON.parse(failing.outputs['scan-findings'] ?? '{}')).toMatchObject({
      status: 'failed',
      counts: { HIGH: 1, LOW: 1 },
    });
    expect(failing.summary).toMatch(
      /`CVE-2024-0001` \| HIGH \| `openssl` \| `1.0.0` \| `—` \| ❌ fails the gate/,
    );

    const ignored = await runAction({
      repository,
      context: dir,
      tags: 'gate2',
      'fail-on-severity': 'HIGH',
      'ignore-vulnerabilities': 'CVE-2024-0001 until 2999-12-31',
    });
    remember();
    expect(ignored.failed).toBe(false);
    expect(JSON.parse(ignored.outputs['scan-findings'] ?? '{}')).toMatchObject({
      status: 'passed',
      failing: [],
      ignored: [{ id: 'CVE-2024-0001' }],
    });
  });

  it('without scan on push the action starts the scan itself and waits for it', async () => {
    const repository = uniqueRepository('noscan');
    const dir = context({
      Dockerfile: DOCKERFILE,
      'hello.txt': 'no scan on push\n',
      'data.txt': `${repository}\n`,
    });
    const result = await runAction({
      repository,
      context: dir,
      tags: 'one',
      'scan-on-push': 'false',
      'fail-on-severity': 'CRITICAL',
    });
    remember();
    expect(proxy.calls.map((c) => c.operation)).toContain('StartImageScan');
    // moto's default findings (one HIGH) when nothing is configured: CRITICAL does not fail.
    expect(result.failed).toBe(false);
    expect(JSON.parse(result.outputs['scan-findings'] ?? '{}')).toMatchObject({ status: 'passed' });
  });

  it.each([
    [{ repository: 'Bad_Name' }, /Input 'repository' has an invalid value "Bad_Name"/],
    [{ tags: '-{run-number}' }, /Input 'tags' has an invalid value "-\{run-number\}"/],
    [{ dockerfile: 'no/such/Dockerfile' }, /Input 'dockerfile' has an invalid value "no\/such\/Dockerfile"/],
    [{ 'fail-on-severity': 'SEVERE' }, /Input 'fail-on-severity' has an invalid value "SEVERE"/],
  ])('bad input %j fails before any AWS call that changes anything', async (inputs, message) => {
    const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'x\n', 'data.txt': 'x\n' });
    const result = await runAction({ repository: uniqueRepository('bad'), context: dir, ...inputs });
    expect(result.failed).toBe(true);
    expect(result.stdout).toMatch(message);
    expect(proxy.calls.filter(isMutating)).toEqual([]);
    expect(mirror.calls).toEqual([]);
  });

  describe('buildx, through a stand-in docker CLI (see __tests__/support/docker-standin.ts for what it reproduces)', () => {
    const buildCall = (calls: string[][]) => calls.find((c) => c[0] === 'buildx' && c[1] === 'build') ?? [];

    it("the stand-in refuses a registry cache export on the docker driver with buildx's words", () => {
      const standIn = startDockerStandIn('docker');
      const refused = spawnSync(
        join(standIn.bin, 'docker'),
        ['buildx', 'build', '--cache-to', 'type=registry,ref=r/x:buildcache', '--push', '.'],
        { encoding: 'utf8' },
      );
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(
        'Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store',
      );
      expect(refused.stderr.trim()).toBe(DOCKER_DRIVER_REFUSAL);
    });

    it('the default settings on a hosted runner (docker driver): the inline cache, and says why', async () => {
      const standIn = startDockerStandIn('docker');
      const repository = uniqueRepository('bx-docker');
      const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'bx\n', 'data.txt': `${repository}\n` });
      const result = await runAction({ repository, context: dir, PATH: standIn.bin });
      remember();
      expect(result.failed).toBe(false);
      const build = buildCall(standIn.calls());
      expect(build.join(' ')).toContain(
        `--cache-from type=registry,ref=${mirror.address}/${repository}:latest --cache-to type=inline`,
      );
      expect(build.join(' ')).not.toContain(
        'type=registry,ref=' + `${mirror.address}/${repository}:buildcache`,
      );
      expect(standIn.calls()).toContainEqual(['info', '--format', '{{json .DriverStatus}}']);
      expect(result.stdout).toMatch(
        /::notice::Cache: builder default uses the docker driver without the containerd image store, which cannot export a registry cache: the inline cache is used instead\. For the registry cache, set builder: container/,
      );
      expect(result.summary).toMatch(/\| Cache \| inline — builder default uses the docker driver/);
      expect(result.summary).toContain('builder `default` (docker driver)');
      expect(result.outputs['image-digest']).toMatch(/^sha256:/);
    });

    it('the docker driver on the containerd image store exports the registry cache', async () => {
      const standIn = startDockerStandIn('docker-containerd');
      const repository = uniqueRepository('bx-containerd');
      const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'bx2\n', 'data.txt': `${repository}\n` });
      const result = await runAction({ repository, context: dir, tags: '{sha}', PATH: standIn.bin });
      remember();
      expect(result.failed).toBe(false);
      expect(buildCall(standIn.calls()).join(' ')).toContain(
        `--cache-to type=registry,ref=${mirror.address}/${repository}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`,
      );
      expect(result.summary).toContain('docker driver, containerd image store');
    });

    it('builder: container creates a docker-container builder for the run, builds on it, and removes it', async () => {
      const standIn = startDockerStandIn('docker');
      const repository = uniqueRepository('bx-container');
      const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'bx3\n', 'data.txt': `${repository}\n` });
      const result = await runAction({
        repository,
        context: dir,
        tags: '{sha}',
        builder: 'container',
        PATH: standIn.bin,
      });
      remember();
      expect(result.failed).toBe(false);
      const calls = standIn.calls().filter((c) => c[0] === 'buildx' && c[1] !== 'version');
      const name = calls.find((c) => c[1] === 'create')?.[3] ?? '';
      expect(name).toMatch(/^build-push-ecr-[a-f0-9]{8}$/);
      expect(calls.map((c) => c[1])).toEqual(['create', 'build', 'rm']);
      expect(calls[0]).toEqual([
        'buildx',
        'create',
        '--name',
        name,
        '--driver',
        'docker-container',
        '--bootstrap',
      ]);
      expect(calls[1]?.join(' ')).toContain(
        `--cache-to type=registry,ref=${mirror.address}/${repository}:buildcache`,
      );
      expect(calls[1]?.join(' ')).toContain(`--builder ${name}`);
      expect(calls[2]).toEqual(['buildx', 'rm', name]);
    });

    it('secrets reach BuildKit by environment variable name, masked; a missing one fails before AWS', async () => {
      const standIn = startDockerStandIn('docker');
      const repository = uniqueRepository('bx-secret');
      const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'bx5\n', 'data.txt': `${repository}\n` });
      const token = 'npm_s3cr3t-value-7f3a';
      const result = await runAction({
        repository,
        context: dir,
        tags: '{sha}',
        secrets: 'npmrc=BPE_NPM_TOKEN',
        BPE_NPM_TOKEN: token,
        PATH: standIn.bin,
      });
      remember();
      expect(result.failed).toBe(false);
      expect(buildCall(standIn.calls()).join(' ')).toContain('--secret id=npmrc,env=BPE_NPM_TOKEN');
      expect(JSON.stringify(standIn.calls())).not.toContain(token);
      expect(result.stdout).toContain(`::add-mask::${token}`);
      expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(token);
      expect(result.summary).not.toContain(token);

      proxy.reset();
      const missing = await runAction({
        repository,
        context: dir,
        secrets: 'npmrc=BPE_UNSET_TOKEN',
        PATH: standIn.bin,
      });
      expect(missing.failed).toBe(true);
      expect(missing.stdout).toMatch(
        /Input 'secrets' has an invalid value "npmrc=BPE_UNSET_TOKEN" \(BPE_UNSET_TOKEN is not set or is empty\)/,
      );
      expect(proxy.calls).toEqual([]);
    });

    it('an IMMUTABLE repository keeps its registry cache in <repository>-cache, created beside it', async () => {
      const standIn = startDockerStandIn('docker-container');
      const repository = uniqueRepository('bx-immutable');
      const dir = context({ Dockerfile: DOCKERFILE, 'hello.txt': 'bx4\n', 'data.txt': `${repository}\n` });
      const inputs = { repository, context: dir, 'image-tag-mutability': 'IMMUTABLE', PATH: standIn.bin };
      const first = await runAction({ ...inputs, tags: 'v1', 'keep-images': '3' });
      remember();
      expect(first.failed).toBe(false);
      writeFileSync(join(dir, 'data.txt'), 'changed\n');
      mirror.reset();
      const second = await runAction({ ...inputs, tags: 'v2', 'keep-images': '3' });
      remember();
      expect(second.failed).toBe(false);
      const cacheRef = `${mirror.address}/${repository}-cache:buildcache`;
      for (const build of standIn.calls().filter((c) => c[1] === 'build'))
        expect(build.join(' ')).toContain(`--cache-to type=registry,ref=${cacheRef},`);
      // The cache moved to a new image on the second build: ECR (moto) took it, because the cache
      // repository is mutable; in the IMMUTABLE repository this PutImage would be refused.
      expect(mirror.pushes.map((p) => `${p.repository}:${p.tag}`)).toEqual([
        `${repository}:v2`,
        `${repository}-cache:buildcache`,
      ]);
      expect(mirror.errors).toEqual([]);
      const ecr = new ECRClient(motoConfig(emulators.env.AWS_ENDPOINT_URL ?? ''));
      const described = await ecr.send(
        new DescribeRepositoriesCommand({ repositoryNames: [`${repository}-cache`] }),
      );
      const lifecycle = await ecr.send(
        new GetLifecyclePolicyCommand({ repositoryName: `${repository}-cache` }),
      );
      ecr.destroy();
      expect(described.repositories?.[0]).toMatchObject({
        imageTagMutability: 'MUTABLE',
        encryptionConfiguration: { encryptionType: 'AES256' },
      });
      expect(lifecycle.lifecyclePolicyText).toContain('Keep the newest 3 tagged images');
      expect(first.summary).toContain(`(in \`${mirror.address}/${repository}-cache\`)`);
    });
  });

  it('iam-policy.json lists exactly the operations recorded through the proxy and the registry', () => {
    expect(policyActions('actions/build-push-ecr/iam-policy.json')).toEqual([...new Set(allCalls)].sort());
  });
});
