// Process helpers for scripts/test-env: free ports, readiness polling, and stopping processes by
// PID (never by name). Linux only: reads /proc.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** Asks the OS for a free loopback port: listen on 127.0.0.1:0, read the port, close. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `/proc/<pid>/stat` fields after the command name, or null when the process is gone. */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** True when the process exists and is not a zombie (a zombie has already exited). */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const fields = statFields(pid);
  return fields !== null && fields[0] !== 'Z' && fields[0] !== 'X';
}

/** The command line of a live process, arguments joined by spaces ('' when gone). */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** All live descendants of `pid` (children, grandchildren, ...), found by scanning /proc. */
export function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (!fields || fields[0] === 'Z') continue;
    const ppid = Number(fields[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(entry));
  }
  const found = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function signal(target, sig) {
  try {
    process.kill(target, sig);
    return true;
  } catch {
    return false;
  }
}

async function waitGone(pids, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(isAlive) && Date.now() < deadline) await sleep(100);
  return pids.filter(isAlive);
}

/**
 * Stops a process we started (in its own process group) and all of its descendants, by PID:
 * SIGTERM to the group and to each descendant, wait, then SIGKILL whatever is left.
 * Returns the PIDs that were still alive at the end (empty on success).
 */
export async function stopTree(pid, { graceMs = 15_000 } = {}) {
  const tree = [pid, ...descendants(pid)];
  if (!signal(-pid, 'SIGTERM')) signal(pid, 'SIGTERM');
  // dockerd stops its managed containerd itself; give the leader a head start before the rest.
  await waitGone([pid], graceMs);
  let left = await waitGone(tree, 2_000);
  for (const p of left) signal(p, 'SIGTERM');
  left = await waitGone(left, 3_000);
  if (left.length > 0) {
    signal(-pid, 'SIGKILL');
    for (const p of left) signal(p, 'SIGKILL');
    left = await waitGone(left, 5_000);
  }
  return left;
}

/** Resolves when `check()` resolves truthy; rejects after `timeoutMs` or when `failed()` says so. */
export async function waitUntil(what, check, { timeoutMs = 30_000, intervalMs = 100, failed } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed?.();
    if (reason) throw new Error(`${what}: ${reason}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

/** GET over HTTP (TCP or a unix socket); resolves the status code, rejects on connection errors. */
export function httpStatus({ url, socketPath, path = '/', timeoutMs = 2_000 }) {
  return new Promise((resolve, reject) => {
    const target = socketPath
      ? { socketPath, path }
      : (({ hostname, port, pathname, search }) => ({ hostname, port, path: pathname + search }))(
          new URL(url),
        );
    const req = request({ ...target, method: 'GET', timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}
