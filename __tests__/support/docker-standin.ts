// A stand-in `docker` CLI for the buildx cases this machine cannot run (there is no buildx binary to
// install here). A test puts its directory first on PATH. It answers as buildx does:
//
// - `buildx version`, `buildx inspect [name]` (Name/Driver header, then Nodes), `buildx create
//   --name N --driver docker-container`, `buildx rm N`, and `info --format {{json .DriverStatus}}`
//   (`io.containerd.snapshotter.v1` when the engine uses the containerd image store);
// - `buildx build` with `--cache-to type=registry` on the docker driver without the containerd
//   store fails with buildx's refusal, word for word;
// - any other `buildx build` is carried out for real by the classic builder of the real engine:
//   `--cache-from type=registry,ref=X` reads X's manifest and config blob from the registry, as
//   BuildKit's cache import does (with curl: the registry here is plain HTTP on 127.0.0.1),
//   the image is built and tagged, `--push` pushes it and writes the digest to `--metadata-file`,
//   and `--cache-to type=registry,ref=X,image-manifest=true` pushes the image under X too (an
//   image-manifest cache is an OCI image manifest in the registry, pushed with the same calls).
// - every other command (login, push, logout, image inspect) runs the real docker.
//
// What it cannot reproduce: BuildKit itself (its cache contents, multi-platform builds, secret
// mounts: `--secret` is only checked to name a set environment variable), and the timing of a
// real builder's bootstrap.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export type StandInEngine = 'docker' | 'docker-containerd' | 'docker-container';

export const DOCKER_DRIVER_REFUSAL = [
  'ERROR: Cache export is not supported for the docker driver.',
  'Switch to a different driver, or turn on the containerd image store, and try again.',
  'Learn more at https://docs.docker.com/go/build-cache-backends/',
].join('\n');

export interface DockerStandIn {
  /** Directory to put first on PATH. */
  bin: string;
  /** Every invocation's arguments, in order. */
  calls(): string[][];
}

const SCRIPT = String.raw`#!/usr/bin/env node
const { spawnSync } = require('node:child_process');
const { appendFileSync, existsSync, readFileSync, writeFileSync } = require('node:fs');
const config = JSON.parse(readFileSync(__dirname + '/config.json', 'utf8'));
const args = process.argv.slice(2);
appendFileSync(config.log, JSON.stringify(args) + '\n');
const real = (argv, input) => {
  const result = spawnSync(config.docker, argv, { stdio: input === undefined ? 'inherit' : ['pipe', 'inherit', 'inherit'], input });
  return result.status ?? 1;
};
const builders = () => (existsSync(config.builders) ? JSON.parse(readFileSync(config.builders, 'utf8')) : {});
const option = (name) => { const at = args.indexOf(name); return at >= 0 ? args[at + 1] : undefined; };
const all = (name) => args.flatMap((arg, i) => (arg === name ? [args[i + 1]] : []));
if (args[0] === 'info' && args.includes('{{json .DriverStatus}}')) {
  process.stdout.write(config.engine === 'docker-containerd'
    ? '[["driver-type","io.containerd.snapshotter.v1"]]\n'
    : '[["Backing Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"],["Native Overlay Diff","true"],["userxattr","false"]]\n');
  process.exit(0);
}
if (args[0] !== 'buildx') {
  const stdin = args.includes('--password-stdin') ? readFileSync(0) : undefined;
  process.exit(real(args, stdin));
}
const sub = args[1];
if (sub === 'version') { process.stdout.write('github.com/docker/buildx v0.23.0 28a6d1a0e7b1c6b22a4ff50e2cc8a1e1f6bb05ab\n'); process.exit(0); }
const current = config.engine === 'docker-container'
  ? { name: 'builder-setup', driver: 'docker-container' }
  : { name: 'default', driver: 'docker' };
function builderNamed(name) {
  if (!name || name === current.name) return current;
  const found = builders()[name];
  return found ? { name, driver: found } : undefined;
}
if (sub === 'inspect') {
  const builder = builderNamed(args[2] ?? option('--builder'));
  if (!builder) { process.stderr.write('ERROR: no builder "' + args[2] + '" found\n'); process.exit(1); }
  process.stdout.write('Name:          ' + builder.name + '\nDriver:        ' + builder.driver + '\nLast Activity: 2026-01-01 00:00:00 +0000 UTC\n\nNodes:\nName:             ' + builder.name + '0\nEndpoint:         unix:///var/run/docker.sock\nStatus:           running\nBuildKit version: v0.21.1\nPlatforms:        linux/amd64, linux/386\n');
  process.exit(0);
}
if (sub === 'create') {
  const all = builders(); all[option('--name')] = option('--driver') ?? 'docker-container';
  writeFileSync(config.builders, JSON.stringify(all)); process.stdout.write(option('--name') + '\n'); process.exit(0);
}
if (sub === 'rm') {
  const all = builders(); if (!all[args[2]]) { process.stderr.write('ERROR: no builder "' + args[2] + '" found\n'); process.exit(1); }
  delete all[args[2]]; writeFileSync(config.builders, JSON.stringify(all)); process.exit(0);
}
if (sub !== 'build') { process.stderr.write('stand-in: unsupported buildx ' + sub + '\n'); process.exit(2); }
const builder = builderNamed(option('--builder'));
if (!builder) { process.stderr.write('ERROR: no builder "' + option('--builder') + '" found\n'); process.exit(1); }
const cacheTo = all('--cache-to').find((value) => value.startsWith('type=registry'));
if (cacheTo && builder.driver === 'docker' && config.engine !== 'docker-containerd') {
  process.stderr.write(config.refusal + '\n'); process.exit(1);
}
for (const secret of all('--secret')) {
  const env = /(?:^|,)env=([^,]+)/.exec(secret)?.[1];
  if (!env || !process.env[env]) { process.stderr.write('ERROR: secret ' + secret + ': env not set\n'); process.exit(1); }
}
// Cache import as BuildKit does it: the manifest under the cache reference, then its config blob
// (the cache's description); a missing cache is no error.
for (const from of all('--cache-from')) {
  const ref = /ref=([^,]+)/.exec(from)?.[1];
  const parts = ref && /^([^/]+)\/(.+):([^:/]+)$/.exec(ref);
  if (!parts) continue;
  const accept = 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.index.v1+json';
  const manifest = spawnSync('curl', ['-sf', '-H', 'Accept: ' + accept, 'http://' + parts[1] + '/v2/' + parts[2] + '/manifests/' + parts[3]], { encoding: 'utf8' });
  const config = manifest.status === 0 ? JSON.parse(manifest.stdout).config?.digest : undefined;
  if (config) spawnSync('curl', ['-sf', '-o', '/dev/null', 'http://' + parts[1] + '/v2/' + parts[2] + '/blobs/' + config]);
}
const tags = all('--tag');
const classic = ['build', '--file', option('--file')];
if (option('--target')) classic.push('--target', option('--target'));
for (const a of all('--build-arg')) classic.push('--build-arg', a);
for (const l of all('--label')) classic.push('--label', l);
for (const t of tags) classic.push('--tag', t);
classic.push(args[args.length - 1]);
const built = spawnSync(config.docker, classic, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DOCKER_BUILDKIT: '0' } });
if (built.status !== 0) process.exit(built.status ?? 1);
if (!args.includes('--push')) process.exit(0);
let digest;
for (const tag of tags) {
  const pushed = spawnSync(config.docker, ['push', tag], { encoding: 'utf8' });
  process.stdout.write(pushed.stdout); process.stderr.write(pushed.stderr);
  if (pushed.status !== 0) process.exit(pushed.status ?? 1);
  digest = digest ?? /digest: (sha256:[a-f0-9]{64})/.exec(pushed.stdout)?.[1];
}
const cacheRef = cacheTo && /ref=([^,]+)/.exec(cacheTo)?.[1];
if (cacheRef) {
  spawnSync(config.docker, ['tag', tags[0], cacheRef], { stdio: 'inherit' });
  const pushed = spawnSync(config.docker, ['push', cacheRef], { stdio: 'inherit' });
  if (pushed.status !== 0) process.exit(pushed.status ?? 1);
}
if (option('--metadata-file')) writeFileSync(option('--metadata-file'), JSON.stringify({ 'containerimage.digest': digest }));
process.exit(0);
`;

export function startDockerStandIn(engine: StandInEngine): DockerStandIn {
  const bin = mkdtempSync(join(tmpdir(), 'docker-standin-'));
  const log = join(bin, 'calls.jsonl');
  writeFileSync(log, '');
  const docker = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(bin, 'config.json'),
    JSON.stringify({
      engine,
      log,
      docker,
      builders: join(bin, 'builders.json'),
      refusal: DOCKER_DRIVER_REFUSAL,
    }),
  );
  writeFileSync(join(bin, 'docker'), SCRIPT);
  chmodSync(join(bin, 'docker'), 0o755);
  return {
    bin,
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string[]),
  };
}
