// A real forward proxy on loopback for the proxy tests: Debian's tinyproxy, started with its own
// config, log and port, stopped by its PID. Never installed here: scripts/lib/test-env.mjs installs
// it with the other packages of the test environment.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TinyProxy {
  url: string;
  port: number;
  /** The access log so far. */
  log(): string;
  /** `Request (…): METHOD target` lines of the log: what went through. */
  requests(): string[];
  stop(): Promise<void>;
}

export function tinyproxyPath(): string | undefined {
  for (const path of ['/usr/bin/tinyproxy', '/usr/sbin/tinyproxy']) if (existsSync(path)) return path;
  const found = spawnSync('sh', ['-c', 'command -v tinyproxy'], { encoding: 'utf8' }).stdout.trim();
  return found || undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function accepting(port: number, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tinyproxy exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('tinyproxy did not start listening in time');
}

/** Starts tinyproxy; `allow` is the client address it accepts (another one makes it refuse all). */
export async function startTinyProxy(options: { allow?: string } = {}): Promise<TinyProxy> {
  const binary = tinyproxyPath();
  if (!binary)
    throw new Error(
      'tinyproxy is not installed: run `node scripts/test-env.mjs` (it installs the test packages).',
    );
  const dir = mkdtempSync(join(tmpdir(), 'tinyproxy-'));
  const port = await freePort();
  const logFile = join(dir, 'access.log');
  const config = join(dir, 'tinyproxy.conf');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 60',
      `LogFile "${logFile}"`,
      'LogLevel Connect',
      'MaxClients 50',
      `Allow ${options.allow ?? '127.0.0.1'}`,
      '',
    ].join('\n'),
  );
  // -d: stays in the foreground, so the PID is tinyproxy's own
  const child = spawn(binary, ['-d', '-c', config], { stdio: 'ignore' });
  await accepting(port, child, Date.now() + 10_000);
  const log = (): string => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    requests: () =>
      log()
        .split('\n')
        .map((line) => /Request \(file descriptor \d+\): (\S+ \S+)/.exec(line)?.[1])
        .filter((line): line is string => line !== undefined),
    stop: async () => {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
