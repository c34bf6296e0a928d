// The local test environment (docs/architecture.md, Verification): moto server, a private Docker engine and
// a registry, all on 127.0.0.1, started in the background and stopped by PID.
//
// State lives in `.test-env/` (or options.dir, or $TEST_ENV_DIR): state.json (what runs where),
// <component>.pid, <component>.log, `env` (KEY=value lines for `set -a; . .test-env/env`) and
// env.json (the same data as JSON).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { commandLine, freePort, httpStatus, isAlive, stopTree, waitUntil } from './processes.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const COMPONENTS = /** @type {const} */ (['moto', 'docker', 'registry']);

export const DUMMY_AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_SESSION_TOKEN: 'testing',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
};

const PID_FILES = { moto: 'moto.pid', docker: 'dockerd.pid', registry: 'registry.pid' };
const DATA_FILES = ['state.json', 'env', 'env.json'];

export function stateDir(options = {}) {
  return resolve(options.dir ?? process.env.TEST_ENV_DIR ?? join(REPO_ROOT, '.test-env'));
}

function selected(only) {
  const names = only === undefined ? [...COMPONENTS] : [only].flat().flatMap((s) => String(s).split(','));
  for (const name of names) {
    if (!COMPONENTS.includes(name))
      throw new Error(`unknown component "${name}" (known: ${COMPONENTS.join(', ')})`);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// state files

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function readState(dir) {
  return readJson(join(dir, 'state.json')) ?? { components: {} };
}

function writeState(dir, state) {
  writeFileSync(join(dir, 'state.json'), JSON.stringify(state, null, 2) + '\n');
  for (const name of COMPONENTS) {
    const pidFile = join(dir, PID_FILES[name]);
    const entry = state.components[name];
    if (entry) writeFileSync(pidFile, `${entry.pid}\n`);
    else rmSync(pidFile, { force: true });
  }
  const env = envFor(state);
  writeFileSync(join(dir, 'env.json'), JSON.stringify(env, null, 2) + '\n');
  writeFileSync(
    join(dir, 'env'),
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return env;
}

function envFor(state) {
  const { moto, docker, registry } = state.components;
  return {
    ...(moto ? { AWS_ENDPOINT_URL: moto.url } : {}),
    ...DUMMY_AWS_ENV,
    ...(moto ? { MOTO_PORT: String(moto.port), MOTO_URL: moto.url } : {}),
    ...(docker ? { DOCKER_HOST: docker.host } : {}),
    ...(registry ? { REGISTRY: registry.address } : {}),
  };
}

/** The env file of a running environment as an object, or null when there is none. */
export function readEnv(options = {}) {
  return readJson(join(stateDir(options), 'env.json'));
}

/** One start or stop at a time per state dir (jest workers may race). */
async function withLock(dir, fn) {
  const lock = join(dir, 'lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      writeFileSync(lock, String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim() || '0');
      if (holder && !isAlive(holder)) rmSync(lock, { force: true });
      else if (Date.now() > deadline)
        throw new Error(`${lock} held by PID ${holder} for too long`, { cause: error });
      else await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// components

/** Environment for everything we spawn: no inherited AWS/Docker/registry settings, dummy creds. */
function childEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(AWS_|DOCKER_|REGISTRY)/.test(k)),
  );
  return { ...env, ...DUMMY_AWS_ENV };
}

function launch(command, args, logFile, cwd, extraEnv = {}) {
  const fd = openSync(logFile, 'a');
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', fd, fd],
    env: { ...childEnv(), ...extraEnv },
    cwd,
  });
  closeSync(fd);
  const exit = { reason: '' };
  child.on('error', (error) => (exit.reason = error.message));
  child.on('exit', (code, signal) => (exit.reason = `exited early (${signal ?? `code ${code}`})`));
  child.unref();
  const failed = () => exit.reason && `${exit.reason}; log ${logFile}:\n${tail(logFile)}`;
  return { pid: child.pid, failed };
}

/** Waits for a launched process to answer; if it never does, stops it (by PID) and throws. */
async function ready(what, { pid, failed }, probe, timeoutMs) {
  try {
    await waitUntil(what, probe, { timeoutMs, failed });
  } catch (error) {
    if (isAlive(pid)) await stopTree(pid);
    throw error;
  }
}

function tail(file, lines = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Each component: how to start it, the string its command line must contain, how to probe it. */
const SPECS = {
  moto: {
    marker: (e) => `moto_server -H 127.0.0.1 -p ${e.port}`,
    address: (e) => e.url,
    probe: (e) => httpStatus({ url: `${e.url}/moto-api/` }).then((s) => s > 0),
    async start({ dir, motoEnv }) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const log = join(dir, 'moto.log');
      const child = launch('moto_server', ['-H', '127.0.0.1', '-p', String(port)], log, dir, motoEnv);
      const entry = { pid: child.pid, port, url, log };
      await ready('moto_server', child, () => SPECS.moto.probe(entry), 60_000);
      return entry;
    },
  },
  docker: {
    marker: (e) => `--host ${e.host}`,
    address: (e) => e.host,
    probe: (e) => httpStatus({ socketPath: e.socket, path: '/_ping' }).then((s) => s === 200),
    async start({ dir, tmpDir }) {
      const socket = join(tmpDir, 'docker.sock');
      const host = `unix://${socket}`;
      const log = join(dir, 'dockerd.log');
      writeFileSync(join(tmpDir, 'daemon.json'), '{}\n');
      // No bridge, no iptables, no ip_forward: nothing on the host's network is touched, and
      // several engines (the shared one and a test's own) can run side by side.
      const args = [
        '--host',
        host,
        '--data-root',
        join(tmpDir, 'data'),
        '--exec-root',
        join(tmpDir, 'exec'),
        '--pidfile',
        join(tmpDir, 'docker.pid'),
        '--config-file',
        join(tmpDir, 'daemon.json'),
        '--bridge=none',
        '--iptables=false',
        '--ip6tables=false',
        '--ip-forward=false',
        '--ip-masq=false',
      ];
      const child = launch(which('dockerd') ?? 'dockerd', args, log, tmpDir);
      const entry = { pid: child.pid, host, socket, tmpDir, log };
      await ready('dockerd', child, () => SPECS.docker.probe(entry), 90_000);
      entry.version = execFileSync('docker', ['--host', host, 'info', '--format', '{{.ServerVersion}}'], {
        encoding: 'utf8',
        env: childEnv(),
      }).trim();
      return entry;
    },
  },
  registry: {
    marker: (e) => e.config,
    address: (e) => e.address,
    probe: (e) => httpStatus({ url: `http://${e.address}/v2/` }).then((s) => s === 200),
    async start({ dir, tmpDir }) {
      const port = await freePort();
      const address = `127.0.0.1:${port}`;
      const config = join(tmpDir, `registry-${port}.yml`);
      writeFileSync(
        config,
        [
          'version: 0.1',
          'log:',
          '  level: info',
          'storage:',
          '  filesystem:',
          `    rootdirectory: ${join(tmpDir, 'registry')}`,
          '  delete:',
          '    enabled: true',
          'http:',
          `  addr: ${address}`,
          '',
        ].join('\n'),
      );
      const log = join(dir, 'registry.log');
      const child = launch('/usr/bin/docker-registry', ['serve', config], log, tmpDir);
      const entry = { pid: child.pid, address, config, log };
      await ready('docker-registry', child, () => SPECS.registry.probe(entry), 30_000);
      return entry;
    },
  },
};

/** Alive, still the process we started (PID not recycled), and answering. */
async function health(name, entry) {
  if (!entry || !isAlive(entry.pid)) return 'stopped';
  if (!commandLine(entry.pid).includes(SPECS[name].marker(entry))) return 'stopped';
  return (await SPECS[name].probe(entry).catch(() => false)) ? 'running' : 'unresponsive';
}

function which(command) {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin']) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

function ensurePackages(log) {
  // tinyproxy: the real proxy the proxy tests (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) start on loopback
  if (which('dockerd') && existsSync('/usr/bin/docker-registry') && which('tinyproxy')) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'docker.io', 'docker-registry', 'tinyproxy']]) {
    log(`$ apt-get ${args.join(' ')}`);
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed (${result.status ?? result.error})`);
  }
}

function newTmpDir(state) {
  const inUse = ['docker', 'registry'].some((n) => state.components[n]);
  if (inUse && state.tmpDir && existsSync(state.tmpDir)) return state.tmpDir;
  if (state.tmpDir?.startsWith('/tmp/ada-docker-')) rmSync(state.tmpDir, { recursive: true, force: true });
  return mkdtempSync('/tmp/ada-docker-');
}

// ---------------------------------------------------------------------------------------------
// API

/**
 * Starts the selected components (default: all) unless they already run. Resolves to
 * `{ dir, env, started, alreadyRunning }`.
 */
export async function start(options = {}) {
  const log = options.log ?? (() => {});
  const dir = stateDir(options);
  mkdirSync(dir, { recursive: true });
  return withLock(dir, async () => {
    const state = readState(dir);
    const wanted = selected(options.only);
    const alreadyRunning = [];
    for (const name of wanted) {
      const entry = state.components[name];
      const h = await health(name, entry);
      if (h === 'running') alreadyRunning.push(name);
      else {
        if (h === 'unresponsive') await stopTree(entry.pid); // ours but hung: replace it
        delete state.components[name];
      }
    }
    const toStart = wanted.filter((n) => !alreadyRunning.includes(n));
    if (toStart.some((n) => n !== 'moto')) {
      ensurePackages(log);
      state.tmpDir = newTmpDir(state);
    }
    const results = await Promise.allSettled(
      toStart.map(async (name) => {
        state.components[name] = await startWithRetry(name, {
          dir,
          tmpDir: state.tmpDir,
          motoEnv: options.motoEnv,
        });
        log(
          `started ${name.padEnd(8)} pid ${state.components[name].pid}  ${SPECS[name].address(state.components[name])}`,
        );
      }),
    );
    const failure = results.find((r) => r.status === 'rejected');
    if (failure) {
      for (const name of toStart) await stopEntry(name, state.components[name]);
      for (const name of toStart) delete state.components[name];
      writeState(dir, state);
      throw failure.reason;
    }
    for (const name of alreadyRunning) log(`already running: ${name} (pid ${state.components[name].pid})`);
    const env = writeState(dir, state);
    return { dir, env, started: toStart, alreadyRunning };
  });
}

/** A free port can be taken between our probe and the server's bind: retry on a new port. */
async function startWithRetry(name, context, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await SPECS[name].start(context);
    } catch (error) {
      if (i >= attempts || !/address already in use|EADDRINUSE/i.test(String(error.message))) throw error;
    }
  }
}

async function stopEntry(name, entry) {
  if (!entry || !isAlive(entry.pid)) return { name, pid: entry?.pid, left: [], wasRunning: false };
  if (!commandLine(entry.pid).includes(SPECS[name].marker(entry))) {
    return { name, pid: entry.pid, left: [], wasRunning: false }; // PID reused by someone else
  }
  return { name, pid: entry.pid, left: await stopTree(entry.pid), wasRunning: true };
}

/** Stops the selected components (default: all recorded in the state dir), by PID; removes their
 * pid files, and once nothing is left the env files and the Docker temp dir.
 * Resolves to `{ dir, stopped: [{name, pid, left, wasRunning}], leftovers }`. */
export async function stop(options = {}) {
  const log = options.log ?? (() => {});
  const dir = stateDir(options);
  if (!existsSync(dir)) return { dir, stopped: [], leftovers: [] };
  const wanted = selected(options.only);
  return withLock(dir, async () => {
    const state = readState(dir);
    const names = wanted.filter((n) => state.components[n]);
    const stopped = await Promise.all(names.map((n) => stopEntry(n, state.components[n])));
    for (const s of stopped) log(`${s.wasRunning ? 'stopped' : 'was not running:'} ${s.name} (pid ${s.pid})`);
    const leftovers = stopped.flatMap((s) => s.left);
    if (leftovers.length > 0) {
      log(`processes still alive: ${leftovers.join(', ')}`);
      return { dir, stopped, leftovers };
    }
    for (const s of stopped) delete state.components[s.name];
    if (Object.keys(state.components).length > 0) {
      writeState(dir, state);
      return { dir, stopped, leftovers };
    }
    if (state.tmpDir?.startsWith('/tmp/ada-docker-')) removeTree(state.tmpDir);
    for (const file of [...Object.values(PID_FILES), ...DATA_FILES]) rmSync(join(dir, file), { force: true });
    return { dir, stopped, leftovers };
  });
}

/** Removes a directory, unmounting anything dockerd may have left mounted inside it. */
function removeTree(path) {
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((m) => m && (m === path || m.startsWith(path + '/')))
    .sort((a, b) => b.length - a.length);
  for (const mount of mounts) spawnSync('umount', ['-l', mount]);
  rmSync(path, { recursive: true, force: true });
}

/** Health of each selected component. Resolves to `{ dir, components: [...], allRunning }`. */
export async function status(options = {}) {
  const dir = stateDir(options);
  const state = readState(dir);
  const components = await Promise.all(
    selected(options.only).map(async (name) => {
      const entry = state.components[name];
      return {
        name,
        state: entry ? await health(name, entry) : 'not started',
        pid: entry?.pid ?? null,
        address: entry ? SPECS[name].address(entry) : null,
        log: entry?.log ?? null,
      };
    }),
  );
  return { dir, components, allRunning: components.every((c) => c.state === 'running') };
}
