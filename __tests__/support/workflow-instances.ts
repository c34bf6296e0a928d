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
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A forwarder: `tcp` entries listen on a loopback port (0: any) and connect to a Unix socket,
 * `unix` entries listen on a Unix socket and connect to a loopback port. Prints `ready` and the
 * ports it bound, by socket, as JSON.
 */
const BRIDGE = `
import net from 'node:net';
const { tcp, unix } = JSON.parse(process.argv[2]);
const pipe = (a, b) => {
  a.pipe(b);
  b.pipe(a);
  for (const [x, y] of [[a, b], [b, a]]) {
    x.on('error', () => y.destroy());
    x.on('close', () => y.destroy());
  }
};
const listen = (server, ...where) => new Promise((resolve) => server.listen(...where, resolve));
const ports = {};
for (const { port, socket } of tcp) {
  const server = net.createServer((c) => pipe(c, net.connect(socket)));
  await listen(server, port, '127.0.0.1');
  ports[socket] = server.address().port;
}
for (const { socket, port } of unix)
  await listen(net.createServer((c) => pipe(c, net.connect(port, '127.0.0.1'))), socket);
console.log('ready ' + JSON.stringify(ports));
`;

interface Forwards {
  tcp: Array<{ port: number; socket: string }>;
  unix: Array<{ socket: string; port: number }>;
}

/** Starts BRIDGE (in the network namespace of `pid`, if given); resolves with the ports it bound. */
async function startBridge(
  script: string,
  forwards: Forwards,
  pid?: number,
): Promise<{ process: ChildProcess; ports: Record<string, number> }> {
  const command = [process.execPath, script, JSON.stringify(forwards)];
  const child =
    pid === undefined
      ? spawn(command[0] ?? '', command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] })
      : spawn('nsenter', [`--net=/proc/${pid}/ns/net`, ...command], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ports = await new Promise<Record<string, number>>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^ready (.*)$/m.exec(out)?.[1];
      if (ready) resolve(JSON.parse(ready) as Record<string, number>);
    });
    child.on('exit', (code) => reject(new Error(`the network bridge exited (${String(code)})`)));
  });
  return { process: child, ports };
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
  const script = join(sockets, 'bridge.mjs');
  writeFileSync(script, BRIDGE);
  const out = options.reach.map((port) => ({ port, socket: join(sockets, `out-${port}`) }));
  const into = options.expose.map((port) => ({ port, socket: join(sockets, `in-${port}`) }));
  // Here: the reached ports behind their sockets, and a free port in front of each exposed one.
  const here = await startBridge(script, { tcp: into.map(({ socket }) => ({ port: 0, socket })), unix: out });
  const inside = await startBridge(script, { tcp: out, unix: into }, pid);
  const ports = Object.fromEntries(into.map(({ port, socket }) => [port, here.ports[socket] ?? 0]));
  return {
    name,
    pid,
    ports,
    close() {
      inside.process.kill('SIGKILL');
      here.process.kill('SIGKILL');
      spawnSync('docker', ['rm', '-f', name], { env: dockerEnv });
      rmSync(sockets, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}
