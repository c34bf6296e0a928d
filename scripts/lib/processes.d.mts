// Types for scripts/lib/processes.mjs.
export function freePort(): Promise<number>;
export function isAlive(pid: number): boolean;
export function commandLine(pid: number): string;
export function descendants(pid: number): number[];
export function stopTree(pid: number, options?: { graceMs?: number }): Promise<number[]>;
export function waitUntil(
  what: string,
  check: () => Promise<unknown>,
  options?: { timeoutMs?: number; intervalMs?: number; failed?: () => string | false | undefined },
): Promise<void>;
export function httpStatus(options: {
  url?: string;
  socketPath?: string;
  path?: string;
  timeoutMs?: number;
}): Promise<number>;
