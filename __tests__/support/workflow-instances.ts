// EC2 instances for the pipeline tests of the EC2 workflows: each "instance" is a moto instance,
// registered with the SSM stand-in (ssm-runner.ts), whose scripts run on this machine in
// the instance's own network namespace, so that its `localhost` is its own, as on a real machine:
// two instances can both serve on localhost:80, and the health commands of the workflows
// (`curl -fsS http://localhost:8000/health`) reach the Compose services of that instance only.
//
// The namespace is the one of a small holder container (busybox `sleep`); the app's Compose
// services join it (`network_mode: container:<holder>`). The engine here runs without a bridge,
// so nothing is published: a bridge process inside the namespace (node, entered with nsenter)
// forwards through Unix sockets, both ways:
//   - `reach`: ports of this machine the instance needs (moto, for the instance's AWS CLI reading
//     Parameter Store) are listened on in the namespace and forwarded out;
//   - `expose`: ports of the instance (its web server) are forwarded in from a port of this
//     machine, the instance's public address for the checks from outside.
// What it cannot reproduce: a real VPC (security groups, an Elastic IP, DNS names).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BRIDGE = `
import net from 'node:net';
const { outbound, inbound } = JSON.parse(process.argv[2]);
const pipe = (a, b) => {
  a.pipe(b);
  b.pipe(a);
  a.on('error', () => b.destroy());
  b.on('error', () => a.destroy());
  a.on('close', () => b.destroy());
  b.on('close', () => a.destroy());
};
let pending = outbound.length + inbound.length;
const ready = () => { if (--pending <= 0) console.log('ready'); };
if (pending === 0) ready();
for (const { port, socket } of outbound)
  net.createServer((c) => pipe(c, net.connect(socket))).listen(port, '127.0.0.1', ready);
for (const { socket, port } of inbound)
  net.createServer((c) => pipe(c, net.connect(port, '127.0.0.1'))).listen(socket, ready);
`;

function pipe(a: net.Socket, b: net.Socket): void {
  a.pipe(b);
  b.pipe(a);
  a.on('error', () => b.destroy());
  b.on('error', () => a.destroy());
  a.on('close', () => b.destroy());
  b.on('close', () => a.destroy());
}

function listen(server: net.Server, where: number | string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    if (typeof where === 'number') server.listen(where, '127.0.0.1', resolve);
    else server.listen(where, resolve);
  });
}

/** local/busybox:1 from Debian's busybox-static: the base image of the test apps, without a registry. */
export function ensureBaseImage(dockerEnv: Record<string, string>): void {
  if (spawnSync('docker', ['image', 'inspect', 'local/busybox:1'], { env: dockerEnv }).status === 0) return;
  const root = mkdtempSync(join(tmpdir(), 'busybox-rootfs-'));
  try {
    mkdirSync(join(root, 'bin'));
    copyFileSync('/usr/bin/busybox', join(root, 'bin', 'busybox'));
    chmodSync(join(root, 'bin', 'busybox'), 0o755);
    for (const tool of ['sh', 'httpd', 'cat', 'sleep', 'echo', 'test'])
      symlinkSync('busybox', join(root, 'bin', tool));
    execFileSync('sh', ['-c', `tar -C '${root}' -c . | docker import - local/busybox:1`], { env: dockerEnv });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface InstanceNetwork {
  /** The holder container: the Compose services join it with `network_mode: container:<name>`. */
  name: string;
  /** A process in the namespace (for the SSM stand-in's `network`). */
  pid: number;
  /** Port of the instance → the port of this machine that reaches it. */
  ports: Record<number, number>;
  close(): Promise<void>;
}

/**
 * A network namespace for one instance: `reach` ports of this machine (moto) made reachable at the
 * same port inside, `expose` ports of the instance made reachable from here (see `ports`).
 */
export async function startInstanceNetwork(options: {
  name: string;
  dockerEnv: Record<string, string>;
  reach: number[];
  expose: number[];
}): Promise<InstanceNetwork> {
  const { name, dockerEnv } = options;
  spawnSync('docker', ['rm', '-f', name], { env: dockerEnv });
  execFileSync('docker', ['run', '-d', '--name', name, 'local/busybox:1', 'sleep', '86400'], {
    env: dockerEnv,
  });
  const pid = Number(
    execFileSync('docker', ['inspect', '-f', '{{.State.Pid}}', name], { env: dockerEnv, encoding: 'utf8' }),
  );
  const sockets = mkdtempSync(join(tmpdir(), 'ns-'));
  const servers: net.Server[] = [];
  const open = new Set<net.Socket>();
  const forward = (client: net.Socket, upstream: net.Socket) => {
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
    }
    pipe(client, upstream);
  };
  const outbound = options.reach.map((port) => ({ port, socket: join(sockets, `out-${port}`) }));
  for (const { port, socket } of outbound) {
    const server = net.createServer((client) => forward(client, net.connect(port, '127.0.0.1')));
    await listen(server, socket);
    servers.push(server);
  }
  const inbound = options.expose.map((port) => ({ port, socket: join(sockets, `in-${port}`) }));
  const script = join(sockets, 'bridge.mjs');
  writeFileSync(script, BRIDGE);
  const bridge: ChildProcess = spawn(
    'nsenter',
    [`--net=/proc/${pid}/ns/net`, process.execPath, script, JSON.stringify({ outbound, inbound })],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    bridge.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    bridge.on('exit', (code) => reject(new Error(`the network bridge of ${name} exited (${String(code)})`)));
  });
  const ports: Record<number, number> = {};
  for (const { port, socket } of inbound) {
    const server = net.createServer((client) => forward(client, net.connect(socket)));
    await listen(server, 0);
    servers.push(server);
    ports[port] = (server.address() as net.AddressInfo).port;
  }
  return {
    name,
    pid,
    ports,
    async close() {
      bridge.kill('SIGKILL');
      open.forEach((socket) => socket.destroy());
      await Promise.all(
        servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
      );
      spawnSync('docker', ['rm', '-f', name], { env: dockerEnv });
      rmSync(sockets, { recursive: true, force: true });
    },
  };
}
